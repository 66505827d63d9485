import type { EntityMetadata, PropertyMetadata } from "../../../dml/metadata/types.js"
import { columnsOf } from "../read/metadata-lookup.js"
import type { Row } from "../types.js"
import { arrayLiteral } from "./array-literal.js"
import { CREATE_TIMESTAMPS, isDecidedByDatabase } from "./created-row.js"
import { ParamList, quoteIdent, tableOf, type Statement } from "./statement.js"

const JSON_TYPES = new Set(["json", "jsonb"])

/** The properties a row sets, in their order: rows of one shape share one statement. */
function shapeOf(row: Row): string {
  return Object.keys(row).join("\u0000")
}

/** The columns an INSERT of rows of one shape lists: the ones they set, plus the timestamps. */
function insertColumns(entity: EntityMetadata, row: Row): PropertyMetadata[] {
  return columnsOf(entity).filter(
    (property) => CREATE_TIMESTAMPS.has(property.name) || Object.hasOwn(row, property.name),
  )
}

/**
 * The `RETURNING` clause of rows of one shape: the primary key and the columns the database
 * decides, or nothing when the bound values say it all (see `createdRow`).
 */
function returningOf(entity: EntityMetadata, first: Row): string {
  const decided = [...entity.properties.values()].filter((property) => isDecidedByDatabase(property, first))
  if (decided.length === 0) return ""
  const keys = entity.primaryKeys.map((key) => entity.properties.get(key)?.columnName ?? key)
  const columns = [...keys, ...decided.map((property) => property.columnName)]
  return ` RETURNING ${columns.map(quoteIdent).join(", ")}`
}

/**
 * One statement for rows of one shape, whatever their number: each column travels as one array
 * parameter and `unnest` turns the arrays back into rows; a column every row sets to the same value
 * (a default, usually), or any column of a single row, travels as one scalar. JSON values
 * (validated into JSON text) and `text[]` values (sent as JSON text, rebuilt in SQL) travel as
 * `text[]` arrays, so values that are arrays themselves are not flattened. Unset timestamps take
 * `at`, bound once.
 */
function unnestInsert(entity: EntityMetadata, columns: PropertyMetadata[], rows: readonly Row[], at: Date): Statement {
  const params = new ParamList()
  const arrays: string[] = []
  const names: string[] = []
  const first = rows[0] as Row
  const bound = columns.map((property) =>
    Object.hasOwn(first, property.name) ? rows.map((row) => row[property.name] ?? null) : undefined,
  )
  const constant = bound.map((values) => values !== undefined && values.every((value) => value === values[0]))
  if (rows.length > 1 && bound.every((values, i) => values === undefined || constant[i])) {
    constant[bound.findIndex((values) => values !== undefined)] = false
  }
  let stamp: string | undefined
  const selected = columns.map((property, i) => {
    const values = bound[i]
    if (values === undefined) return (stamp ??= params.add(at, "timestamptz"))
    if (constant[i]) return params.add(values[0], property.columnType)
    const cell = `u.c${i}`
    names.push(`c${i}`)
    if (property.isArray) {
      const json = values.map((value) => (value === null ? null : JSON.stringify(value)))
      arrays.push(params.add(arrayLiteral(json), "text[]"))
      return `CASE WHEN ${cell} IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(${cell}::jsonb)) END`
    }
    if (JSON_TYPES.has(property.columnType)) {
      arrays.push(params.add(arrayLiteral(values), "text[]"))
      return `${cell}::${property.columnType}`
    }
    arrays.push(params.add(arrayLiteral(values), `${property.columnType}[]`))
    return cell
  })
  const from = arrays.length === 0 ? "" : ` FROM unnest(${arrays.join(", ")}) AS u(${names.join(", ")})`
  return {
    sql:
      `INSERT INTO ${tableOf(entity)} (${columns.map((property) => quoteIdent(property.columnName)).join(", ")}) ` +
      `SELECT ${selected.join(", ")}${from}${returningOf(entity, first)}`,
    params: params.values,
  }
}

/**
 * Compiles `INSERT ... SELECT ... FROM unnest(...)` statements: one per shape of row (the set of
 * properties given), usually one in all, with one parameter per column whatever the number of
 * rows (arrays as literals, see `arrayLiteral`). A column a row does not set is left out of its
 * statement, so it takes its `DEFAULT`; `created_at`/`updated_at` take `at`. Nothing is returned
 * unless the database decides a value (`isDecidedByDatabase`): the caller builds the created rows
 * from what it bound.
 *
 * @example
 * compileInsert(Comment, [{ id: "com_1", body: "a", blog_post_id: "bp_1" }, { id: "com_2", body: "b", blog_post_id: "bp_1" }], at)
 * // [{ sql: 'INSERT INTO "comment" ("id", "body", "blog_post_id", "created_at", "updated_at")
 * //         SELECT u.c0, u.c1, $3::text, $4::timestamptz, $4::timestamptz FROM unnest($1::text[], $2::text[]) AS u(c0, c1)',
 * //    params: ['{"com_1","com_2"}', '{"a","b"}', "bp_1", at] }]
 */
export function compileInsert(entity: EntityMetadata, rows: readonly Row[], at: Date): Statement[] {
  return [...groupByShape(rows)].map((group) => unnestInsert(entity, insertColumns(entity, group[0] as Row), group, at))
}

/**
 * The rows grouped by the properties they set, in first-seen order: `compileInsert` writes one
 * statement per group.
 *
 * @example
 * groupByShape([{ title: "a" }, { title: "b", stock: 1 }, { title: "c" }]).length // 2
 */
export function groupByShape(rows: readonly Row[]): Row[][] {
  const shapes = new Map<string, Row[]>()
  for (const row of rows) {
    const shape = shapeOf(row)
    const group = shapes.get(shape)
    if (group) group.push(row)
    else shapes.set(shape, [row])
  }
  return [...shapes.values()]
}
