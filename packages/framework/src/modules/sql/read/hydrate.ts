import type { Row } from "../types.js"
import type { LoadNode } from "./field-paths.js"
import { isToMany } from "./metadata-lookup.js"
import { relationOf } from "./select-compiler.js"

/** What converting one level's JSON objects needs, computed once per load node. */
interface Converter {
  readonly dates: readonly string[]
  readonly numbers: readonly string[]
  readonly children: readonly { readonly name: string; readonly toMany: boolean; readonly node: LoadNode }[]
}

const NUMERIC_KINDS: ReadonlySet<string> = new Set(["number", "float", "bigNumber"])
const converters = new WeakMap<LoadNode, Converter>()

function converterOf(node: LoadNode): Converter {
  let converter = converters.get(node)
  if (converter === undefined) {
    converter = {
      dates: node.columns.filter((property) => property.kind === "dateTime").map((property) => property.name),
      numbers: node.columns.filter((property) => NUMERIC_KINDS.has(property.kind)).map((property) => property.name),
      children: node.children.map((child) => ({
        name: relationOf(child).name,
        toMany: isToMany(relationOf(child)),
        node: child,
      })),
    }
    converters.set(node, converter)
  }
  return converter
}

function hydrateObject(converter: Converter, row: Row): Row {
  for (const name of converter.dates) {
    const value = row[name]
    if (typeof value === "string") row[name] = new Date(value)
  }
  for (const name of converter.numbers) {
    // JSON has numbers, but PostgreSQL writes NaN and Infinity as strings.
    const value = row[name]
    if (typeof value === "string") row[name] = Number(value)
  }
  for (const child of converter.children) hydrateRelation(child.node, row, child.name, child.toMany)
  return row
}

function hydrateRelation(node: LoadNode, row: Row, name: string, toMany: boolean): void {
  const value = row[name]
  if (toMany) {
    row[name] = Array.isArray(value) ? value.map((item: Row) => hydrateObject(converterOf(node), item)) : []
  } else {
    row[name] = value === null || value === undefined ? null : hydrateObject(converterOf(node), value as Row)
  }
}

/**
 * Gives relations loaded as JSON the types root rows have: timestamps as `Date`, numbers as
 * numbers (JSON already carries json values and text arrays as such). Mutates and returns `rows`.
 *
 * @example
 * hydrateJoinedRows(postNode, [{ id: "bp_1", comments: [{ id: "c_1", created_at: "2024-05-01T10:00:00+00:00" }] }])
 * // [{ id: "bp_1", comments: [{ id: "c_1", created_at: Date(2024-05-01T10:00:00.000Z) }] }]
 */
export function hydrateJoinedRows(root: LoadNode, rows: Row[]): Row[] {
  const children = converterOf(root).children
  if (children.length === 0) return rows
  for (const row of rows) {
    for (const child of children) hydrateRelation(child.node, row, child.name, child.toMany)
  }
  return rows
}
