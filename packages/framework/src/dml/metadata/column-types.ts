import type { PropertyKind } from "../properties/property-builder.js"

const COLUMN_TYPES: Record<PropertyKind, string> = {
  id: "text",
  text: "text",
  number: "integer",
  bigNumber: "numeric",
  float: "real",
  boolean: "boolean",
  dateTime: "timestamptz",
  json: "jsonb",
  enum: "text",
  array: "text[]",
}

/**
 * The PostgreSQL column type of a property kind.
 *
 * @example
 * columnTypeOf("bigNumber"); // "numeric"
 */
export function columnTypeOf(kind: PropertyKind): string {
  return COLUMN_TYPES[kind]
}

/**
 * Quotes a string as a SQL literal.
 *
 * @example
 * quoteLiteral("it's"); // "'it''s'"
 */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`
}

/**
 * Quotes an identifier (column, table, index name).
 *
 * @example
 * quoteIdent("order"); // "\"order\""
 */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

/**
 * Renders a `.default(value)` as a SQL default expression for a property kind.
 *
 * @example
 * defaultSqlOf("json", { a: 1 });   // "'{\"a\":1}'::jsonb"
 * defaultSqlOf("array", ["x"]);     // "ARRAY['x']::text[]"
 */
export function defaultSqlOf(kind: PropertyKind, value: unknown, where: string): string {
  if (value === null) {
    return "null"
  }
  switch (kind) {
    case "json":
      return `${quoteLiteral(JSON.stringify(value))}::jsonb`
    case "array":
      if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
        throw new Error(`Invalid default for ${where}: expected an array of strings`)
      }
      return value.length === 0
        ? "'{}'::text[]"
        : `ARRAY[${value.map((item: string) => quoteLiteral(item)).join(", ")}]::text[]`
    case "number":
    case "float":
    case "bigNumber":
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new Error(`Invalid default for ${where}: expected a finite number`)
      }
      return String(value)
    case "boolean":
      if (typeof value !== "boolean") {
        throw new Error(`Invalid default for ${where}: expected a boolean`)
      }
      return String(value)
    case "dateTime":
      if (value instanceof Date) {
        return quoteLiteral(value.toISOString())
      }
      if (typeof value === "string") {
        return quoteLiteral(value)
      }
      throw new Error(`Invalid default for ${where}: expected a Date`)
    default:
      if (typeof value !== "string") {
        throw new Error(`Invalid default for ${where}: expected a string`)
      }
      return quoteLiteral(value)
  }
}
