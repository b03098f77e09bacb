/**
 * Writing outputs safely, for every stage: folders replaced in one step, CSV cells a spreadsheet
 * will not run as formulas.
 */
package dev.stocktake.etl.io;
