import type { Manager } from "../database/manager.js"
import type { Context } from "../context/shared-context.js"
import { invalidData, notFound } from "../errors/factories.js"
import { describe, idsToFilter } from "./id-selector.js"
import type { MedusaRepository } from "./medusa-repository.js"
import { lowerCaseFirst } from "./naming.js"
import type { AffectedIds, Filters, FindConfig, Row } from "./sql/types.js"

type UpdateSelector = { selector: Filters; data: Row }

function isSelectorUpdate(value: unknown): value is UpdateSelector {
  return typeof value === "object" && value !== null && "selector" in value && "data" in value
}

/**
 * The per-model service the guide reaches as `this.blogPostService_`: Medusa's internal service
 * methods (retrieve with NOT_FOUND, the update input forms, soft delete and restore), plus the
 * guide's `update(id, data, ctx)`. Writes run in a transaction (the caller's, the ambient one, or
 * their own).
 *
 * @example
 * await this.blogPostService_.retrieve(id, { relations: ["author"] }, sharedContext)
 * await this.blogPostService_.update(id, { published: true }, sharedContext)
 */
export class InternalService<TEntity extends Row = Row> {
  constructor(
    readonly repository: MedusaRepository<TEntity>,
    private readonly manager: Manager,
  ) {}

  get entityName(): string {
    return this.repository.entityName
  }

  private get pk(): string {
    return this.repository.metadata.primaryKeys[0] ?? "id"
  }

  private inTransaction<T>(context: Context | undefined, work: (context: Context) => Promise<T>): Promise<T> {
    if (context?.transactionManager) return work(context)
    const active = (context?.manager ?? this.manager).active
    if (active.isInTransaction) return work({ ...context, transactionManager: active })
    return active.transaction((transactionManager) => work({ ...context, transactionManager }), {
      isolationLevel: context?.isolationLevel,
    })
  }

  async retrieve(idOrFilter: unknown, config: FindConfig = {}, context?: Context): Promise<TEntity> {
    const pk = this.pk
    if (idOrFilter === undefined || idOrFilter === null || idOrFilter === "") {
      throw notFound(`${lowerCaseFirst(this.entityName)} - ${pk} must be defined`)
    }
    if (typeof idOrFilter !== "string" && (typeof idOrFilter !== "object" || Array.isArray(idOrFilter))) {
      throw invalidData(`${this.entityName}.${pk} must be a string, got ${describe(idOrFilter)}`)
    }
    const filter = typeof idOrFilter === "string" ? { [pk]: idOrFilter } : (idOrFilter as Filters)
    const [row] = await this.repository.find(filter, { ...config, take: 1, skip: 0 }, context)
    if (!row) {
      const value = typeof idOrFilter === "string" ? idOrFilter : JSON.stringify(idOrFilter)
      throw notFound(`${this.entityName} with ${pk}: ${value} was not found`)
    }
    return row
  }

  list(filters: Filters = {}, config: FindConfig = {}, context?: Context): Promise<TEntity[]> {
    return this.repository.find(filters, config, context)
  }

  listAndCount(filters: Filters = {}, config: FindConfig = {}, context?: Context): Promise<[TEntity[], number]> {
    return this.repository.findAndCount(filters, config, context)
  }

  count(filters: Filters = {}, config: Pick<FindConfig, "withDeleted"> = {}, context?: Context): Promise<number> {
    return this.repository.count(filters, config, context)
  }

  create(data: Row, context?: Context): Promise<TEntity>
  create(data: Row[], context?: Context): Promise<TEntity[]>
  async create(data: Row | Row[], context?: Context): Promise<TEntity | TEntity[]> {
    const many = Array.isArray(data)
    const rows = many ? data : [data]
    if (rows.some((row) => typeof row !== "object" || row === null || Array.isArray(row))) {
      throw invalidData(`${this.entityName} create expects an object or an array of objects`)
    }
    if (rows.length === 0) return []
    const created = await this.inTransaction(context, (ctx) => this.repository.create(rows, ctx))
    return many ? created : (created[0] as TEntity)
  }

  /**
   * Updates by `{ id, ...data }`, `[{ id, ...data }]`, `{ selector, data }`, `[{ selector, data }]`,
   * or the guide's `(id, data)`.
   */
  update(id: string, data: Row, context?: Context): Promise<TEntity>
  update(data: Row, context?: Context): Promise<TEntity>
  update(data: Row[] | UpdateSelector | UpdateSelector[], context?: Context): Promise<TEntity[]>
  async update(first: unknown, second?: unknown, third?: unknown): Promise<TEntity | TEntity[]> {
    if (typeof first === "string") {
      if (typeof second !== "object" || second === null || Array.isArray(second)) {
        throw invalidData(`${this.entityName} update(id, data) expects data as an object, got ${describe(second)}`)
      }
      const [row] = await this.updateById([{ ...(second as Row), [this.pk]: first }], third as Context | undefined)
      return row as TEntity
    }
    const context = second as Context | undefined
    if (isSelectorUpdate(first)) return this.inTransaction(context, (ctx) => this.repository.update([first], ctx))
    if (Array.isArray(first)) {
      if (first.length === 0) return []
      if (first.every(isSelectorUpdate)) return this.inTransaction(context, (ctx) => this.repository.update(first, ctx))
      return this.updateById(first as Row[], context)
    }
    if (typeof first === "object" && first !== null) {
      const [row] = await this.updateById([first as Row], context)
      return row as TEntity
    }
    throw invalidData(
      `${this.entityName} update expects { ${this.pk}, ...data }, an array of them, { selector, data }, or (id, data); got ${describe(first)}`,
    )
  }

  private updateById(rows: Row[], context?: Context): Promise<TEntity[]> {
    for (const row of rows) {
      if (typeof row?.[this.pk] !== "string" || row[this.pk] === "") {
        throw invalidData(`${this.entityName} update needs "${this.pk}" in every item, or use { selector, data }`)
      }
    }
    return this.inTransaction(context, (ctx) => this.repository.updateById(rows, ctx))
  }

  upsert(data: Row, context?: Context): Promise<TEntity>
  upsert(data: Row[], context?: Context): Promise<TEntity[]>
  async upsert(data: Row | Row[], context?: Context): Promise<TEntity | TEntity[]> {
    const many = Array.isArray(data)
    const rows = many ? data : [data]
    if (rows.length === 0) return []
    const result = await this.inTransaction(context, (ctx) => this.repository.upsert(rows, ctx))
    return many ? result : (result[0] as TEntity)
  }

  /** Hard delete; returns the deleted primary keys. */
  delete(idsOrFilter: unknown, context?: Context): Promise<string[]> {
    const filter = idsToFilter(this.repository.metadata, idsOrFilter)
    return this.inTransaction(context, (ctx) => this.repository.delete(filter, ctx))
  }

  softDelete(idsOrFilter: unknown, context?: Context): Promise<AffectedIds> {
    const filter = idsToFilter(this.repository.metadata, idsOrFilter)
    return this.inTransaction(context, (ctx) => this.repository.softDelete(filter, ctx))
  }

  restore(idsOrFilter: unknown, context?: Context): Promise<AffectedIds> {
    const filter = idsToFilter(this.repository.metadata, idsOrFilter)
    return this.inTransaction(context, (ctx) => this.repository.restore(filter, ctx))
  }
}
