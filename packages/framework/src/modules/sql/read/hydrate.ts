import { parseTimestamp } from "../../../database/timestamp.js"
import type { PropertyMetadata } from "../../../dml/metadata/types.js"
import type { Row } from "../types.js"
import type { LoadNode } from "./field-paths.js"
import { isToMany } from "./metadata-lookup.js"
import { relationRows, rowBuilder, type RowBuilder, type RowField } from "./row-builder.js"
import { relationOf } from "./select-compiler.js"

function toDate(value: unknown): unknown {
  return typeof value === "string" ? (parseTimestamp(value) ?? new Date(value)) : value
}

function toNumber(value: unknown): unknown {
  return typeof value === "string" ? Number(value) : value
}

/**
 * How a column value read from JSON gets the type a root column has (undefined: it already has
 * it): JSON has no timestamps, and it has numbers, but PostgreSQL writes NaN and Infinity as strings.
 *
 * @example
 * jsonColumnConverter(createdAtProperty)?.("2024-05-01T10:00:00+00:00") // Date(2024-05-01T10:00:00.000Z)
 */
export function jsonColumnConverter(property: PropertyMetadata): ((value: unknown) => unknown) | undefined {
  if (property.kind === "dateTime") return toDate
  return property.kind === "number" || property.kind === "float" || property.kind === "bigNumber" ? toNumber : undefined
}

/** A loaded relation of a node: its load-tree node, the property it fills and whether it holds many rows. */
interface ChildRelation {
  readonly node: LoadNode
  readonly name: string
  readonly toMany: boolean
}

function childRelation(child: LoadNode): ChildRelation {
  const relation = relationOf(child)
  return { node: child, name: relation.name, toMany: isToMany(relation) }
}

const buildersByNode = new WeakMap<LoadNode, RowBuilder>()

/** The builder of `node`'s rows from their JSON arrays: columns, then loaded relations (load-tree order). */
function builderOf(node: LoadNode): RowBuilder {
  let build = buildersByNode.get(node)
  if (build === undefined) {
    build = rowBuilder([
      ...node.columns.map((property): RowField => ({ name: property.name, convert: jsonColumnConverter(property) })),
      ...node.children.map(childRelation).map((child): RowField => ({
        name: child.name,
        convert: (value) => relationValue(child.node, value, child.toMany),
      })),
    ])
    buildersByNode.set(node, build)
  }
  return build
}

function relationValue(node: LoadNode, value: unknown, toMany: boolean): unknown {
  return relationRows(builderOf(node), value, toMany)
}

/**
 * Builds the relations loaded as JSON row arrays into objects with the types root rows have:
 * timestamps as `Date`, numbers as numbers (JSON already carries json values and text arrays as
 * such). Mutates and returns `rows`.
 *
 * @example
 * hydrateJoinedRows(postNode, [{ id: "bp_1", comments: [["c_1", "2024-05-01T10:00:00+00:00"]] }])
 * // [{ id: "bp_1", comments: [{ id: "c_1", created_at: Date(2024-05-01T10:00:00.000Z) }] }]
 */
export function hydrateJoinedRows(root: LoadNode, rows: Row[]): Row[] {
  if (root.children.length === 0) return rows
  const children = root.children.map(childRelation)
  for (const row of rows) {
    for (const child of children) row[child.name] = relationValue(child.node, row[child.name], child.toMany)
  }
  return rows
}
