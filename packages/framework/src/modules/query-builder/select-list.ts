import type { PropertyMetadata } from "../../dml/metadata/types.js"
import { qualified } from "../sql/read/sql-identifiers.js"
import type { PlannedAlias, QueryPlan } from "./query-plan.js"

/** Where one selected property sits in a result row. */
export interface SelectedColumn {
  /** Output column name, positional (`c0`, `c1`, ...): immune to the 63-byte identifier limit. */
  readonly key: string
  readonly property: PropertyMetadata
}

/** The columns of one selected alias in a result row. */
export interface SelectedAlias {
  readonly alias: PlannedAlias
  readonly columns: readonly SelectedColumn[]
  /** Output keys of its primary key columns. */
  readonly keyColumns: readonly string[]
}

/** The select list of a statement and how to read its rows back. */
export interface SelectList {
  /** `t0."id" AS c0, t0."title" AS c1, t1."id" AS c2, ...` */
  readonly sql: string
  readonly aliases: readonly SelectedAlias[]
}

/**
 * The select list of the root and every `...AndSelect` alias, all columns each, named by position.
 *
 * @example
 * selectList(plan).sql // t0."id" AS c0, t0."title" AS c1, ..., t1."id" AS c7, t1."inventory_quantity" AS c8, ...
 */
export function selectList(plan: QueryPlan): SelectList {
  const parts: string[] = []
  const aliases = plan.aliases
    .filter((alias) => alias.select)
    .map((alias) => {
      const columns = alias.columns.map((property) => {
        const key = `c${parts.length}`
        parts.push(`${qualified(alias.sqlAlias, property.columnName)} AS ${key}`)
        return { key, property }
      })
      const keyColumns = alias.meta.primaryKeys.map(
        (name) => columns.find((column) => column.property.name === name)?.key ?? "",
      )
      return { alias, columns, keyColumns }
    })
  return { sql: parts.join(", "), aliases }
}
