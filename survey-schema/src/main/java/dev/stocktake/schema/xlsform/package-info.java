/**
 * XLSForm import and export: reads a form (.xlsx, pyxform's .csv and .md layouts, KoboToolbox asset
 * JSON) into a survey schema with a list of what could not be mapped, and writes a schema as an
 * XLSForm (.xlsx or .csv) that survey tools accept and that reads back into the same schema. The
 * mapping is described in docs/xlsform.md.
 */
package dev.stocktake.schema.xlsform;
