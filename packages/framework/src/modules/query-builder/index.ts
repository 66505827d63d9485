import { QueryBuilderImpl, type QueryBuilderSource } from "./query-builder-impl.js"
import type { QueryBuilder } from "./query-builder.js"

export type { QueryBuilder, NullsOrder, QueryParameters } from "./query-builder.js"
export type { QueryBuilderSource } from "./query-builder-impl.js"
export { registerJoinResolver, type JoinResolver, type JoinSpec, type JoinSource } from "./join-resolver.js"

/**
 * A query builder over `source.entityName`, its root aliased `alias` in fragments.
 *
 * @example
 * createQueryBuilder<Product>({ registry, entityName: "Product", runner: () => manager.runner }, "product")
 *   .where("product.title ILIKE :search", { search: "%shirt%" })
 *   .getMany()
 * // SELECT t0."id" AS c0, ... FROM "products" AS t0 WHERE t0."deleted_at" IS NULL AND (t0."title" ILIKE $1)
 * //   ORDER BY t0."id" ASC
 */
export function createQueryBuilder<T>(source: QueryBuilderSource, alias: string): QueryBuilder<T> {
  return new QueryBuilderImpl<T>(source, alias)
}
