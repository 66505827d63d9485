import type { EntityMetadata } from "../../../dml/metadata/types.js"
import type { Row } from "../types.js"
import { MAX_PARAMS, ParamList, quoteIdent, tableOf, type Statement } from "./statement.js"
import type { Assignment } from "./update-plan.js"

function castOf(entity: EntityMetadata, column: string): string {
  return entity.properties.get(column)?.columnType ?? "text"
}

/** `SET` items reading each assigned value through `read(assignment, part)`. */
function setList(
  assignments: readonly Assignment[],
  read: (index: number, part: "value" | "remove") => string,
): string {
  const items = assignments.map((assignment, index) => {
    const column = quoteIdent(assignment.column)
    if (assignment.mode === "set") return `${column} = ${read(index, "value")}`
    return `${column} = (COALESCE(t.${column}, '{}'::jsonb) || ${read(index, "value")}) - ${read(index, "remove")}`
  })
  if (!assignments.some((assignment) => assignment.column === "updated_at")) items.push(`"updated_at" = now()`)
  return items.join(", ")
}

function bind(entity: EntityMetadata, params: ParamList, assignment: Assignment, part: "value" | "remove"): string {
  if (assignment.mode === "set") return params.add(assignment.value, castOf(entity, assignment.column))
  return part === "value" ? params.add(assignment.merge, "jsonb") : params.add(assignment.remove, "text[]")
}

/**
 * One UPDATE of every row matching a selector, all getting the same assignments.
 *
 * @example
 * compileSelectorUpdate(BlogPost, [{ column: "status", mode: "set", value: "published" }], (params) => `t."views" > ${params.add(10)}`)
 * // UPDATE "blog_post" AS t SET "status" = $1::text, "updated_at" = now() WHERE t."views" > $2 RETURNING t.*
 */
export function compileSelectorUpdate(
  entity: EntityMetadata,
  assignments: readonly Assignment[],
  where: (params: ParamList) => string,
): Statement {
  const params = new ParamList()
  const set = setList(assignments, (index, part) => bind(entity, params, assignments[index] as Assignment, part))
  return {
    sql: `UPDATE ${tableOf(entity)} AS t SET ${set} WHERE ${where(params)} RETURNING t.*`,
    params: params.values,
  }
}

/**
 * UPDATEs of rows by primary key that share the same assignments: the values travel in a
 * `VALUES` list joined on the key (chunked under the parameter limit). Soft-deleted rows are not
 * updated, so they come back missing.
 *
 * @example
 * compileUpdateById(BlogPost, [{ id: "bp_1", title: "A" }, { id: "bp_2", title: "B" }], [["A"], ["B"]], assignments)
 * // UPDATE "blog_post" AS t SET "title" = v.c0, "updated_at" = now()
 * //   FROM (VALUES ($1::text, $2::text), ($3::text, $4::text)) AS v(k0, c0)
 * //   WHERE t."id" = v.k0 AND t."deleted_at" IS NULL RETURNING t.*
 */
export function compileUpdateById(
  entity: EntityMetadata,
  keys: readonly Row[],
  updates: ReadonlyArray<readonly Assignment[]>,
): Statement[] {
  const first = updates[0] ?? []
  const parts = first.flatMap((assignment, index) =>
    assignment.mode === "set"
      ? [{ index, part: "value" as const }]
      : [
          { index, part: "value" as const },
          { index, part: "remove" as const },
        ],
  )
  const columns = [
    ...entity.primaryKeys.map((_, i) => `k${i}`),
    ...parts.map(({ index, part }) => `c${index}${part === "remove" ? "r" : ""}`),
  ]
  const set = setList(first, (index, part) => `v.c${index}${part === "remove" ? "r" : ""}`)
  const match = entity.primaryKeys.map((key, i) => `t.${quoteIdent(key)} = v.k${i}`).join(" AND ")
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / columns.length))
  const statements: Statement[] = []
  for (let start = 0; start < keys.length; start += perChunk) {
    const params = new ParamList()
    const tuples = keys.slice(start, start + perChunk).map((key, offset) => {
      const assignments = updates[start + offset] ?? []
      const cells = [
        ...entity.primaryKeys.map((pk) => params.add(key[pk], castOf(entity, pk))),
        ...parts.map(({ index, part }) => bind(entity, params, assignments[index] as Assignment, part)),
      ]
      return `(${cells.join(", ")})`
    })
    statements.push({
      sql:
        `UPDATE ${tableOf(entity)} AS t SET ${set} FROM (VALUES ${tuples.join(", ")}) AS v(${columns.join(", ")}) ` +
        `WHERE ${match} AND t."deleted_at" IS NULL RETURNING t.*`,
      params: params.values,
    })
  }
  return statements
}
