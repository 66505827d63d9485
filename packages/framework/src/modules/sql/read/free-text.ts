import type { EntityMetadata } from "../../../dml/metadata/types.js"
import { invalidData } from "../../../errors/factories.js"
import { requireEntity } from "./metadata-lookup.js"
import { relationSource } from "./relation-source.js"
import { conjunction, softDeleteGuard } from "./soft-delete.js"
import { qualified } from "./sql-identifiers.js"
import { describeValue } from "./value-shapes.js"
import { bind, group, type WhereScope } from "./where-scope.js"

/** `%`, `_` and `\` in a search token match literally. */
function likeToken(token: string): string {
  return `%${token.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}

function matches(
  scope: WhereScope,
  meta: EntityMetadata,
  alias: string,
  placeholder: string,
  visited: ReadonlySet<string>,
): string[] {
  const parts: string[] = []
  for (const name of meta.searchableFields) {
    const property = meta.properties.get(name)
    if (property === undefined || property.computed) continue
    const column = qualified(alias, property.columnName)
    parts.push(`${property.columnType === "text" ? column : `${column}::text`} ILIKE ${placeholder}`)
  }
  for (const name of meta.searchableRelations) {
    const relation = meta.relations.get(name)
    if (relation === undefined || visited.has(relation.target)) continue
    const target = requireEntity(scope.registry, relation.target)
    const child = scope.aliases.next()
    const inner = matches(scope, target, child, placeholder, new Set([...visited, target.name]))
    if (inner.length === 0) continue
    const source = relationSource(meta, target, relation, alias, child)
    const where = conjunction([
      source.join,
      softDeleteGuard(target, child, scope.withDeleted),
      group(inner, "OR", "FALSE"),
    ])
    parts.push(`EXISTS (SELECT 1 FROM ${source.from} WHERE ${where})`)
  }
  return parts
}

/**
 * Compiles Medusa's free-text `q`: whitespace-separated tokens, AND across tokens, and per token
 * an OR of `ILIKE '%token%'` over the searchable fields (non-text cast to text) and, through
 * EXISTS, over searchable relations, recursively, skipping models already on the path.
 * Returns `undefined` when `q` is blank or nothing is searchable.
 *
 * @example
 * compileFreeText(scope, postMeta, "t0", "alice hello")
 * // (t0."title" ILIKE $1 OR EXISTS (SELECT 1 FROM "author" AS w1 WHERE w1."id" = t0."author_id"
 * //   AND w1."deleted_at" IS NULL AND w1."name" ILIKE $1)) AND (t0."title" ILIKE $2 OR EXISTS (...))
 */
export function compileFreeText(
  scope: WhereScope,
  meta: EntityMetadata,
  alias: string,
  q: unknown,
): string | undefined {
  if (q === undefined || q === null) return undefined
  if (typeof q !== "string") throw invalidData(`Expected a string for q, got ${describeValue(q)}`)
  const tokens = q.split(/\s+/).filter((token) => token !== "")
  const perToken: string[] = []
  for (const token of tokens) {
    const mark = scope.params.length
    const parts = matches(scope, meta, alias, `$${mark + 1}`, new Set([meta.name]))
    if (parts.length === 0) return undefined
    bind(scope, likeToken(token))
    perToken.push(group(parts, "OR", "FALSE"))
  }
  return perToken.length === 0 ? undefined : perToken.join(" AND ")
}
