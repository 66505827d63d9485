import type { Row } from "../sql/types.js"
import type { SelectedAlias, SelectList } from "./select-list.js"

type RowKey = unknown

function keyOf(selected: SelectedAlias, row: Row): RowKey | undefined {
  if (selected.keyColumns.length === 1) {
    const value = row[selected.keyColumns[0] as string]
    return value === null || value === undefined ? undefined : value
  }
  const values = selected.keyColumns.map((key) => row[key])
  return values.every((value) => value === null || value === undefined) ? undefined : JSON.stringify(values)
}

function entityOf(selected: SelectedAlias, row: Row): Row {
  const entity: Row = {}
  for (const column of selected.columns) entity[column.property.name] = row[column.key]
  for (const child of selected.alias.children) entity[child.spec?.field ?? child.alias] = child.spec?.toMany ? [] : null
  return entity
}

/**
 * Folds joined rows into entities: one object per distinct root (in row order), each selected
 * join nested under its parent by relation name (an array for to-many, deduplicated by primary
 * key; an object or null for to-one). A left join that matched nothing leaves `[]` / `null`.
 * Values are already JavaScript-typed by the driver's parsers (Date, number, parsed JSON).
 *
 * @example
 * assembleEntities(list, [
 *   { c0: "prod_1", c1: "Shirt", c2: "var_1", c3: 3 },
 *   { c0: "prod_1", c1: "Shirt", c2: "var_2", c3: 5 },
 * ])
 * // [{ id: "prod_1", title: "Shirt", variants: [{ id: "var_1", inventory_quantity: 3 }, { id: "var_2", ... }] }]
 */
export function assembleEntities(list: SelectList, rows: readonly Row[]): Row[] {
  const [root, ...joined] = list.aliases
  if (root === undefined) return []
  const roots = new Map<RowKey, Row>()
  // Per parent entity and alias: the children already attached, by key.
  const attached = new WeakMap<Row, Map<string, Map<RowKey, Row>>>()
  for (const row of rows) {
    const rootKey = keyOf(root, row)
    let rootEntity = roots.get(rootKey)
    if (rootEntity === undefined) {
      rootEntity = entityOf(root, row)
      roots.set(rootKey, rootEntity)
    }
    const current = new Map<string, Row | undefined>([[root.alias.alias, rootEntity]])
    for (const selected of joined) {
      const parent = current.get(selected.alias.parent?.alias ?? "")
      const key = keyOf(selected, row)
      if (parent === undefined || key === undefined) {
        current.set(selected.alias.alias, undefined)
        continue
      }
      let byAlias = attached.get(parent)
      if (byAlias === undefined) attached.set(parent, (byAlias = new Map()))
      let children = byAlias.get(selected.alias.alias)
      if (children === undefined) byAlias.set(selected.alias.alias, (children = new Map()))
      let child = children.get(key)
      if (child === undefined) {
        const field = selected.alias.spec?.field ?? selected.alias.alias
        const toMany = selected.alias.spec?.toMany === true
        // A to-one relation keeps the first row it meets (rows come ordered by primary key last).
        if (!toMany && parent[field] !== null) {
          current.set(selected.alias.alias, undefined)
          continue
        }
        child = entityOf(selected, row)
        children.set(key, child)
        if (toMany) (parent[field] as Row[]).push(child)
        else parent[field] = child
      }
      current.set(selected.alias.alias, child)
    }
  }
  return [...roots.values()]
}

/**
 * Rows of `getRawMany`, keyed `<alias>_<property>` as TypeORM names them.
 *
 * @example
 * rawRows(list, [{ c0: "prod_1", c7: "var_1" }]) // [{ product_id: "prod_1", variant_id: "var_1" }]
 */
export function rawRows(list: SelectList, rows: readonly Row[]): Row[] {
  return rows.map((row) => {
    const raw: Row = {}
    for (const selected of list.aliases) {
      for (const column of selected.columns) raw[`${selected.alias.alias}_${column.property.name}`] = row[column.key]
    }
    return raw
  })
}
