/** Keeping small counts out of the public edition, and out of reach of subtraction. */
package dev.stocktake.reports.suppression;
