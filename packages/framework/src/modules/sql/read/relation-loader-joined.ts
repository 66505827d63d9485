import type { ModelRegistry } from "../../../dml/metadata/types.js"
import type { AliasGenerator } from "./aliases.js"
import type { LoadNode } from "./field-paths.js"
import { isToMany } from "./metadata-lookup.js"
import { compileOrderBy, toOneLimit } from "./order-compiler.js"
import { relationSource } from "./relation-source.js"
import { relationOf, selectColumns } from "./select-compiler.js"
import { conjunction, softDeleteGuard } from "./soft-delete.js"
import { qualified, quoteIdent, stringLiteral } from "./sql-identifiers.js"

/** What joined compilation needs besides the load tree. */
export interface JoinedScope {
  readonly registry: ModelRegistry
  readonly aliases: AliasGenerator
  readonly withDeleted: boolean
}

/** PostgreSQL functions take at most 100 arguments: 50 key/value pairs per json_build_object. */
const PAIRS_PER_OBJECT = 50

function objectExpression(scope: JoinedScope, node: LoadNode, alias: string): string {
  const pairs = node.columns.map(
    (property) => `${stringLiteral(property.name)}, ${qualified(alias, property.columnName)}`,
  )
  for (const child of node.children) {
    pairs.push(`${stringLiteral(relationOf(child).name)}, ${relationExpression(scope, node, child, alias)}`)
  }
  if (pairs.length <= PAIRS_PER_OBJECT) return `json_build_object(${pairs.join(", ")})`
  const chunks: string[] = []
  for (let start = 0; start < pairs.length; start += PAIRS_PER_OBJECT) {
    chunks.push(`jsonb_build_object(${pairs.slice(start, start + PAIRS_PER_OBJECT).join(", ")})`)
  }
  return `(${chunks.join(" || ")})::json`
}

/**
 * A correlated subquery returning one loaded relation as JSON: an object (or NULL) for a to-one
 * relation, an array (`[]` when empty) for a to-many one, ordered by the nested order, then the
 * child's primary key. Nested relations nest as further subqueries, so the whole tree is one
 * statement and each root row stays one row (no cartesian product).
 *
 * @example
 * relationExpression(scope, postNode, commentsNode, "t0")
 * // (SELECT coalesce(json_agg(json_build_object('id', t1."id", 'body', t1."body") ORDER BY t1."id" ASC), '[]'::json)
 * //  FROM "comment" AS t1 WHERE t1."blog_post_id" = t0."id" AND t1."deleted_at" IS NULL)
 */
export function relationExpression(scope: JoinedScope, parent: LoadNode, child: LoadNode, parentAlias: string): string {
  const relation = relationOf(child)
  const alias = scope.aliases.next()
  const source = relationSource(parent.meta, child.meta, relation, parentAlias, alias)
  const where = conjunction([source.join, softDeleteGuard(child.meta, alias, scope.withDeleted)])
  const object = objectExpression(scope, child, alias)
  if (!isToMany(relation)) {
    return `(SELECT ${object} FROM ${source.from} WHERE ${where}${toOneLimit(child.meta, relation, alias)})`
  }
  const order = compileOrderBy(scope, child.meta, alias, child.order)
  return `(SELECT coalesce(json_agg(${object} ORDER BY ${order}), '[]'::json) FROM ${source.from} WHERE ${where})`
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
