import type { EntityMetadata, PropertyMetadata } from "../../../dml/metadata/types.js"
import { invalidData } from "../../../errors/factories.js"
import { describeValue } from "./value-shapes.js"

const INTEGER = /^-?\d+$/
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i
/** ISO dates as PostgreSQL reads them: `2024-05-01`, `2024-05-01T10:00:00Z`, `2024-05-01 10:00:00+02`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i

function expected(meta: EntityMetadata, property: PropertyMetadata, what: string, value: unknown, op: string): Error {
  const where = op === "" ? "" : ` in ${op}`
  return invalidData(`Expected ${what} for ${meta.name}.${property.name}${where}, got ${describeValue(value)}`)
}

function number(meta: EntityMetadata, property: PropertyMetadata, value: unknown, op: string): number | string {
  const integer = property.kind === "number"
  if (typeof value === "number" && Number.isFinite(value) && (!integer || Number.isInteger(value))) return value
  if (typeof value === "bigint") return value.toString()
  if (typeof value === "string" && (integer ? INTEGER : DECIMAL).test(value.trim())) return value.trim()
  throw expected(meta, property, integer ? "an integer" : "a number", value, op)
}

function date(meta: EntityMetadata, property: PropertyMetadata, value: unknown, op: string): Date | string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value
  if (typeof value === "string" && ISO_DATE.test(value.trim()) && !Number.isNaN(Date.parse(value))) return value.trim()
  if (typeof value === "number" && Number.isFinite(value)) return new Date(value)
  throw expected(meta, property, "a date (Date or ISO string)", value, op)
}

/**
 * Checks one comparison value against the property's kind and returns what to bind, so a wrong
 * type is an `invalid_data` error that names the field instead of a PostgreSQL cast error.
 *
 * @example
 * checkScalar(postMeta, views, "12", "$gt") // "12"
 * checkScalar(postMeta, title, { a: 1 }, "") // throws: Expected a string for BlogPost.title, got object {"a":1}
 */
export function checkScalar(meta: EntityMetadata, property: PropertyMetadata, value: unknown, op: string): unknown {
  switch (property.kind) {
    case "number":
    case "float":
    case "bigNumber":
      return number(meta, property, value, op)
    case "boolean":
      if (typeof value === "boolean") return value
      if (value === "true" || value === "false") return value === "true"
      throw expected(meta, property, "a boolean", value, op)
    case "dateTime":
      return date(meta, property, value, op)
    case "json":
      if (value === undefined || typeof value === "function" || typeof value === "symbol") {
        throw expected(meta, property, "a JSON value", value, op)
      }
      return JSON.stringify(value)
    case "array":
      if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value
      throw expected(meta, property, "an array of strings", value, op)
    default:
      if (typeof value === "string") return value
      if (typeof value === "number" && Number.isFinite(value)) return String(value)
      throw expected(meta, property, "a string", value, op)
  }
}
