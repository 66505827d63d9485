import type { ModelRegistry } from "../../../dml/metadata/types.js"
import type { RelationLoadStrategy } from "../types.js"
import { AliasGenerator } from "./aliases.js"
import { buildLoadPlan, type LoadNode } from "./field-paths.js"
import type { ResolvedFindConfig } from "./find-config.js"
import { compileOrderBy } from "./order-compiler.js"
import { joinedSelectList } from "./relation-loader-joined.js"
import { selectInPlan, type SelectInPlan } from "./relation-loader-select-in.js"
import { selectColumns } from "./select-compiler.js"
import { quoteIdent } from "./sql-identifiers.js"

/** Alias of the root table in every find statement. */
export const ROOT_ALIAS = "t0"

/** The parameter-free part of a find, compiled once per (model, select, relations, order, flags). */
export interface FindPlan {
  readonly root: LoadNode
  readonly strategy: RelationLoadStrategy
  /** `SELECT <columns and relation subqueries> FROM "<table>" AS t0` */
  readonly selectFrom: string
  /** `t0."id" ASC` */
  readonly orderBy: string
  /** Present for the select-in strategy. */
  readonly selectIn: SelectInPlan | undefined
}

const MAX_PLANS_PER_REGISTRY = 500
const plans = new WeakMap<ModelRegistry, Map<string, FindPlan>>()

function compilePlan(registry: ModelRegistry, entity: string, config: ResolvedFindConfig): FindPlan {
  const root = buildLoadPlan(registry, entity, config)
  const scope = { registry, aliases: new AliasGenerator("t", ROOT_ALIAS), withDeleted: config.withDeleted }
  const orderBy = compileOrderBy(scope, root.meta, ROOT_ALIAS, config.order)
  const selectIn =
    config.strategy === "select-in" && root.children.length > 0
      ? selectInPlan(registry, root, config.withDeleted)
      : undefined
  const columns = selectIn
    ? selectColumns(root, ROOT_ALIAS, selectIn.rootHidden)
    : joinedSelectList(scope, root, ROOT_ALIAS)
  return {
    root,
    strategy: config.strategy,
    selectFrom: `SELECT ${columns.join(", ")} FROM ${quoteIdent(root.meta.tableName)} AS ${ROOT_ALIAS}`,
    orderBy,
    selectIn,
  }
}

/**
 * The compiled plan for a find shape, from a per-registry cache (bounded; the oldest entry goes
 * first). Filters and paging are not part of it: they are bound per call.
 *
 * @example
 * findPlanFor(registry, "BlogPost", validateFindConfig({ relations: ["comments"] })).selectFrom
 * // SELECT t0."id", ..., (SELECT coalesce(json_agg(...), '[]'::json) FROM "comment" AS t1 WHERE ...) AS "comments"
 * //   FROM "blog_post" AS t0
 */
export function findPlanFor(registry: ModelRegistry, entity: string, config: ResolvedFindConfig): FindPlan {
  const key = JSON.stringify([
    entity,
    config.select ?? null,
    config.relations,
    config.order ?? null,
    config.withDeleted,
    config.strategy,
  ])
  let cache = plans.get(registry)
  if (cache === undefined) {
    cache = new Map()
    plans.set(registry, cache)
  }
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const plan = compilePlan(registry, entity, config)
  if (cache.size >= MAX_PLANS_PER_REGISTRY) cache.delete(cache.keys().next().value as string)
  cache.set(key, plan)
  return plan
}
