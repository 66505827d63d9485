import type { ModelRegistry, PropertyMetadata } from "../../../dml/metadata/types.js"
import type { Row, SqlContext } from "../types.js"
import { AliasGenerator } from "./aliases.js"
import type { LoadNode } from "./field-paths.js"
import { isToMany } from "./metadata-lookup.js"
import { compileOrderBy, toOneOrder } from "./order-compiler.js"
import { relationSource } from "./relation-source.js"
import { runRead } from "./run-read.js"
import { relationOf, selectColumns } from "./select-compiler.js"
import { conjunction, softDeleteGuard } from "./soft-delete.js"
import { quoteIdent } from "./sql-identifiers.js"

/** Output name of the correlation key in child statements (never a property: it starts with `__`). */
const PARENT_KEY = "__stratum_parent"

/** One relation level loaded by its own statement. */
export interface SelectInLevel {
  readonly name: string
  readonly toMany: boolean
  /** Parent property matched against the children's correlation key. */
  readonly parentKey: string
  /** `SELECT ... WHERE <child key> = ANY($1) ...` */
  readonly sql: string
  /** Columns fetched only for joining, removed from the child rows afterwards. */
  readonly hidden: readonly string[]
  readonly children: readonly SelectInLevel[]
}

/** Everything the select-in strategy needs, compiled once per find shape. */
export interface SelectInPlan {
  /** Join keys the root statement must fetch beyond the selected columns. */
  readonly rootHidden: readonly PropertyMetadata[]
  readonly levels: readonly SelectInLevel[]
}

/** Parent keys `node`'s children need that `node` does not select. */
function keysNeeded(node: LoadNode): PropertyMetadata[] {
  const needed: PropertyMetadata[] = []
  for (const child of node.children) {
    const relation = relationOf(child)
    const key = relation.kind !== "manyToMany" && relation.owner ? relation.foreignKey : relation.sourceKey
    const property = node.meta.properties.get(key)
    if (property !== undefined && !node.columns.includes(property) && !needed.includes(property)) needed.push(property)
  }
  return needed
}

function level(registry: ModelRegistry, parent: LoadNode, node: LoadNode, withDeleted: boolean): SelectInLevel {
  const relation = relationOf(node)
  const alias = "s0"
  const scope = { registry, aliases: new AliasGenerator("s", alias), withDeleted }
  const source = relationSource(parent.meta, node.meta, relation, "parent", alias)
  const hidden = keysNeeded(node)
  const columns = [`${source.childKey} AS ${quoteIdent(PARENT_KEY)}`, ...selectColumns(node, alias, hidden)]
  const where = conjunction([`${source.childKey} = ANY($1)`, softDeleteGuard(node.meta, alias, withDeleted)])
  const order = isToMany(relation)
    ? ` ORDER BY ${compileOrderBy(scope, node.meta, alias, node.order)}`
    : toOneOrder(node.meta, relation, alias)
  return {
    name: relation.name,
    toMany: isToMany(relation),
    parentKey: source.parentKey,
    sql: `SELECT ${columns.join(", ")} FROM ${source.from} WHERE ${where}${order}`,
    hidden: [PARENT_KEY, ...hidden.map((property) => property.name)],
    children: node.children.map((grandchild) => level(registry, node, grandchild, withDeleted)),
  }
}

/**
 * Compiles the select-in strategy for a load tree: the join keys the root must fetch and one
 * statement per relation level, each taking the parents' keys as `$1`.
 *
 * @example
 * selectInPlan(registry, postNode, false).levels[0].sql
 * // SELECT s0."blog_post_id" AS "__stratum_parent", s0."id", s0."body" FROM "comment" AS s0
 * //   WHERE s0."blog_post_id" = ANY($1) AND s0."deleted_at" IS NULL ORDER BY s0."id" ASC
 */
export function selectInPlan(registry: ModelRegistry, root: LoadNode, withDeleted: boolean): SelectInPlan {
  return {
    rootHidden: keysNeeded(root),
    levels: root.children.map((child) => level(registry, root, child, withDeleted)),
  }
}

function distinctKeys(rows: readonly Row[], key: string): unknown[] {
  const keys = new Set<unknown>()
  for (const row of rows) {
    const value = row[key]
    if (value !== null && value !== undefined) keys.add(value)
  }
  return [...keys]
}

async function loadLevel(ctx: SqlContext, level: SelectInLevel, parents: readonly Row[]): Promise<void> {
  const keys = distinctKeys(parents, level.parentKey)
  const children = keys.length === 0 ? [] : await runRead<Row>(ctx, level.sql, [keys])
  await loadLevels(ctx, level.children, children)
  const byParent = new Map<unknown, Row[]>()
  for (const child of children) {
    const key = child[PARENT_KEY]
    for (const name of level.hidden) delete child[name]
    const group = byParent.get(key)
    if (group === undefined) byParent.set(key, [child])
    else group.push(child)
  }
  for (const parent of parents) {
    const group = byParent.get(parent[level.parentKey])
    parent[level.name] = level.toMany ? [...(group ?? [])] : (group?.[0] ?? null)
  }
}

function loadLevels(ctx: SqlContext, levels: readonly SelectInLevel[], parents: readonly Row[]): Promise<unknown> {
  // Relation keys appear in load-tree order, as in the joined strategy, whichever statement ends first.
  for (const parent of parents) for (const level of levels) parent[level.name] = null
  return Promise.all(levels.map((level) => loadLevel(ctx, level, parents)))
}

/**
 * Loads the relations of `rows` level by level, one statement per relation level with
 * `WHERE key = ANY($1)` (none when no parent has a key), then removes the join keys the caller
 * did not select. Sibling relations load concurrently.
 *
 * @example
 * const rows = await runRead(ctx, 'SELECT t0."id", t0."title" FROM "blog_post" AS t0 ...', [])
 * await loadSelectIn(ctx, plan, rows) // rows[0].comments = [{ id: "com_1", ... }]
 */
export async function loadSelectIn(ctx: SqlContext, plan: SelectInPlan, rows: Row[]): Promise<Row[]> {
  await loadLevels(ctx, plan.levels, rows)
  for (const row of rows) for (const property of plan.rootHidden) delete row[property.name]
  return rows
}
