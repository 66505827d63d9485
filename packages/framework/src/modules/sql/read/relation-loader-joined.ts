import type { ModelRegistry } from "../../../dml/metadata/types.js"
import type { AliasGenerator } from "./aliases.js"
import type { LoadNode } from "./field-paths.js"
import { isToMany } from "./metadata-lookup.js"
import { compileOrderBy, toOneLimit } from "./order-compiler.js"
import { relationSource } from "./relation-source.js"
import { relationOf, selectColumns } from "./select-compiler.js"
import { conjunction, softDeleteGuard } from "./soft-delete.js"
import { qualified, quoteIdent } from "./sql-identifiers.js"

/** What joined compilation needs besides the load tree. */
export interface JoinedScope {
  readonly registry: ModelRegistry
  readonly aliases: AliasGenerator
  readonly withDeleted: boolean
}

/** PostgreSQL functions take at most 100 arguments: longer rows concatenate jsonb arrays of 100. */
const VALUES_PER_ARRAY = 100

/**
 * One loaded row as a JSON array: its columns, then its relations, in load-tree order (no keys to
 * build and send per row; `hydrateJoinedRows` reads it back by position).
 */
function arrayExpression(scope: JoinedScope, node: LoadNode, alias: string): string {
  const values = node.columns.map((property) => qualified(alias, property.columnName))
  for (const child of node.children) values.push(relationExpression(scope, node, child, alias))
  if (values.length <= VALUES_PER_ARRAY) return `json_build_array(${values.join(", ")})`
  const chunks: string[] = []
  for (let start = 0; start < values.length; start += VALUES_PER_ARRAY) {
    chunks.push(`jsonb_build_array(${values.slice(start, start + VALUES_PER_ARRAY).join(", ")})`)
  }
  return `(${chunks.join(" || ")})::json`
}

/**
 * A correlated subquery returning one loaded relation as JSON: a row array (or NULL) for a to-one
 * relation, an array of row arrays (`[]` when empty) for a to-many one, ordered by the nested
 * order, then the child's primary key. Nested relations nest as further subqueries, so the whole
 * tree is one statement and each root row stays one row (no cartesian product).
 *
 * @example
 * relationExpression(scope, postNode, commentsNode, "t0")
 * // (SELECT coalesce(json_agg(json_build_array(t1."id", t1."body") ORDER BY t1."id" ASC), '[]'::json)
 * //  FROM "comment" AS t1 WHERE t1."blog_post_id" = t0."id" AND t1."deleted_at" IS NULL)
 */
export function relationExpression(scope: JoinedScope, parent: LoadNode, child: LoadNode, parentAlias: string): string {
  const relation = relationOf(child)
  const alias = scope.aliases.next()
  const source = relationSource(parent.meta, child.meta, relation, parentAlias, alias)
  const where = conjunction([source.join, softDeleteGuard(child.meta, alias, scope.withDeleted)])
  const row = arrayExpression(scope, child, alias)
  if (!isToMany(relation)) {
    return `(SELECT ${row} FROM ${source.from} WHERE ${where}${toOneLimit(child.meta, relation, alias)})`
  }
  const order = compileOrderBy(scope, child.meta, alias, child.order)
  return `(SELECT coalesce(json_agg(${row} ORDER BY ${order}), '[]'::json) FROM ${source.from} WHERE ${where})`
}

/**
 * The root select list for the joined strategy: the root columns, then one JSON subquery per
 * loaded relation, named after the relation.
 *
 * @example
 * joinedSelectList(scope, postNode, "t0")
 * // ['t0."id"', 't0."title"', '(SELECT coalesce(json_agg(...), \'[]\'::json) FROM "comment" AS t1 WHERE ...) AS "comments"']
 */
export function joinedSelectList(scope: JoinedScope, root: LoadNode, alias: string): string[] {
  const list = selectColumns(root, alias)
  for (const child of root.children) {
    list.push(`${relationExpression(scope, root, child, alias)} AS ${quoteIdent(relationOf(child).name)}`)
  }
  return list
}
