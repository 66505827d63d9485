import type { EntityMetadata, PropertyMetadata } from "../../../dml/metadata/types.js"
import { invalidData } from "../../../errors/factories.js"
import { qualified } from "./sql-identifiers.js"
import { checkScalar } from "./value-checks.js"
import { describeValue, isPlainObject } from "./value-shapes.js"
import { bind, group, type WhereScope } from "./where-scope.js"

/** Operators a field filter accepts, e.g. `{ views: { $gte: 10 } }`. */
export const FIELD_OPERATORS = [
  "$eq",
  "$ne",
  "$in",
  "$nin",
  "$gt",
  "$gte",
  "$lt",
  "$lte",
  "$like",
  "$ilike",
  "$re",
  "$not",
  "$exists",
  "$contains",
  "$overlap",
  "$contained",
] as const

const COMPARISONS: Readonly<Record<string, string>> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }
const PATTERNS: Readonly<Record<string, string>> = { $like: "LIKE", $ilike: "ILIKE", $re: "~" }
const ARRAY_OPERATORS: Readonly<Record<string, string>> = { $contains: "@>", $overlap: "&&", $contained: "<@" }

/** What one condition needs: where it is, on which field, and the column expression. */
interface Target {
  readonly scope: WhereScope
  readonly meta: EntityMetadata
  readonly property: PropertyMetadata
  readonly column: string
}

const fieldName = (t: Target): string => `${t.meta.name}.${t.property.name}`

function unsupported(t: Target, op: string, hint: string): Error {
  return invalidData(`${op} is not supported on ${fieldName(t)} (${t.property.columnType}); ${hint}`)
}

function equals(t: Target, value: unknown, op: string, comparator: "=" | "<>" = "="): string {
  const placeholder = bind(t.scope, checkScalar(t.meta, t.property, value, op))
  return `${t.column} ${comparator} ${placeholder}${t.property.kind === "json" ? "::jsonb" : ""}`
}

function listValues(t: Target, values: readonly unknown[], op: string): { values: unknown[]; hasNull: boolean } {
  if (t.property.isArray || t.property.kind === "json") {
    throw unsupported(t, op, "use $contains or $overlap")
  }
  const present = values.filter((value) => value !== null && value !== undefined)
  const checked = present.map((value) => checkScalar(t.meta, t.property, value, op))
  return { values: [...new Set(checked)], hasNull: present.length < values.length }
}

function inList(t: Target, values: readonly unknown[], op: string): string {
  const list = listValues(t, values, op)
  const parts: string[] = []
  if (list.values.length > 0) parts.push(`${t.column} = ANY(${bind(t.scope, list.values)})`)
  if (list.hasNull) parts.push(`${t.column} IS NULL`)
  return group(parts, "OR", "FALSE")
}

function notInList(t: Target, values: readonly unknown[], op: string): string {
  const list = listValues(t, values, op)
  const parts: string[] = []
  if (list.values.length > 0) parts.push(`${t.column} <> ALL(${bind(t.scope, list.values)})`)
  if (list.hasNull) parts.push(`${t.column} IS NOT NULL`)
  return group(parts, "AND", "TRUE")
}

function requireArray(t: Target, value: unknown, op: string): readonly unknown[] {
  if (!Array.isArray(value))
    throw invalidData(`Expected an array for ${op} on ${fieldName(t)}, got ${describeValue(value)}`)
  return value
}

function asText(t: Target): string {
  return t.property.columnType === "text" ? t.column : `${t.column}::text`
}

function arrayOperator(t: Target, op: string, value: unknown): string {
  const sql = ARRAY_OPERATORS[op] as string
  if (t.property.kind === "json" && op === "$contains") {
    return `${t.column} @> ${bind(t.scope, checkScalar(t.meta, t.property, value, op))}::jsonb`
  }
  if (!t.property.isArray) throw unsupported(t, op, "it applies to array and (for $contains) json fields")
  const items = typeof value === "string" ? [value] : value
  return `${t.column} ${sql} ${bind(t.scope, checkScalar(t.meta, t.property, items, op))}::text[]`
}

function operator(t: Target, op: string, value: unknown): string {
  const comparison = COMPARISONS[op]
  if (comparison !== undefined) {
    if (t.property.isArray || t.property.kind === "json") throw unsupported(t, op, "compare scalar fields only")
    return `${t.column} ${comparison} ${bind(t.scope, checkScalar(t.meta, t.property, value, op))}`
  }
  const pattern = PATTERNS[op]
  if (pattern !== undefined) {
    if (typeof value !== "string") {
      throw invalidData(`Expected a string pattern for ${op} on ${fieldName(t)}, got ${describeValue(value)}`)
    }
    return `${asText(t)} ${pattern} ${bind(t.scope, value)}`
  }
  if (ARRAY_OPERATORS[op] !== undefined) return arrayOperator(t, op, value)
  switch (op) {
    case "$eq":
      if (t.property.kind === "json" && value !== null) return equals(t, value, op)
      return condition(t, value, op)
    case "$ne":
      if (value === null) return `${t.column} IS NOT NULL`
      if (Array.isArray(value) && !t.property.isArray) throw invalidData(`Use $nin for a list on ${fieldName(t)}`)
      return equals(t, value, op, "<>")
    case "$in":
      return inList(t, requireArray(t, value, op), op)
    case "$nin":
      return notInList(t, requireArray(t, value, op), op)
    case "$not":
      return `NOT (${condition(t, value, op)})`
    case "$exists":
      if (typeof value !== "boolean") {
        throw invalidData(`Expected a boolean for $exists on ${fieldName(t)}, got ${describeValue(value)}`)
      }
      return `${t.column} ${value ? "IS NOT NULL" : "IS NULL"}`
    default:
      throw invalidData(`Unknown operator "${op}" on ${fieldName(t)}; allowed: ${FIELD_OPERATORS.join(", ")}`)
  }
}

function operators(t: Target, value: Record<string, unknown>): string {
  const keys = Object.keys(value)
  if (t.property.kind === "json" && keys.length > 0 && keys.every((key) => !key.startsWith("$"))) {
    // `{ metadata: { source: "import" } }`: JSON containment (index-friendly with a GIN index).
    return `${t.column} @> ${bind(t.scope, JSON.stringify(value))}::jsonb`
  }
  const parts: string[] = []
  for (const key of keys) {
    if (!key.startsWith("$")) {
      throw invalidData(
        `Expected a value or an operator object for ${fieldName(t)}, got ${describeValue(value)}; operators: ${FIELD_OPERATORS.join(", ")}`,
      )
    }
    if (value[key] !== undefined) parts.push(operator(t, key, value[key]))
  }
  return group(parts, "AND", "TRUE")
}

function condition(t: Target, value: unknown, op: string): string {
  if (value === null) return `${t.column} IS NULL`
  if (Array.isArray(value) && !t.property.isArray) return inList(t, value, op || "a list")
  if (isPlainObject(value)) return operators(t, value)
  return equals(t, value, op)
}

/**
 * Compiles the filter on one field: a value (equality), a list (`= ANY`), `null` (IS NULL) or an
 * operator object. Values are bound; a value of the wrong type is an `invalid_data` error.
 *
 * @example
 * compileFieldCondition(scope, postMeta, "t0", views, { $gte: 10, $lt: 20 })
 * // (t0."views" >= $1 AND t0."views" < $2)
 * compileFieldCondition(scope, postMeta, "t0", status, ["draft", null])
 * // (t0."status" = ANY($3) OR t0."status" IS NULL)
 */
export function compileFieldCondition(
  scope: WhereScope,
  meta: EntityMetadata,
  alias: string,
  property: PropertyMetadata,
  value: unknown,
): string {
  if (property.computed) {
    throw invalidData(`Cannot filter on ${meta.name}.${property.name}: it is computed and has no column`)
  }
  return condition({ scope, meta, property, column: qualified(alias, property.columnName) }, value, "")
}
