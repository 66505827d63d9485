import type { Row } from "../types.js"

/** One property of a row read back from a JSON array: its name, and how its value is converted (none: as is). */
export interface RowField {
  readonly name: string
  readonly convert?: (value: unknown) => unknown
}

/** Builds one row object from the values of a JSON array, by position. */
export type RowBuilder = (values: readonly unknown[]) => Row

function loopBuilder(fields: readonly RowField[]): RowBuilder {
  return (values) => {
    const row: Row = {}
    for (let index = 0; index < fields.length; index++) {
      const field = fields[index] as RowField
      const value = values[index] ?? null
      // defineProperty: a field named `__proto__` stays a field
      Object.defineProperty(row, field.name, {
        value: field.convert ? field.convert(value) : value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return row
  }
}

/**
 * A function that builds a row from a JSON array of values in `fields` order (a missing value is
 * null, `convert` applied where given). It is compiled once per field list as a function that
 * returns an object literal: every row then gets its shape in one step, instead of one property
 * store by name at a time (about 8 times faster for a page of variants). Field names go into the
 * code as JSON string literals; a list naming `__proto__`, or a process that forbids code generation
 * (`--disallow-code-generation-from-strings`), gets a plain loop instead.
 *
 * @example
 * const build = rowBuilder([{ name: "id" }, { name: "created_at", convert: toDate }])
 * build(["v_1", "2024-05-01T10:00:00+00:00"]) // { id: "v_1", created_at: Date(2024-05-01T10:00:00.000Z) }
 */
export function rowBuilder(fields: readonly RowField[]): RowBuilder {
  if (fields.some((field) => field.name === "__proto__")) return loopBuilder(fields)
  const converters = fields.map((field) => field.convert ?? null)
  const properties = fields.map((field, index) => {
    const value = `values[${index}] ?? null`
    return `${JSON.stringify(field.name)}: ${field.convert ? `c${index}(${value})` : value}`
  })
  const locals = fields.flatMap((field, index) => (field.convert ? [`const c${index} = converters[${index}]`] : []))
  const source = `"use strict"\n${locals.join("\n")}\nreturn function buildRow(values) {\n  return { ${properties.join(", ")} }\n}`
  try {
    return new Function("converters", source)(converters) as RowBuilder
  } catch (error) {
    if (error instanceof EvalError) return loopBuilder(fields)
    throw error
  }
}

/**
 * A loaded relation's value from its JSON: an array of row arrays (to-many, `[]` when absent) or one
 * row array (to-one, null when absent), each built by `build`.
 *
 * @example
 * relationRows(buildVariant, [["v_1"], ["v_2"]], true) // [{ id: "v_1" }, { id: "v_2" }]
 */
export function relationRows(build: RowBuilder, value: unknown, toMany: boolean): unknown {
  if (!Array.isArray(value)) return toMany ? [] : null
  if (!toMany) return build(value)
  const rows = new Array<Row>(value.length)
  for (let index = 0; index < value.length; index++) rows[index] = build(value[index] as unknown[])
  return rows
}
