import type { EntityMetadata, ModelRegistry, PropertyMetadata, RelationMetadata } from "../../../dml/metadata/types.js"
import { invalidData } from "../../../errors/factories.js"

/** Where a name was used, for error messages. */
export type NameSite = "select" | "relations" | "order" | "filters"

/**
 * The entity's metadata, or an `invalid_data` error listing the known models.
 *
 * @example
 * requireEntity(registry, "BlogPost").tableName // "blog_post"
 */
export function requireEntity(registry: ModelRegistry, name: string): EntityMetadata {
  const meta = registry.entities.get(name)
  if (meta === undefined) {
    throw invalidData(`Unknown model "${name}"; known models: ${[...registry.entities.keys()].join(", ")}`)
  }
  return meta
}

const names = (keys: Iterable<string>): string => [...keys].join(", ") || "none"

/**
 * Error for a name that is neither a field nor (where relations are allowed) a relation.
 *
 * @example
 * unknownField(postMeta, "titel", "select").message
 * // Unknown field "titel" on BlogPost in select; known fields: id, title, ...
 */
export function unknownField(meta: EntityMetadata, name: string, site: NameSite, withRelations = false): Error {
  const relations = withRelations ? `; relations: ${names(meta.relations.keys())}` : ""
  return invalidData(
    `Unknown field "${name}" on ${meta.name} in ${site}; known fields: ${names(meta.properties.keys())}${relations}`,
  )
}

/**
 * Error for a name used as a relation that is not one.
 *
 * @example
 * unknownRelation(postMeta, "autor", "relations").message
 * // Unknown relation "autor" on BlogPost in relations; known relations: author, comments
 */
export function unknownRelation(meta: EntityMetadata, name: string, site: NameSite): Error {
  const isField = meta.properties.has(name) ? ` ("${name}" is a field, not a relation)` : ""
  return invalidData(
    `Unknown relation "${name}" on ${meta.name} in ${site}${isField}; known relations: ${names(meta.relations.keys())}`,
  )
}

/** The relation called `name`, or an `invalid_data` error naming the model and the known relations. */
export function requireRelation(meta: EntityMetadata, name: string, site: NameSite): RelationMetadata {
  const relation = meta.relations.get(name)
  if (relation === undefined) throw unknownRelation(meta, name, site)
  return relation
}

/** Whether the relation loads as an array. */
export function isToMany(relation: RelationMetadata): boolean {
  return relation.kind === "hasMany" || relation.kind === "manyToMany"
}

const columnCache = new WeakMap<EntityMetadata, readonly PropertyMetadata[]>()

/** The properties that have a column (computed ones excluded), in declaration order. */
export function columnsOf(meta: EntityMetadata): readonly PropertyMetadata[] {
  let columns = columnCache.get(meta)
  if (columns === undefined) {
    columns = [...meta.properties.values()].filter((property) => !property.computed)
    columnCache.set(meta, columns)
  }
  return columns
}

/** The column of a property of `meta` given by name (relation keys are property names). */
export function columnOf(meta: EntityMetadata, propertyName: string): string {
  return meta.properties.get(propertyName)?.columnName ?? propertyName
}
