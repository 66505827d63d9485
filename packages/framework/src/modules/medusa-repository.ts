import type { ModelRegistry, EntityMetadata } from "../dml/metadata/types.js"
import type { Manager } from "../database/manager.js"
import { activeManager } from "../context/resolve-manager.js"
import type { Context } from "../context/shared-context.js"
import { createQueryBuilder, type QueryBuilder } from "./query-builder/index.js"
import { countRows, findAndCountRows, findRows } from "./sql/read/index.js"
import type { AffectedIds, Filters, FindConfig, Row, SqlContext } from "./sql/types.js"
import {
  deleteRows,
  insertRows,
  restoreRows,
  softDeleteRows,
  updateRows,
  updateRowsById,
  upsertRows,
} from "./sql/write/index.js"

/** What a repository is built from; the framework passes it when it registers repositories. */
export interface RepositoryDependencies {
  manager: Manager
  registry: ModelRegistry
  entityName: string
}

/**
 * Data access for one model: set-based SQL compiled by Stratum, run through the active manager
 * (the context's transaction, the ambient one, or the root). Custom repositories extend it.
 *
 * @example
 * @Repository()
 * class ProductRepository extends MedusaRepository<Product> {
 *   async findCheap() {
 *     return this.manager.query("select * from products where price < $1", [1000])
 *   }
 * }
 */
export class MedusaRepository<TEntity = Row> {
  protected readonly rootManager_: Manager
  protected readonly registry_: ModelRegistry
  readonly entityName: string

  constructor(dependencies: RepositoryDependencies) {
    this.rootManager_ = dependencies.manager
    this.registry_ = dependencies.registry
    this.entityName = dependencies.entityName
  }

  /** The model's resolved metadata. */
  get metadata(): EntityMetadata {
    return this.registry_.get(this.entityName)
  }

  /** The manager statements go through now: the ambient transaction's when inside one. */
  get manager(): Manager {
    return this.rootManager_.active
  }

  /**
   * A fluent query over this model, its root aliased `alias`; runs through the manager active
   * when it executes (joining the ambient transaction).
   *
   * @example
   * await this.createQueryBuilder("product")
   *   .innerJoinAndSelect("product.variants", "variant")
   *   .where("variant.inventory_quantity < :threshold", { threshold: 10 })
   *   .getMany()
   * // SELECT ... FROM "products" AS t0 INNER JOIN "product_variant" AS t1 ON t1."product_id" = t0."id"
   * //   AND t1."deleted_at" IS NULL WHERE t0."deleted_at" IS NULL AND (t1."inventory_quantity" < $1) ...
   */
  createQueryBuilder(alias: string): QueryBuilder<TEntity> {
    const source = { registry: this.registry_, entityName: this.entityName, runner: () => this.manager.runner }
    return createQueryBuilder<TEntity>(source, alias)
  }

  protected sql(context?: Context): SqlContext {
    const manager = activeManager(context, this.rootManager_)
    return { runner: manager.runner, registry: this.registry_, statements: manager.database.pool }
  }

  find(filters: Filters = {}, config: FindConfig = {}, context?: Context): Promise<TEntity[]> {
    return findRows(this.sql(context), this.entityName, filters, config) as Promise<TEntity[]>
  }

  findAndCount(filters: Filters = {}, config: FindConfig = {}, context?: Context): Promise<[TEntity[], number]> {
    return findAndCountRows(this.sql(context), this.entityName, filters, config) as Promise<[TEntity[], number]>
  }

  count(filters: Filters = {}, config: Pick<FindConfig, "withDeleted"> = {}, context?: Context): Promise<number> {
    return countRows(this.sql(context), this.entityName, filters, config)
  }

  create(data: Row[], context?: Context): Promise<TEntity[]> {
    return insertRows(this.sql(context), this.entityName, data) as Promise<TEntity[]>
  }

  update(updates: { selector: Filters; data: Row }[], context?: Context): Promise<TEntity[]> {
    return updateRows(this.sql(context), this.entityName, updates) as Promise<TEntity[]>
  }

  updateById(rows: Row[], context?: Context): Promise<TEntity[]> {
    return updateRowsById(this.sql(context), this.entityName, rows) as Promise<TEntity[]>
  }

  upsert(data: Row[], context?: Context): Promise<TEntity[]> {
    return upsertRows(this.sql(context), this.entityName, data) as Promise<TEntity[]>
  }

  delete(filter: Filters, context?: Context): Promise<string[]> {
    return deleteRows(this.sql(context), this.entityName, filter)
  }

  softDelete(filter: Filters, context?: Context): Promise<AffectedIds> {
    return softDeleteRows(this.sql(context), this.entityName, filter)
  }

  restore(filter: Filters, context?: Context): Promise<AffectedIds> {
    return restoreRows(this.sql(context), this.entityName, filter)
  }
}
