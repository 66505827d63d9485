import type { PropertyMetadata, RelationMetadata } from "../../../dml/metadata/types.js"
import { unexpectedState } from "../../../errors/factories.js"
import type { LoadNode } from "./field-paths.js"
import { qualified, quoteIdent } from "./sql-identifiers.js"

/**
 * One output column: `t0."title"`, aliased to the property name when the column is named
 * differently.
 *
 * @example
 * selectColumn("t0", titleProperty) // t0."title"
 */
export function selectColumn(alias: string, property: PropertyMetadata): string {
  const column = qualified(alias, property.columnName)
  return property.columnName === property.name ? column : `${column} AS ${quoteIdent(property.name)}`
}

/**
 * The select list of a level: its columns plus `hidden` ones the loader needs (join keys not
 * selected by the caller; they are removed from the rows afterwards).
 *
 * @example
 * selectColumns(node, "t0", [authorIdProperty]) // ['t0."id"', 't0."title"', 't0."author_id"']
 */
export function selectColumns(node: LoadNode, alias: string, hidden: readonly PropertyMetadata[] = []): string[] {
  return [...node.columns, ...hidden].map((property) => selectColumn(alias, property))
}

/** The relation of a non-root node. */
export function relationOf(node: LoadNode): RelationMetadata {
  if (node.relation === undefined) throw unexpectedState(`Load node "${node.path}" has no relation`)
  return node.relation
}
