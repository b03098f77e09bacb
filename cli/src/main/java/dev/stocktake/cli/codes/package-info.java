/** {@code stocktake codes export|import}: hand coding of open answers. */
package dev.stocktake.cli.codes;
