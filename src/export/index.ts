// Exporters: pure functions from the model to a string, shared by the browser and the CLI. They
// never touch files (no Node APIs): the caller downloads or writes what they return.
export { EXPORT_ERROR_CODES, ExportError, type ExportErrorCode } from './export-error.ts';
export { escapeXmlAttribute, escapeXmlText, stripInvalidXmlChars, xmlAttributes } from './xml.ts';
export { QUOTE_SEPARATOR, LIST_SEPARATOR } from './columns.ts';
export { selectRelations } from './select.ts';
export { parseColor, type Rgb, type Rgba } from './color.ts';
export { DEFAULT_GRAPHML_OPTIONS, writeGraphml, type GraphmlOptions } from './graphml.ts';
export {
  DEFAULT_GEXF_OPTIONS,
  GEXF_NAMESPACES,
  writeGexf,
  type GexfOptions,
  type GexfVersion,
} from './gexf.ts';
export { CSV_COLUMNS, DEFAULT_CSV_OPTIONS, neutralizeFormula, writeCsv, type CsvOptions } from './csv.ts';
export { DEFAULT_JSON_OPTIONS, writeJson, type JsonOptions } from './json.ts';
export { EXPORT_FORMATS, exportFormat, type ExportFormat, type ExportFormatId } from './formats.ts';
export { MAX_FILE_NAME_BASE, exportFileName } from './file-name.ts';
export {
  DEFAULT_SVG_OPTIONS,
  DEFAULT_RASTER_LIMITS,
  buildSvg,
  planRaster,
  toSVG,
  type RasterLimits,
  type RasterPlan,
  type SvgExport,
  type SvgOptions,
  type SvgViewport,
} from './svg.ts';
