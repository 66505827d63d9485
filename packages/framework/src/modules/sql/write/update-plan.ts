import type { EntityMetadata, ManyToManyRelationMetadata, ModelRegistry } from "../../../dml/metadata/types.js"
import { invalidData } from "../../../errors/factories.js"
import { isPlainObject, referencedId, shapeOf } from "./row-shape.js"
import { prepareUpdateColumns } from "./validate-input.js"

/** One column assignment of an UPDATE. */
export type Assignment =
  | { readonly column: string; readonly mode: "set"; readonly value: unknown }
  /** `metadata`: shallow merge of `merge` (JSON text) into the stored object, removing `remove` keys. */
  | { readonly column: string; readonly mode: "merge"; readonly merge: string; readonly remove: string[] }

/** A validated update: column assignments and many-to-many collections to replace. */
export interface PreparedUpdate {
  readonly assignments: Assignment[]
  readonly collections: Array<{ relation: ManyToManyRelationMetadata; ids: string[] }>
}

/** Assignments that set the same columns the same way can share one statement. */
export function signatureOf(update: PreparedUpdate): string {
  return update.assignments.map((assignment) => `${assignment.column}:${assignment.mode}`).join(",")
}

function metadataMerge(value: Record<string, unknown>): Assignment {
  const merge: Record<string, unknown> = {}
  const remove: string[] = []
  for (const [key, item] of Object.entries(value)) {
    if (item === "") remove.push(key)
    else if (item !== undefined) merge[key] = item
  }
  return { column: "metadata", mode: "merge", merge: JSON.stringify(merge), remove }
}

/**
 * Validates update data and turns it into assignments: scalar columns, `belongsTo` given as an id
 * or `{ id }`, `metadata` merged (Medusa semantics: `""` deletes a key), many-to-many collections
 * replaced by ids. Nested creates and to-many children are refused with a clear error.
 *
 * @example
 * prepareUpdate(registry, BlogPost, { title: "New", metadata: { a: 1, b: "" } })
 * // { assignments: [{ column: "title", mode: "set", value: "New" },
 * //                 { column: "metadata", mode: "merge", merge: '{"a":1}', remove: ["b"] }], collections: [] }
 */
export function prepareUpdate(registry: ModelRegistry, entity: EntityMetadata, data: unknown): PreparedUpdate {
  const shape = shapeOf(entity, data)
  const collections: PreparedUpdate["collections"] = []
  for (const [name, value] of shape.relations) {
    const relation = entity.relations.get(name)
    if (relation === undefined) continue
    const target = registry.get(relation.target)
    const where = `${entity.name}.${name}`
    if (relation.kind === "manyToMany") {
      if (!Array.isArray(value)) throw invalidData(`Invalid value for ${where}: expected an array of ids`)
      const ids = value.map((item) => referencedId(target, item, where))
      if (ids.some((id) => id === undefined)) {
        throw invalidData(`Invalid value for ${where}: an update links existing ${target.name} rows by id only`)
      }
      collections.push({ relation, ids: ids as string[] })
      continue
    }
    if (!relation.owner) {
      throw invalidData(
        `Updating the "${name}" relation of ${entity.name} is not supported; update ${target.name} rows directly`,
      )
    }
    const id = value === null ? null : referencedId(target, value, where)
    if (id === undefined) {
      throw invalidData(`Invalid value for ${where}: an update references an existing ${target.name} by id`)
    }
    shape.columns.set(relation.foreignKey, id)
  }
  const metadata = shape.columns.get("metadata")
  const merged = entity.properties.get("metadata")?.kind === "json" && isPlainObject(metadata)
  if (merged) shape.columns.delete("metadata")
  const values = prepareUpdateColumns(entity, shape.columns)
  const assignments: Assignment[] = Object.entries(values).map(([column, value]) => ({ column, mode: "set", value }))
  if (merged) {
    prepareUpdateColumns(entity, new Map([["metadata", metadata]]))
    assignments.push(metadataMerge(metadata))
  }
  assignments.sort((a, b) => (a.column < b.column ? -1 : a.column > b.column ? 1 : 0))
  return { assignments, collections }
}
