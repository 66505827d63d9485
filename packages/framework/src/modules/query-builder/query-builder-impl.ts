import type { ModelRegistry } from "../../dml/metadata/types.js"
import { runStatement, type KyselyRunner } from "../../database/sql-executor.js"
import { invalidData } from "../../errors/factories.js"
import { describeValue, isPlainObject } from "../sql/read/value-shapes.js"
import type { Row, SortDirection } from "../sql/types.js"
import { assembleEntities, rawRows } from "./entity-assembler.js"
import type { QueryParameters } from "./parameter-binder.js"
import type { NullsOrder, QueryBuilder } from "./query-builder.js"
import { compileQueryPlan } from "./query-plan.js"
import type { JoinKind, QueryState } from "./query-state.js"
import { selectList } from "./select-list.js"
import { countStatement, entitiesStatement, rawStatement, type Paging } from "./statements.js"

/** What a query builder runs against. */
export interface QueryBuilderSource {
  readonly registry: ModelRegistry
  readonly entityName: string
  /** The runner at execution time (the ambient transaction's when inside one). */
  readonly runner: () => KyselyRunner
}

function nonNegativeInteger(method: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw invalidData(`${method}() expects a non-negative integer, got ${describeValue(value)}`)
  }
  return value
}

/** The private implementation of {@link QueryBuilder}: records calls, compiles and runs on `get*`. */
export class QueryBuilderImpl<T> implements QueryBuilder<T> {
  readonly #source: QueryBuilderSource
  readonly #state: QueryState
  /** The first invalid call, reported when the query runs (the fluent chain itself never throws). */
  #error: Error | undefined

  constructor(source: QueryBuilderSource, alias: string) {
    this.#source = source
    this.#state = {
      entityName: source.entityName,
      alias,
      joins: [],
      wheres: [],
      parameters: {},
      orders: [],
      take: undefined,
      skip: undefined,
      withDeleted: false,
    }
  }

  #record(action: () => void): this {
    if (this.#error === undefined) {
      try {
        action()
      } catch (error) {
        this.#error = error as Error
      }
    }
    return this
  }

  #addParameters(parameters: QueryParameters | undefined): void {
    if (parameters === undefined) return
    if (!isPlainObject(parameters)) {
      throw invalidData(
        `Query parameters must be an object such as { search: "%shirt%" }, got ${describeValue(parameters)}`,
      )
    }
    Object.assign(this.#state.parameters, parameters)
  }

  #where(connector: "AND" | "OR", condition: string, parameters: QueryParameters | undefined, reset: boolean): this {
    return this.#record(() => {
      this.#addParameters(parameters)
      if (reset) this.#state.wheres = []
      this.#state.wheres.push({ connector, fragment: condition })
    })
  }

  #join(
    kind: JoinKind,
    select: boolean,
    path: string,
    alias: string,
    condition?: string,
    parameters?: QueryParameters,
  ): this {
    return this.#record(() => {
      this.#addParameters(parameters)
      this.#state.joins.push({ kind, path, alias, select, condition })
    })
  }

  #order(reset: boolean, field: string, direction: SortDirection | undefined, nulls: NullsOrder | undefined): this {
    return this.#record(() => {
      if (reset) this.#state.orders = []
      this.#state.orders.push({ field, direction, nulls })
    })
  }

  where(condition: string, parameters?: QueryParameters): this {
    return this.#where("AND", condition, parameters, true)
  }

  andWhere(condition: string, parameters?: QueryParameters): this {
    return this.#where("AND", condition, parameters, false)
  }

  orWhere(condition: string, parameters?: QueryParameters): this {
    return this.#where("OR", condition, parameters, false)
  }

  setParameter(name: string, value: unknown): this {
    return this.#record(() => this.#addParameters({ [name]: value }))
  }

  setParameters(parameters: QueryParameters): this {
    return this.#record(() => this.#addParameters(parameters))
  }

  innerJoinAndSelect(path: string, alias: string, condition?: string, parameters?: QueryParameters): this {
    return this.#join("INNER", true, path, alias, condition, parameters)
  }

  leftJoinAndSelect(path: string, alias: string, condition?: string, parameters?: QueryParameters): this {
    return this.#join("LEFT", true, path, alias, condition, parameters)
  }

  innerJoin(path: string, alias: string, condition?: string, parameters?: QueryParameters): this {
    return this.#join("INNER", false, path, alias, condition, parameters)
  }

  leftJoin(path: string, alias: string, condition?: string, parameters?: QueryParameters): this {
    return this.#join("LEFT", false, path, alias, condition, parameters)
  }

  orderBy(field: string, direction?: SortDirection, nulls?: NullsOrder): this {
    return this.#order(true, field, direction, nulls)
  }

  addOrderBy(field: string, direction?: SortDirection, nulls?: NullsOrder): this {
    return this.#order(false, field, direction, nulls)
  }

  limit(limit?: number): this {
    return this.#record(() => (this.#state.take = nonNegativeInteger("limit", limit)))
  }

  offset(offset?: number): this {
    return this.#record(() => (this.#state.skip = nonNegativeInteger("offset", offset)))
  }

  take(take?: number): this {
    return this.#record(() => (this.#state.take = nonNegativeInteger("take", take)))
  }

  skip(skip?: number): this {
    return this.#record(() => (this.#state.skip = nonNegativeInteger("skip", skip)))
  }

  withDeleted(): this {
    this.#state.withDeleted = true
    return this
  }

  #paging(): Paging {
    return { take: this.#state.take, skip: this.#state.skip }
  }

  #compile(statement: "entities" | "raw", paging: Paging) {
    if (this.#error !== undefined) throw this.#error
    const plan = compileQueryPlan(this.#source.registry, this.#state)
    const list = selectList(plan)
    const sql = statement === "entities" ? entitiesStatement(plan, list, paging) : rawStatement(plan, list, paging)
    return { sql, list, params: plan.binder.values }
  }

  async #entities(paging: Paging): Promise<T[]> {
    const { sql, list, params } = this.#compile("entities", paging)
    const rows = await runStatement<Row>(this.#source.runner(), sql, params)
    return assembleEntities(list, rows) as T[]
  }

  async getMany(): Promise<T[]> {
    return this.#entities(this.#paging())
  }

  async getOne(): Promise<T | null> {
    const take = this.#state.take === 0 ? 0 : 1
    const [first] = await this.#entities({ take, skip: this.#state.skip })
    return first ?? null
  }

  async getCount(): Promise<number> {
    if (this.#error !== undefined) throw this.#error
    const plan = compileQueryPlan(this.#source.registry, this.#state)
    const [row] = await runStatement<{ count: number | bigint }>(
      this.#source.runner(),
      countStatement(plan),
      plan.binder.values,
    )
    return Number(row?.count ?? 0)
  }

  async getManyAndCount(): Promise<[T[], number]> {
    const entities = await this.getMany()
    return [entities, await this.getCount()]
  }

  async getRawMany<R = Row>(): Promise<R[]> {
    const { sql, list, params } = this.#compile("raw", this.#paging())
    const rows = await runStatement<Row>(this.#source.runner(), sql, params)
    return rawRows(list, rows) as R[]
  }

  getQueryAndParameters(): [string, unknown[]] {
    const { sql, params } = this.#compile("entities", this.#paging())
    return [sql, params]
  }
}
