import type { EntityMetadata, ModelRegistry } from "../../dml/metadata/types.js"
import { isToMany, requireEntity } from "../sql/read/metadata-lookup.js"
import { relationSource } from "../sql/read/relation-source.js"

/** The FROM item of a joined target and the predicate tying it to its parent. */
export interface JoinSource {
  /** `"product_variant" AS t1`, or a join tree (pivot or link table plus target). */
  readonly from: string
  /** Whether `from` is a join tree, which needs parentheses after `JOIN`. */
  readonly compound: boolean
  /** `t1."product_id" = t0."id"` (a link's own soft-delete guard included when it has one). */
  readonly on: string
}

/** How to join one relation name of an entity: what a {@link JoinResolver} returns. */
export interface JoinSpec {
  /** Entity the relation reaches; must be in the same registry (same database). */
  readonly target: EntityMetadata
  /** Joined rows nest as an array (`hasMany`, `manyToMany`, list links) rather than one object. */
  readonly toMany: boolean
  /** At most one target row per parent row (`belongsTo`, owning `hasOne`): joining never multiplies roots. */
  readonly singleRow: boolean
  /** Property of the parent the joined rows nest under. */
  readonly field: string
  /** The SQL of the join, for a parent alias and the generated alias of the target. */
  source(parentAlias: string, childAlias: string, withDeleted: boolean): JoinSource
}

/**
 * Resolves `relationName` of `from` to a join, or `undefined` when it does not know the name.
 * The query builder asks the module's own relations first, then each registered resolver (module
 * links, for modules sharing one database).
 */
export type JoinResolver = (from: EntityMetadata, relationName: string) => JoinSpec | undefined

/**
 * Joins a relation declared on the model (`belongsTo`, `hasOne`, `hasMany`, `manyToMany`).
 *
 * @example
 * moduleRelationResolver(registry)(productMeta, "variants")?.source("t0", "t1", false)
 * // { from: '"product_variant" AS t1', compound: false, on: 't1."product_id" = t0."id"' }
 */
export function moduleRelationResolver(registry: ModelRegistry): JoinResolver {
  return (from, relationName) => {
    const relation = from.relations.get(relationName)
    if (relation === undefined) return undefined
    const target = requireEntity(registry, relation.target)
    return {
      target,
      toMany: isToMany(relation),
      singleRow: relation.kind !== "manyToMany" && relation.owner,
      field: relation.name,
      source(parentAlias, childAlias) {
        const source = relationSource(from, target, relation, parentAlias, childAlias)
        return { from: source.from, compound: relation.kind === "manyToMany", on: source.join }
      },
    }
  }
}

const registered = new WeakMap<ModelRegistry, JoinResolver[]>()

/**
 * Plugs a resolver (module links) into every query builder of a registry; returns a function
 * that removes it. Own relations always win over a resolver's names.
 *
 * @example
 * registerJoinResolver(registry, (from, name) => (from.name === "ProductVariant" && name === "prices" ? pricesSpec : undefined))
 */
export function registerJoinResolver(registry: ModelRegistry, resolver: JoinResolver): () => void {
  const list = registered.get(registry) ?? []
  list.push(resolver)
  registered.set(registry, list)
  return () => {
    const index = list.indexOf(resolver)
    if (index !== -1) list.splice(index, 1)
  }
}

/** The module's relations, then the registered resolvers, as one resolver. */
export function joinResolverFor(registry: ModelRegistry): JoinResolver {
  const own = moduleRelationResolver(registry)
  return (from, relationName) => {
    const spec = own(from, relationName)
    if (spec !== undefined) return spec
    for (const resolver of registered.get(registry) ?? []) {
      const linked = resolver(from, relationName)
      if (linked !== undefined) return linked
    }
    return undefined
  }
}
