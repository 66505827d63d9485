import { isDmlEntity, type DmlEntity } from "../entity.js"
import { linkableKey } from "../naming.js"
import { isRelation } from "../schema.js"
import { resolveIndexes } from "./resolve-indexes.js"
import { implicitTimestamps, resolveDeclaredProperties } from "./resolve-properties.js"
import { resolveRelation } from "./resolve-relations.js"
import type { RelationGraph } from "./relation-graph.js"
import type { EntityMetadata, ModelRegistry, PropertyMetadata, RelationMetadata } from "./types.js"

function indexEntities(entities: readonly DmlEntity[]): Map<string, DmlEntity> {
  const byName = new Map<string, DmlEntity>()
  for (const entity of entities) {
    if (!isDmlEntity(entity)) {
      throw new Error(`resolveModels() expects models created with model.define(), got ${String(entity)}`)
    }
    const existing = byName.get(entity.name)
    if (existing !== undefined && existing !== entity) {
      throw new Error(`Two different models are named "${entity.name}"`)
    }
    byName.set(entity.name, entity)
  }
  return byName
}

function buildGraph(entities: Map<string, DmlEntity>): {
  graph: RelationGraph
  declared: Map<string, PropertyMetadata[]>
} {
  const declared = new Map<string, PropertyMetadata[]>()
  for (const entity of entities.values()) {
    const properties = resolveDeclaredProperties(entity)
    if (!properties.some((property) => property.primaryKey)) {
      throw new Error(
        `Model "${entity.name}" has no primary key. Mark one property with .primaryKey(), e.g. id: model.id().primaryKey()`,
      )
    }
    declared.set(entity.name, properties)
  }
  const primaryKeyOf = (entityName: string, usedBy: string): PropertyMetadata => {
    const keys = (declared.get(entityName) ?? []).filter((property) => property.primaryKey)
    if (keys.length !== 1 || keys[0] === undefined) {
      throw new Error(
        `${usedBy}: relations require "${entityName}" to have exactly one primary key, it has ${keys.length}`,
      )
    }
    return keys[0]
  }
  return { graph: { entities, primaryKeyOf }, declared }
}

function resolveEntity(graph: RelationGraph, entity: DmlEntity, declared: PropertyMetadata[]): EntityMetadata {
  const properties = new Map<string, PropertyMetadata>()
  const relations = new Map<string, RelationMetadata>()
  const declaredByName = new Map(declared.map((property) => [property.name, property]))
  for (const [name, value] of Object.entries(entity.schema)) {
    if (!isRelation(value)) {
      properties.set(name, declaredByName.get(name) as PropertyMetadata)
      continue
    }
    const { relation, foreignKey } = resolveRelation(graph, entity, name)
    relations.set(name, relation)
    if (foreignKey !== undefined) {
      if (Object.hasOwn(entity.schema, foreignKey.name) || properties.has(foreignKey.name)) {
        throw new Error(
          `"${entity.name}.${name}" needs the foreign key "${foreignKey.name}", which is already defined. Set foreignKeyName`,
        )
      }
      properties.set(foreignKey.name, foreignKey)
    }
  }
  for (const timestamp of implicitTimestamps()) {
    properties.set(timestamp.name, timestamp)
  }
  const primaryKeys = declared.filter((property) => property.primaryKey).map((property) => property.name)
  const idPrefix = primaryKeys.length === 1 ? declaredByName.get(primaryKeys[0] as string)?.idPrefix : undefined
  return {
    name: entity.name,
    tableName: entity.tableName,
    primaryKeys,
    ...(idPrefix !== undefined ? { idPrefix } : {}),
    properties,
    relations,
    cascadeDelete: [...entity.cascadeDefinition.delete],
    cascadeDetach: [...entity.cascadeDefinition.detach],
    indexes: resolveIndexes(entity, properties),
    searchableFields: declared.filter((property) => property.searchable).map((property) => property.name),
    searchableRelations: [...relations.values()]
      .filter((relation) => relation.searchable)
      .map((relation) => relation.name),
    linkableKeys: Object.fromEntries(primaryKeys.map((key) => [linkableKey(entity.name, key), key])),
    dml: entity,
  }
}

/**
 * Resolves a set of models into normalized metadata: columns, foreign keys, inverse sides, pivot
 * tables and indexes, validating every relation. Every relation target must be in the set.
 *
 * @example
 * const registry = resolveModels([BlogPost, Comment]);
 * registry.get("Comment").relations.get("blog_post");
 * // { kind: "belongsTo", target: "BlogPost", foreignKey: "blog_post_id", mappedBy: "comments", ... }
 */
export function resolveModels(entities: readonly DmlEntity[]): ModelRegistry {
  const byName = indexEntities(entities)
  const { graph, declared } = buildGraph(byName)
  const resolved = new Map<string, EntityMetadata>()
  for (const entity of byName.values()) {
    resolved.set(entity.name, resolveEntity(graph, entity, declared.get(entity.name) ?? []))
  }
  const tables = new Map<string, string>()
  for (const meta of resolved.values()) {
    const other = tables.get(meta.tableName)
    if (other !== undefined) {
      throw new Error(`Models "${other}" and "${meta.name}" both use the table "${meta.tableName}"`)
    }
    tables.set(meta.tableName, meta.name)
  }
  return {
    entities: resolved,
    get(name: string): EntityMetadata {
      const meta = resolved.get(name)
      if (meta === undefined) {
        throw new Error(`Unknown model "${name}". Known models: ${[...resolved.keys()].join(", ")}`)
      }
      return meta
    },
  }
}
