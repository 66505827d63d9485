import type { Row, SortDirection } from "../sql/types.js"
import type { QueryParameters } from "./parameter-binder.js"

export type { QueryParameters }

/** Where NULLs sort in `orderBy`. */
export type NullsOrder = "NULLS FIRST" | "NULLS LAST"

/**
 * A fluent, TypeORM-style query over one model of a module, from
 * `repository.createQueryBuilder("product")`. Conditions are SQL fragments in which
 * `alias.property` names are checked against the models and become quoted columns, and every
 * value is a bound `:named` parameter. Joined relations (`...AndSelect`) come back nested on the
 * entities. Soft-deleted rows are left out at every level unless `withDeleted()`.
 *
 * @example
 * await productRepository
 *   .createQueryBuilder("product")
 *   .innerJoinAndSelect("product.variants", "variant")
 *   .where("variant.inventory_quantity < :threshold", { threshold: 10 })
 *   .orderBy("product.created_at", "DESC")
 *   .take(20)
 *   .getMany()
 * // SELECT t0."id" AS c0, ..., t1."id" AS c9, ... FROM "products" AS t0
 * //   INNER JOIN "product_variant" AS t1 ON t1."product_id" = t0."id" AND t1."deleted_at" IS NULL
 * //   INNER JOIN (SELECT t0."id" AS k0, row_number() OVER (...) AS qb_position FROM ... LIMIT $2) AS qb_page ON ...
 * //   WHERE t0."deleted_at" IS NULL AND (t1."inventory_quantity" < $1) ORDER BY qb_page.qb_position ASC, ...
 * // -> [{ id: "prod_1", title: "Shirt", ..., variants: [{ id: "variant_1", inventory_quantity: 3, ... }] }]
 */
export interface QueryBuilder<T> {
  /**
   * Sets the condition, replacing earlier ones.
   *
   * @example
   * qb.where("product.title ILIKE :search", { search: "%shirt%" }) // WHERE ... AND (t0."title" ILIKE $1)
   */
  where(condition: string, parameters?: QueryParameters): this
  /** Adds a condition with AND: `(a) AND (b)`. */
  andWhere(condition: string, parameters?: QueryParameters): this
  /** Adds a condition with OR: `(a) AND (b) OR (c)`; the whole is still ANDed with the soft-delete guard. */
  orWhere(condition: string, parameters?: QueryParameters): this
  /** Sets one `:named` parameter. */
  setParameter(name: string, value: unknown): this
  /** Sets several `:named` parameters. */
  setParameters(parameters: QueryParameters): this
  /**
   * Joins a relation (`"<alias>.<relation>"`) and nests its rows on the entities; only roots with
   * a matching row are returned, and only the matching rows are nested.
   *
   * @example
   * qb.innerJoinAndSelect("product.variants", "variant")
   * // INNER JOIN "product_variant" AS t1 ON t1."product_id" = t0."id" AND t1."deleted_at" IS NULL
   */
  innerJoinAndSelect(path: string, alias: string, condition?: string, parameters?: QueryParameters): this
  /** Like `innerJoinAndSelect`, keeping roots without a matching row (`[]` or `null`). */
  leftJoinAndSelect(path: string, alias: string, condition?: string, parameters?: QueryParameters): this
  /** Joins a relation to filter or sort on it, without returning its rows. */
  innerJoin(path: string, alias: string, condition?: string, parameters?: QueryParameters): this
  /** Left-joins a relation to filter or sort on it, without returning its rows. */
  leftJoin(path: string, alias: string, condition?: string, parameters?: QueryParameters): this
  /**
   * Sets the order, replacing earlier ones; primary keys always follow as tie-breakers.
   *
   * @example
   * qb.orderBy("product.created_at", "DESC") // ORDER BY t0."created_at" DESC, t0."id" ASC
   */
  orderBy(field: string, direction?: SortDirection, nulls?: NullsOrder): this
  /** Adds an order term after the earlier ones. */
  addOrderBy(field: string, direction?: SortDirection, nulls?: NullsOrder): this
  /** Returns at most `count` roots (entities, not joined rows); `undefined` removes the limit. Same as `take`. */
  limit(count?: number): this
  /** Skips `count` roots. Same as `skip`. */
  offset(count?: number): this
  take(count?: number): this
  skip(count?: number): this
  /** Includes soft-deleted rows, at the root and at every joined level. */
  withDeleted(): this
  /** The entities, joined relations nested. */
  getMany(): Promise<T[]>
  /** The first entity, or `null`. */
  getOne(): Promise<T | null>
  /** The number of matching roots (distinct, whatever the joins), ignoring paging. */
  getCount(): Promise<number>
  /** `[await getMany(), await getCount()]` */
  getManyAndCount(): Promise<[T[], number]>
  /**
   * One plain row per result row, keys `<alias>_<property>` for the root and the selected joins;
   * limit/offset apply to those rows.
   *
   * @example
   * await qb.innerJoinAndSelect("product.variants", "variant").getRawMany()
   * // [{ product_id: "prod_1", product_title: "Shirt", ..., variant_id: "variant_1", variant_sku: "S-1", ... }]
   */
  getRawMany<R = Row>(): Promise<R[]>
  /** The SQL and bound values `getMany` would send. */
  getQueryAndParameters(): [string, unknown[]]
}
