import type { ModelRegistry } from "../../../dml/metadata/types.js"
import type { Row, SqlContext } from "../types.js"
import { createdRow } from "./created-row.js"
import { compileInsert, groupByShape } from "./insert-compiler.js"
import { planInsert, type InsertNode, type NestedBatch } from "./insert-plan.js"
import { compileAdopt, compilePivotInsert } from "./link-compiler.js"
import { missingIds } from "./not-found.js"
import { rowKey } from "./row-key.js"
import { primaryKeyOf } from "./row-shape.js"
import { atomically, run, type Statement } from "./statement.js"

function attach(rows: Row[], batch: NestedBatch<{ name: string; kind: string }>, created: Row[]): void {
  created.forEach((child, i) => {
    const owner = rows[batch.owners[i] as number]
    if (owner === undefined) return
    if (batch.relation.kind === "hasMany" || batch.relation.kind === "manyToMany") {
      const list = (owner[batch.relation.name] as Row[] | undefined) ?? []
      list.push(child)
      owner[batch.relation.name] = list
    } else {
      owner[batch.relation.name] = child
    }
  })
}

/** One node's rows as created and the statements that insert them. */
interface CompiledNode {
  readonly rows: Row[]
  readonly statements: Statement[]
}

function compileNode(node: InsertNode, at: Date): CompiledNode {
  return {
    rows: node.rows.map((bound) => createdRow(node.entity, bound, at)),
    statements: compileInsert(node.entity, node.rows, at),
  }
}

/** Inserts one node's rows and returns them as created, in input order. */
async function insertNodeRows(ctx: SqlContext, node: InsertNode, compiled: CompiledNode): Promise<Row[]> {
  const { rows } = compiled
  let byKey: Map<string, Row> | undefined
  for (const statement of compiled.statements) {
    for (const returned of await run(ctx, statement)) {
      byKey ??= new Map(rows.map((row) => [rowKey(node.entity, row), row]))
      Object.assign(byKey.get(rowKey(node.entity, returned)) ?? {}, returned)
    }
  }
  return rows
}

/** Resolves once the event loop has turned: statements already issued have reached the socket. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

async function executeNode(
  ctx: SqlContext,
  registry: ModelRegistry,
  node: InsertNode,
  at: Date,
  compiled = compileNode(node, at),
): Promise<Row[]> {
  const parents = []
  for (const batch of node.parents) parents.push({ batch, rows: await executeNode(ctx, registry, batch.node, at) })

  const inserting = insertNodeRows(ctx, node, compiled)
  let children: CompiledNode[] = []
  if (node.children.length > 0) {
    // The children's statements are built while PostgreSQL inserts this level (they are sent after it).
    inserting.catch(() => undefined)
    await nextTurn()
    children = node.children.map((batch) => compileNode(batch.node, at))
  }
  const rows = await inserting
  for (const { batch, rows: created } of parents) attach(rows, batch, created)

  for (const [i, batch] of node.children.entries()) {
    attach(rows, batch, await executeNode(ctx, registry, batch.node, at, children[i]))
  }

  const sourceKey = primaryKeyOf(node.entity).name
  const idOf = (index: number): string => String(rows[index]?.[sourceKey])
  for (const { relation, pairs } of node.adopted) {
    if (pairs.length === 0) continue
    const target = registry.get(relation.target)
    const statement = compileAdopt(
      node.entity,
      target,
      relation,
      pairs.map(([owner, id]) => [idOf(owner), id] as const),
    )
    const found = new Set((await run(ctx, statement)).map((row) => String(row[primaryKeyOf(target).name])))
    const missing = pairs.map(([, id]) => id).filter((id) => !found.has(id))
    if (missing.length > 0) throw missingIds(target, missing)
  }

  for (const { batch, created } of node.pivots) {
    if (created !== undefined) attach(rows, created, await executeNode(ctx, registry, created.node, at))
    if (batch.pairs.length === 0) continue
    const target = registry.get(batch.relation.target)
    const pairs = batch.pairs.map(([owner, id]) => [idOf(owner), id] as const)
    await run(ctx, compilePivotInsert(node.entity, target, batch.relation, pairs))
  }
  return rows
}

/**
 * Creates rows, nested relations included, with one INSERT per entity and relation level (per
 * shape of row, see `compileInsert`), each column sent as one array. Everything is validated before
 * the first statement; several statements run in one transaction. Returns the created rows in input
 * order, nested children attached under their relation names; they are built from the bound values
 * (`createdRow`), `created_at`/`updated_at` set to the instant of the call, as MikroORM does.
 *
 * @example
 * await insertRows(ctx, "BlogPost", [{ title: "Hi", slug: "hi", comments: [{ body: "a" }, { body: "b" }] }])
 * // INSERT INTO "blog_post" ("id", "title", "slug", ..., "created_at", "updated_at") SELECT u.c0, ..., $5::timestamptz, $5::timestamptz FROM unnest($1::text[], ...) AS u(c0, ...)
 * // INSERT INTO "comment" ("id", "body", "blog_post_id", "created_at", "updated_at")
 * //   SELECT u.c0, u.c1, u.c2, $4::timestamptz, $4::timestamptz FROM unnest($1::text[], $2::text[], $3::text[]) AS u(c0, c1, c2)
 * // -> [{ id: "bp_01J...", title: "Hi", ..., comments: [{ id: "com_01J...", body: "a", ... }, ...] }]
 */
export async function insertRows(ctx: SqlContext, entityName: string, data: Row[]): Promise<Row[]> {
  if (data.length === 0) return []
  const plan = planInsert(ctx.registry, ctx.registry.get(entityName), data)
  const at = new Date()
  const single = plan.parents.length + plan.children.length + plan.adopted.length + plan.pivots.length === 0
  if (single && groupByShape(plan.rows).length === 1) return executeNode(ctx, ctx.registry, plan, at)
  return atomically(ctx, (tx) => executeNode(tx, ctx.registry, plan, at))
}
