import type { ModelRegistry, PropertyMetadata } from "../../dml/metadata/types.js"
import { invalidData } from "../../errors/factories.js"
import { columnOf, columnsOf, requireEntity } from "../sql/read/metadata-lookup.js"
import { conjunction, softDeleteGuard } from "../sql/read/soft-delete.js"
import { qualified, quoteIdent } from "../sql/read/sql-identifiers.js"
import { AliasScope, type AliasEntry } from "./alias-scope.js"
import { compileFragment } from "./fragment-parser.js"
import { joinResolverFor, type JoinSpec } from "./join-resolver.js"
import { orderTerms, type OrderTerm } from "./order-terms.js"
import { ParameterBinder } from "./parameter-binder.js"
import type { JoinDeclaration, QueryState } from "./query-state.js"

/** An alias as compiled: where it hangs in the tree and what it returns. */
export interface PlannedAlias extends AliasEntry {
  /** Undefined for the root. */
  readonly parent: PlannedAlias | undefined
  /** How it was joined; undefined for the root. */
  readonly spec: JoinSpec | undefined
  /** Returned on the entities (root, `...AndSelect` joins). */
  readonly select: boolean
  /** Columns returned (all columns when selected, none otherwise). */
  readonly columns: readonly PropertyMetadata[]
  /** `t1."id"` ...: the primary key expressions. */
  readonly keys: readonly string[]
  /** Selected joins under this alias, in declaration order. */
  readonly children: PlannedAlias[]
}

/** A query builder's state compiled once for one statement. */
export interface QueryPlan {
  readonly root: PlannedAlias
  /** Root first, then joins in declaration order. */
  readonly aliases: readonly PlannedAlias[]
  /** `"products" AS t0 INNER JOIN "product_variant" AS t1 ON ...` */
  readonly from: string
  /** Soft-delete guard of the root and the caller's conditions. */
  readonly where: string
  readonly order: readonly OrderTerm[]
  /** Some join can return several rows per root: paging and counting work on distinct roots. */
  readonly multiplies: boolean
  readonly binder: ParameterBinder
}

const PATH = /^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$/

function planned(
  entry: AliasEntry,
  parent: PlannedAlias | undefined,
  spec: JoinSpec | undefined,
  select: boolean,
): PlannedAlias {
  return {
    ...entry,
    parent,
    spec,
    select,
    columns: select ? columnsOf(entry.meta) : [],
    keys: entry.meta.primaryKeys.map((key) => qualified(entry.sqlAlias, columnOf(entry.meta, key))),
    children: [],
  }
}

function joinSql(
  join: JoinDeclaration,
  alias: PlannedAlias,
  parent: PlannedAlias,
  state: QueryState,
  scope: AliasScope,
  binder: ParameterBinder,
): string {
  const spec = alias.spec as JoinSpec
  const source = spec.source(parent.sqlAlias, alias.sqlAlias, state.withDeleted)
  const condition = join.condition === undefined ? undefined : `(${compileFragment(join.condition, scope, binder)})`
  const on = conjunction([source.on, softDeleteGuard(alias.meta, alias.sqlAlias, state.withDeleted), condition])
  return ` ${join.kind} JOIN ${source.compound ? `(${source.from})` : source.from} ON ${on}`
}

function resolveJoin(
  registry: ModelRegistry,
  join: JoinDeclaration,
  scope: AliasScope,
  planByAlias: Map<string, PlannedAlias>,
): PlannedAlias {
  const match = typeof join.path === "string" ? PATH.exec(join.path) : null
  if (match === null) {
    throw invalidData(
      `Join path ${JSON.stringify(join.path)} must be "<alias>.<relation>", e.g. "product.variants"; known aliases: ${scope.known()}`,
    )
  }
  const [, parentAlias = "", relationName = ""] = match
  scope.require(parentAlias, `join path "${join.path}"`)
  const parent = planByAlias.get(parentAlias) as PlannedAlias
  const spec = joinResolverFor(registry)(parent.meta, relationName)
  if (spec === undefined) {
    throw invalidData(
      `Unknown relation "${relationName}" of alias "${parentAlias}" (${parent.meta.name}) in join path "${join.path}"; known relations: ${[...parent.meta.relations.keys()].join(", ") || "none"}`,
    )
  }
  if (join.select && !parent.select) {
    throw invalidData(
      `Cannot select "${join.alias}" (join path "${join.path}"): its parent alias "${parentAlias}" is joined without select; use innerJoinAndSelect/leftJoinAndSelect for "${parentAlias}" too`,
    )
  }
  const alias = planned(scope.add(join.alias, spec.target), parent, spec, join.select)
  if (join.select) parent.children.push(alias)
  return alias
}

function combinedWhere(state: QueryState, scope: AliasScope, binder: ParameterBinder): string | undefined {
  if (state.wheres.length === 0) return undefined
  if (state.wheres.length === 1) return `(${compileFragment(state.wheres[0]?.fragment, scope, binder)})`
  const parts = state.wheres.map((where, index) => {
    const sql = `(${compileFragment(where.fragment, scope, binder)})`
    return index === 0 ? sql : `${where.connector} ${sql}`
  })
  return `(${parts.join(" ")})`
}

/**
 * Compiles a query builder's state: aliases resolved to models, joins to SQL (soft-delete guard
 * of each joined level in its ON clause), fragments to columns and placeholders, order terms.
 * Every name a caller wrote is checked here; errors are `invalid_data` naming it.
 *
 * @example
 * compileQueryPlan(registry, state).from
 * // "products" AS t0 INNER JOIN "product_variant" AS t1 ON t1."product_id" = t0."id" AND t1."deleted_at" IS NULL
 */
export function compileQueryPlan(registry: ModelRegistry, state: QueryState): QueryPlan {
  const scope = new AliasScope()
  const rootMeta = requireEntity(registry, state.entityName)
  const root = planned(scope.add(state.alias, rootMeta), undefined, undefined, true)
  const binder = new ParameterBinder(state.parameters)
  const aliases: PlannedAlias[] = [root]
  const planByAlias = new Map([[root.alias, root]])
  let from = `${quoteIdent(rootMeta.tableName)} AS ${root.sqlAlias}`
  for (const join of state.joins) {
    const alias = resolveJoin(registry, join, scope, planByAlias)
    from += joinSql(join, alias, alias.parent as PlannedAlias, state, scope, binder)
    aliases.push(alias)
    planByAlias.set(alias.alias, alias)
  }
  const where = conjunction([
    softDeleteGuard(rootMeta, root.sqlAlias, state.withDeleted),
    combinedWhere(state, scope, binder),
  ])
  return {
    root,
    aliases,
    from,
    where,
    order: orderTerms(scope, state.orders),
    multiplies: aliases.some((alias) => alias.spec !== undefined && !alias.spec.singleRow),
    binder,
  }
}
