import type { EntityMetadata, PropertyMetadata } from "../../../dml/metadata/types.js"
import { invalidData } from "../../../errors/factories.js"
import type { MedusaError } from "../../../errors/medusa-error.js"

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

function describeValue(value: unknown): string {
  if (value === null) return "null"
  if (value instanceof Date) return "an invalid Date"
  if (Array.isArray(value)) return "an array"
  if (typeof value === "string") return `string ${JSON.stringify(value)}`
  if (typeof value === "object") return "an object"
  return `${typeof value} ${String(value)}`
}

function wrongValue(entity: EntityMetadata, property: PropertyMetadata, expected: string, value: unknown): MedusaError {
  return invalidData(
    `Invalid value for ${entity.name}.${property.name}: expected ${expected}, got ${describeValue(value)}`,
  )
}

function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true
  if (typeof value === "number") return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isJsonValue)
  if (value instanceof Date) return true
  if (typeof value === "object") return Object.values(value).every((item) => item === undefined || isJsonValue(item))
  return false
}

function toDate(entity: EntityMetadata, property: PropertyMetadata, value: unknown): Date {
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw wrongValue(entity, property, "a Date or an ISO 8601 date string", value)
  }
  return date
}

/**
 * Checks one non-null value against its column's kind and returns it in the form bound as a
 * parameter (dates as `Date`, json as its JSON text, big numbers as numeric text).
 *
 * @example
 * checkValue(BlogPost, status, "archived")
 * // throws invalid_data: Invalid value for BlogPost.status: expected one of "draft", "published", got string "archived"
 */
export function checkValue(entity: EntityMetadata, property: PropertyMetadata, value: unknown): unknown {
  switch (property.kind) {
    case "id":
    case "text":
      if (typeof value !== "string") throw wrongValue(entity, property, "a string", value)
      return value
    case "enum": {
      const allowed = property.enumValues ?? []
      if (typeof value !== "string" || !allowed.includes(value)) {
        throw wrongValue(entity, property, `one of ${allowed.map((item) => JSON.stringify(item)).join(", ")}`, value)
      }
      return value
    }
    case "number":
      if (typeof value !== "number" || !Number.isSafeInteger(value))
        throw wrongValue(entity, property, "an integer", value)
      return value
    case "float":
      if (typeof value !== "number" || !Number.isFinite(value)) throw wrongValue(entity, property, "a number", value)
      return value
    case "bigNumber":
      if (typeof value === "bigint") return value.toString()
      if (typeof value === "number" && Number.isFinite(value)) return String(value)
      if (typeof value === "string" && NUMERIC_TEXT.test(value.trim())) return value.trim()
      throw wrongValue(entity, property, "a number or a numeric string", value)
    case "boolean":
      if (typeof value !== "boolean") throw wrongValue(entity, property, "a boolean", value)
      return value
    case "dateTime":
      return toDate(entity, property, value)
    case "array":
      if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
        throw wrongValue(entity, property, "an array of strings", value)
      }
      return value
    case "json":
      if (!isJsonValue(value)) throw wrongValue(entity, property, "a JSON value", value)
      return JSON.stringify(value)
  }
}

/**
 * Checks a value that may be `null` or `undefined`: `undefined` stays absent, `null` is refused on
 * a non-nullable column with MikroORM's wording.
 *
 * @example
 * checkNullable(BlogPost, title, null) // throws invalid_data: Value for BlogPost.title is required, 'null' found
 */
export function checkNullable(entity: EntityMetadata, property: PropertyMetadata, value: unknown): unknown {
  if (value === undefined) return undefined
  if (value === null) {
    if (!property.nullable) throw invalidData(`Value for ${entity.name}.${property.name} is required, 'null' found`)
    return null
  }
  return checkValue(entity, property, value)
}
