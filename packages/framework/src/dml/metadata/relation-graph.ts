import { isDmlEntity, type DmlEntity } from "../entity.js"
import type { RelationConfig } from "../relations/relation-builder.js"
import { isRelation } from "../schema.js"
import type { PropertyMetadata } from "./types.js"

/** What relation resolution needs to know about every entity of a registry. */
export interface RelationGraph {
  readonly entities: ReadonlyMap<string, DmlEntity>
  /** The single primary key property of an entity (relations require exactly one). */
  primaryKeyOf(entityName: string, usedBy: string): PropertyMetadata
}

/** A relation of an entity, with its target resolved. */
export interface RelationEdge {
  readonly source: DmlEntity
  readonly name: string
  readonly config: RelationConfig
  readonly target: DmlEntity
}

/**
 * Resolves the thunk of a relation to a registered target entity, with a clear error otherwise.
 *
 * @example
 * relationTarget(graph, BlogPost, "comments").name; // "Comment"
 */
export function relationTarget(graph: RelationGraph, source: DmlEntity, name: string): RelationEdge {
  const value = source.schema[name]
  if (value === undefined || !isRelation(value)) {
    throw new Error(`"${source.name}.${name}" is not a relation`)
  }
  const thunk = value.config.target
  const target: unknown = typeof thunk === "function" ? (thunk as () => unknown)() : undefined
  if (!isDmlEntity(target)) {
    throw new Error(
      `Invalid relationship reference for "${source.name}.${name}". Make sure to define the relationship using a factory function returning a model, e.g. () => Target`,
    )
  }
  const registered = graph.entities.get(target.name)
  if (registered === undefined) {
    throw new Error(
      `Relation "${source.name}.${name}" targets "${target.name}", which is not among the resolved models. Pass it to resolveModels too`,
    )
  }
  return { source, name, config: value.config, target: registered }
}

/**
 * All relations of an entity, targets resolved.
 *
 * @example
 * relationsOf(graph, BlogPost).map((edge) => edge.name); // ["comments", "tags"]
 */
export function relationsOf(graph: RelationGraph, entity: DmlEntity): RelationEdge[] {
  return Object.entries(entity.schema)
    .filter(([, value]) => isRelation(value))
    .map(([name]) => relationTarget(graph, entity, name))
}

/** Whether an edge owns a foreign-key column on its own table. */
export function ownsForeignKey(edge: RelationEdge): boolean {
  return edge.config.kind === "belongsTo" || (edge.config.kind === "hasOne" && edge.config.options.foreignKey === true)
}

/**
 * The foreign-key column an owning edge adds to its table: `<relation>_id` unless `foreignKeyName`.
 *
 * @example
 * foreignKeyColumn(commentBlogPostEdge); // "blog_post_id"
 */
export function foreignKeyColumn(edge: RelationEdge): string {
  return edge.config.options.foreignKeyName ?? `${edge.name}_id`
}
