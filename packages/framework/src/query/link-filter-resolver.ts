import { AliasGenerator } from "../modules/sql/read/aliases.js"
import { columnOf } from "../modules/sql/read/metadata-lookup.js"
import { qualified, quoteIdent } from "../modules/sql/read/sql-identifiers.js"
import { isPlainObject } from "../modules/sql/read/value-shapes.js"
import { FIELD_OPERATORS } from "../modules/sql/read/field-condition.js"
import type { GraphEdge, GraphEntity } from "./graph-schema.js"
import { managerOf, runPrepared, type GraphRuntime } from "./graph-runtime.js"
import { compileGraphWhere } from "./graph-where.js"

const OPERATORS: ReadonlySet<string> = new Set(FIELD_OPERATORS)
type Filters = Record<string, unknown>

const primaryKey = (entity: GraphEntity): string => entity.meta.primaryKeys[0] as string

/** Values of `property` of the rows of `entity` matching `filters` (already free of links). */
async function valuesOf(
  runtime: GraphRuntime,
  entity: GraphEntity,
  filters: Filters,
  property: string,
): Promise<unknown[]> {
  const scope = { schema: runtime.schema, params: [], aliases: new AliasGenerator("q", "t0"), database: entity.group }
  const where = compileGraphWhere(scope, entity, "t0", filters, false)
  const column = qualified("t0", columnOf(entity.meta, property))
  const sql = `SELECT DISTINCT ${column} AS "v" FROM ${quoteIdent(entity.meta.tableName)} AS t0 WHERE ${where}`
  const rows = await runPrepared(managerOf(runtime, entity.group), sql, scope.params)
  return rows.map((row) => row["v"]).filter((value) => value !== null)
}

/** Source keys paired, in live link rows, with any of `targetKeys`. */
async function linkedSources(
  runtime: GraphRuntime,
  edge: GraphEdge & { kind: "linkTable" },
  targetKeys: unknown[] | undefined,
) {
  const table = quoteIdent(edge.table)
  const where = targetKeys === undefined ? "" : ` AND ${quoteIdent(edge.targetColumn)} = ANY($1)`
  const sql = `SELECT DISTINCT ${quoteIdent(edge.sourceColumn)} AS "v" FROM ${table} WHERE "deleted_at" IS NULL${where}`
  const rows = await runPrepared(
    managerOf(runtime, runtime.schema.linkGroup),
    sql,
    targetKeys === undefined ? [] : [targetKeys],
  )
  return rows.map((row) => row["v"])
}

class LinkFilterResolver {
  constructor(private readonly runtime: GraphRuntime) {}

  /** The condition on the source that a condition on a link stands for. */
  async link(edge: GraphEdge, value: unknown): Promise<Filters | undefined> {
    const target = edge.target
    let targetFilter: Filters
    if (value === null) targetFilter = {}
    else if (isPlainObject(value) && !Object.keys(value).some((key) => OPERATORS.has(key))) {
      if (!Object.values(value).some((item) => item !== undefined)) return undefined
      targetFilter = await this.filters(target, value)
    } else targetFilter = { [primaryKey(target)]: value }
    const negate = value === null
    if (edge.kind === "columnLink") {
      const keys = await valuesOf(this.runtime, target, targetFilter, edge.targetKey)
      return { [edge.sourceKey]: negate ? { $nin: keys } : { $in: keys } }
    }
    if (edge.kind !== "linkTable") return undefined
    const targetKeys = await valuesOf(this.runtime, target, targetFilter, primaryKey(target))
    const sources = await linkedSources(this.runtime, edge, targetKeys)
    return { [primaryKey(edge.source)]: negate ? { $nin: sources } : { $in: sources } }
  }

  /** `filters` with every condition on a link replaced by a condition on the source's own keys. */
  async filters(entity: GraphEntity, filters: Filters): Promise<Filters> {
    const { schema } = this.runtime
    const result: Filters = {}
    const extra: Filters[] = []
    for (const [key, value] of Object.entries(filters)) {
      if (value === undefined) continue
      const edge = entity.meta.properties.has(key) ? undefined : schema.edges(entity).get(key)
      const shortcut = schema.shortcuts(entity).get(key)
      if (edge?.kind === "relation") {
        result[key] = isPlainObject(value) ? await this.filters(edge.target, value) : value
      } else if (edge !== undefined) {
        const condition = await this.link(edge, value)
        if (condition !== undefined) extra.push(condition)
      } else if (shortcut !== undefined) {
        const [first, ...rest] = shortcut as [string, ...string[]]
        const nested = rest.reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), value)
        extra.push(await this.filters(entity, { [first]: nested }))
      } else if ((key === "$and" || key === "$or") && Array.isArray(value)) {
        result[key] = await Promise.all(
          value.map((item: unknown) => (isPlainObject(item) ? this.filters(entity, item) : item)),
        )
      } else if (key === "$not" && isPlainObject(value)) {
        result[key] = await this.filters(entity, value)
      } else result[key] = value
    }
    if (extra.length === 0) return result
    return { $and: [result, ...extra] }
  }
}

/**
 * For modules on different databases: rewrites conditions on linked rows (at any depth, in
 * `$and`/`$or`/`$not` too) into conditions on the source's own keys, by looking the matching
 * targets and link rows up first, one batched statement per link. The result only has the
 * module's own fields and relations, so the root page is still filtered, counted and paginated
 * in SQL.
 *
 * @example
 * await resolveLinkFilters(runtime, product, { title: "Shirt", brand: { name: "Acme" } })
 * // SELECT DISTINCT t0."id" AS "v" FROM "brand" AS t0 WHERE ... AND t0."name" = $1           -> ["brand_1"]
 * // SELECT DISTINCT "product_id" AS "v" FROM "product_product_brand_brand" WHERE ... = ANY($1) -> ["prod_1"]
 * // -> { $and: [{ title: "Shirt" }, { id: { $in: ["prod_1"] } }] }
 */
export function resolveLinkFilters(runtime: GraphRuntime, entity: GraphEntity, filters: Filters): Promise<Filters> {
  return new LinkFilterResolver(runtime).filters(entity, filters)
}
