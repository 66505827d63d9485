import type { Manager } from "@stratum/framework"

/** PostgreSQL element types the seed inserts. */
export type ColumnType = "text" | "integer" | "boolean" | "timestamptz"

/** One column of a bulk insert: its element type and one value per row. */
export interface Column {
  type: ColumnType
  values: readonly unknown[]
}

/** A `text` column (null allowed). */
export const text = (values: readonly (string | null)[]): Column => ({ type: "text", values })
/** An `integer` column: counts and money in minor units. */
export const integer = (values: readonly (number | null)[]): Column => ({ type: "integer", values })
/** A `boolean` column. */
export const boolean = (values: readonly boolean[]): Column => ({ type: "boolean", values })
/** A `timestamptz` column, sent as ISO strings. */
export const timestamp = (values: readonly (Date | null)[]): Column => ({
  type: "timestamptz",
  values: values.map((value) => value?.toISOString() ?? null),
})

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`

/**
 * Inserts rows given column-wise in one statement (`INSERT ... SELECT FROM unnest(...)`), skipping rows
 * that already exist (`ON CONFLICT DO NOTHING`), and returns how many rows were inserted.
 *
 * @example
 * await insertColumns(manager, "regions", { id: text(["reg_1"]), name: text(["Europe"]), currency_code: text(["eur"]) })
 * // with inserted as (insert into "regions" ("id", "name", "currency_code")
 * //   select "id", "name", "currency_code" from unnest($1::text[], $2::text[], $3::text[]) as t("id", "name", "currency_code")
 * //   on conflict do nothing returning 1) select count(*)::int as count from inserted
 */
export async function insertColumns(manager: Manager, table: string, columns: Record<string, Column>): Promise<number> {
  const entries = Object.entries(columns)
  const rows = entries[0]?.[1].values.length ?? 0
  for (const [name, column] of entries) {
    if (column.values.length !== rows) {
      throw new Error(`${table}.${name} has ${column.values.length} values, expected ${rows}`)
    }
  }
  if (rows === 0) return 0
  const names = entries.map(([name]) => quote(name))
  const arrays = entries.map(([, column], i) => `$${i + 1}::${column.type}[]`)
  const sql = `with inserted as (
      insert into ${quote(table)} (${names.join(", ")})
      select ${names.join(", ")} from unnest(${arrays.join(", ")}) as t(${names.join(", ")})
      on conflict do nothing
      returning 1
    ) select count(*)::int as count from inserted`
  const [result] = await manager.query<{ count: number }>(
    sql,
    entries.map(([, column]) => column.values),
  )
  return result?.count ?? 0
}
