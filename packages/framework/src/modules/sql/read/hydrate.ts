import { parseTimestamp } from "../../../database/timestamp.js"
import type { PropertyMetadata } from "../../../dml/metadata/types.js"
import type { Row } from "../types.js"
import type { LoadNode } from "./field-paths.js"
import { isToMany } from "./metadata-lookup.js"
import { relationOf } from "./select-compiler.js"

const NUMERIC_KINDS: ReadonlySet<string> = new Set(["number", "float", "bigNumber"])

/**
 * A column value read from JSON with the type a root column has: JSON has no timestamps, and it has
 * numbers, but PostgreSQL writes NaN and Infinity as strings.
 *
 * @example
 * jsonColumnValue(createdAtProperty, "2024-05-01T10:00:00+00:00") // Date(2024-05-01T10:00:00.000Z)
 */
export function jsonColumnValue(property: PropertyMetadata, value: unknown): unknown {
  if (typeof value !== "string") return value
  if (property.kind === "dateTime") return parseTimestamp(value) ?? new Date(value)
  return NUMERIC_KINDS.has(property.kind) ? Number(value) : value
}

/** One value of a loaded row's JSON array, in load-tree order: a column or a relation. */
type Slot =
  | { readonly name: string; readonly property: PropertyMetadata; readonly child?: undefined }
  | { readonly name: string; readonly child: { readonly node: LoadNode; readonly toMany: boolean } }

const slotsByNode = new WeakMap<LoadNode, readonly Slot[]>()

function slotsOf(node: LoadNode): readonly Slot[] {
  let slots = slotsByNode.get(node)
  if (slots === undefined) {
    slots = [
      ...node.columns.map((property): Slot => ({ name: property.name, property })),
      ...node.children.map((child): Slot => ({
        name: relationOf(child).name,
        child: { node: child, toMany: isToMany(relationOf(child)) },
      })),
    ]
    slotsByNode.set(node, slots)
  }
  return slots
}

function rowFromJson(node: LoadNode, values: readonly unknown[]): Row {
  const row: Row = {}
  const slots = slotsOf(node)
  for (let index = 0; index < slots.length; index++) {
    const slot = slots[index] as Slot
    const value = values[index] ?? null
    row[slot.name] =
      slot.child !== undefined
        ? relationValue(slot.child.node, value, slot.child.toMany)
        : jsonColumnValue(slot.property, value)
  }
  return row
}

function relationValue(node: LoadNode, value: unknown, toMany: boolean): unknown {
  if (toMany) return Array.isArray(value) ? value.map((item: unknown[]) => rowFromJson(node, item)) : []
  return Array.isArray(value) ? rowFromJson(node, value) : null
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
  const children = slotsOf(root).filter((slot) => slot.child !== undefined)
  if (children.length === 0) return rows
  for (const row of rows) {
    for (const slot of children) row[slot.name] = relationValue(slot.child.node, row[slot.name], slot.child.toMany)
  }
  return rows
}
