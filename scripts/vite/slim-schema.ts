import type { Plugin } from 'vite';

/** Annotations: for people and editors; the validator reads none of them. */
const ANNOTATIONS = new Set(['description', '$comment', 'examples', 'title', 'default', 'deprecated']);
/** Keywords whose value is a map of names to schemas: the names are data, the values schemas. */
const SCHEMA_MAPS = new Set(['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas']);
/** Keywords whose value is a schema, or a list of schemas. */
const SCHEMAS = new Set([
  'items',
  'prefixItems',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
]);

/**
 * A JSON Schema without its annotations (descriptions, titles, examples): what the validator reads,
 * and nothing else. Names are never touched: a property called `description` stays a property.
 */
export function stripAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (schema === null || typeof schema !== 'object') return schema;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object')
      kept[key] = Object.fromEntries(
        Object.entries(value).map(([name, inner]) => [name, stripAnnotations(inner)]),
      );
    else kept[key] = SCHEMAS.has(key) ? stripAnnotations(value) : value;
  }
  return kept;
}

/**
 * The dataset schema as the widget's validator imports it, without the annotations written for
 * people who edit datasets (a third of its bytes). The file in graph-data/ keeps them: editors and
 * the CLI read that one. Applies wherever Vite builds (the widget, and the core tests, which so
 * validate with exactly the schema the widget carries).
 */
export function slimSchema(file: RegExp): Plugin {
  return {
    name: 'actor-graph:slim-schema',
    enforce: 'pre',
    transform: {
      filter: { id: file },
      handler(code) {
        return { code: JSON.stringify(stripAnnotations(JSON.parse(code))), map: null };
      },
    },
  };
}
