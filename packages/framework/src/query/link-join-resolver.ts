import type { EntityMetadata } from "../dml/metadata/types.js"
import type { JoinResolver, JoinSpec } from "../modules/query-builder/join-resolver.js"
import { edgeSource } from "./edge-source.js"
import type { GraphEdge, GraphSchema } from "./graph-schema.js"

function sameDatabase(edge: GraphEdge): boolean {
  return edge.source.group === edge.target.group
}

/**
 * Lets `createQueryBuilder` join across module links of one database: a link field
 * (`variant.price_set`) or a shortcut through one (`variant.prices` = `price_set.prices`).
 *
 * @example
 * registerJoinResolver(registry, linkJoinResolver(query.schema))
 * repository.createQueryBuilder("product").innerJoinAndSelect("product.variants", "variant")
 *   .innerJoinAndSelect("variant.prices", "price").where("price.amount < :max", { max: 5000 })
 * // ... INNER JOIN ("prices" AS t2 INNER JOIN ("price_sets" AS t2_h1 INNER JOIN "product_variant_price_set" AS t2_h1_l ...
 */
export function linkJoinResolver(schema: GraphSchema): JoinResolver {
  return (from: EntityMetadata, relationName: string): JoinSpec | undefined => {
    const entity = schema.entities.get(from.name)
    if (!entity) return undefined
    const direct = schema.edges(entity).get(relationName)
    if (direct && direct.kind !== "relation" && sameDatabase(direct)) {
      return {
        target: direct.target.meta,
        toMany: direct.toMany,
        singleRow: false,
        field: relationName,
        source(parent, child, withDeleted) {
          const source = edgeSource(direct, parent, child, withDeleted)
          return { from: source.from, compound: direct.kind === "linkTable", on: source.where }
        },
      }
    }
    const path = schema.shortcuts(entity).get(relationName)
    if (!path || path.length !== 2) return undefined
    const first = schema.edges(entity).get(path[0] as string)
    const second = first && schema.edges(first.target).get(path[1] as string)
    if (!first || !second || !sameDatabase(first) || !sameDatabase(second)) return undefined
    return {
      target: second.target.meta,
      toMany: first.toMany || second.toMany,
      singleRow: false,
      field: relationName,
      source(parent, child, withDeleted) {
        const hop = `${child}_h1`
        const outer = edgeSource(first, parent, hop, withDeleted)
        const inner = edgeSource(second, hop, child, withDeleted)
        return { from: `${inner.from} INNER JOIN (${outer.from}) ON ${inner.where}`, compound: true, on: outer.where }
      },
    }
  }
}
