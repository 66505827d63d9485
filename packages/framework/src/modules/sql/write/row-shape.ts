import type { EntityMetadata, PropertyMetadata, RelationMetadata } from "../../../dml/metadata/types.js"
import { invalidData } from "../../../errors/factories.js"
import type { Row } from "../types.js"

/** A row's keys sorted into columns and relations, `undefined` values dropped. */
export interface RowShape {
  readonly columns: Map<string, unknown>
  readonly relations: Map<string, unknown>
}

/** Whether a value is a plain object (not null, an array or a Date). */
export function isPlainObject(value: unknown): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/**
 * Splits input data into column values and nested relation values, refusing unknown keys.
 * Computed properties have no column and are dropped, as MikroORM does.
 *
 * @example
 * shapeOf(BlogPost, { title: "Hi", comments: [{ body: "x" }] })
 * // { columns: Map { "title" => "Hi" }, relations: Map { "comments" => [{ body: "x" }] } }
 * shapeOf(BlogPost, { titel: "Hi" }) // throws invalid_data: Unknown property "titel" for BlogPost. Known: id, title, ...
 */
export function shapeOf(entity: EntityMetadata, data: unknown): RowShape {
  if (!isPlainObject(data)) {
    throw invalidData(`${entity.name} data must be an object, got ${Array.isArray(data) ? "an array" : String(data)}`)
  }
  const columns = new Map<string, unknown>()
  const relations = new Map<string, unknown>()
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue
    const property = entity.properties.get(key)
    if (property !== undefined) {
      if (!property.computed) columns.set(key, value)
      continue
    }
    if (entity.relations.has(key)) {
      relations.set(key, value)
      continue
    }
    const known = [...entity.properties.keys(), ...entity.relations.keys()].join(", ")
    throw invalidData(`Unknown property "${key}" for ${entity.name}. Known properties: ${known}`)
  }
  return { columns, relations }
}

/** The single primary key property of an entity that relations point at. */
export function primaryKeyOf(entity: EntityMetadata): PropertyMetadata {
  const name = entity.primaryKeys[0]
  const property = name === undefined ? undefined : entity.properties.get(name)
  if (property === undefined) throw new Error(`${entity.name} has no primary key`)
  return property
}

/**
 * The id a relation value refers to: a string, or an object carrying the target's primary key.
 * `undefined` means the value is new data to create.
 *
 * @example
 * referencedId(Tag, "tag_1")          // "tag_1"
 * referencedId(Tag, { id: "tag_1" })  // "tag_1"
 * referencedId(Tag, { name: "new" })  // undefined
 */
export function referencedId(target: EntityMetadata, value: unknown, where: string): string | undefined {
  if (typeof value === "string") return value
  if (!isPlainObject(value)) {
    throw invalidData(
      `Invalid value for ${where}: expected an id or an object, got ${value === null ? "null" : typeof value}`,
    )
  }
  const id = value[primaryKeyOf(target).name]
  if (id === undefined || id === null) return undefined
  if (typeof id !== "string") {
    throw invalidData(`Invalid value for ${where}: ${target.name}.${primaryKeyOf(target).name} must be a string`)
  }
  return id
}

/** Whether an object names only the target's primary key (a link to an existing row, not data). */
export function isReferenceOnly(target: EntityMetadata, value: unknown): boolean {
  if (typeof value === "string") return true
  if (!isPlainObject(value)) return false
  let only: string | undefined
  for (const key in value) {
    if (!Object.hasOwn(value, key) || value[key] === undefined) continue
    if (only !== undefined) return false
    only = key
  }
  return only !== undefined && only === primaryKeyOf(target).name
}

/** The relation of a name, typed. */
export function relationOf(entity: EntityMetadata, name: string): RelationMetadata {
  const relation = entity.relations.get(name)
  if (relation === undefined) throw invalidData(`Unknown relation "${name}" for ${entity.name}`)
  return relation
}
