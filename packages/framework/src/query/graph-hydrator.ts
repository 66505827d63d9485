import type { PropertyMetadata } from "../dml/metadata/types.js"
import type { Row } from "../modules/sql/types.js"
import { childrenIn, type PlanChild, type PlanNode } from "./graph-plan.js"

const NUMERIC_KINDS: ReadonlySet<string> = new Set(["number", "float", "bigNumber"])

const isRow = (value: unknown): value is Row => typeof value === "object" && value !== null && !Array.isArray(value)

function each(value: unknown, fn: (row: Row) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) if (isRow(item)) fn(item)
  } else if (isRow(value)) fn(value)
}

/** The columns of a level that JSON cannot carry typed: timestamps and numbers (computed once per plan). */
const jsonConverted = new WeakMap<PlanNode, readonly PropertyMetadata[]>()

function convertedColumns(node: PlanNode): readonly PropertyMetadata[] {
  let columns = jsonConverted.get(node)
  if (columns === undefined) {
    columns = [...node.columns, ...node.hiddenColumns].filter(
      (property) => property.kind === "dateTime" || NUMERIC_KINDS.has(property.kind),
    )
    jsonConverted.set(node, columns)
  }
  return columns
}

/**
 * Gives values that came back as JSON the types root columns have (timestamps as `Date`,
 * numbers as numbers; PostgreSQL writes NaN and Infinity as strings), runs computed fields'
 * `hydrate`, and recurses into the children loaded in the same JSON. Mutates `row`.
 *
 * @example
 * convertRow(variantNode, { id: "v_1", created_at: "2024-05-01T10:00:00+00:00" }, true, true)
 * // { id: "v_1", created_at: Date(2024-05-01T10:00:00.000Z) }
 */
export function convertRow(node: PlanNode, row: Row, fromJson: boolean, followLinks: boolean): Row {
  if (fromJson) {
    for (const property of convertedColumns(node)) {
      const value = row[property.name]
      if (typeof value !== "string") continue
      row[property.name] = property.kind === "dateTime" ? new Date(value) : Number(value)
    }
  }
  for (const computed of node.computed) {
    const hydrate = computed.definition.hydrate
    const name = computed.definition.name
    row[name] = hydrate ? hydrate(row[name] ?? null) : (row[name] ?? null)
  }
  for (const child of followLinks ? node.children : childrenIn(node, false)) {
    const value = row[child.name]
    if (child.edge.toMany) row[child.name] = Array.isArray(value) ? value : []
    else if (value === undefined) row[child.name] = null
    const converted = row[child.name]
    if (Array.isArray(converted)) {
      for (const item of converted) if (isRow(item)) convertRow(child.node, item, true, followLinks)
    } else if (isRow(converted)) convertRow(child.node, converted, true, followLinks)
  }
  return row
}

interface Followed {
  readonly value: unknown
  readonly terminal: PlanNode | undefined
}

function follow(node: PlanNode, row: Row, path: readonly string[]): Followed {
  let values: unknown[] = [row]
  let toMany = false
  let current: PlanNode | undefined = node
  for (const segment of path) {
    const child: PlanChild | undefined = current?.children.find((item) => item.name === segment)
    toMany ||= child?.edge.toMany === true
    current = child?.node
    const next: unknown[] = []
    for (const value of values) {
      const item = isRow(value) ? value[segment] : undefined
      if (Array.isArray(item)) next.push(...item)
      else if (item !== undefined && item !== null) next.push(item)
    }
    values = next
  }
  return { value: toMany ? values : (values[0] ?? null), terminal: current }
}

const finishing = new WeakMap<PlanNode, boolean>()

/** Whether anything under `node` has shortcuts, hidden children or hidden columns (else finishing is a no-op). */
function needsFinishing(node: PlanNode): boolean {
  let needed = finishing.get(node)
  if (needed === undefined) {
    needed =
      node.shortcuts.length > 0 ||
      node.hiddenColumns.length > 0 ||
      node.children.some((child) => child.hidden || needsFinishing(child.node))
    finishing.set(node, needed)
  }
  return needed
}

/**
 * Finishes a converted tree: resolves shortcuts (the values along their path, flattened), then
 * removes what was loaded only for them (hidden children) and key columns the caller did not ask
 * for. Each object is finished once, even when reachable twice.
 *
 * @example
 * finishRow(variantNode, { id: "v_1", price_set: { id: "ps_1", prices: [...] } }, new WeakSet())
 * // { id: "v_1", prices: [...] }   (shortcut prices -> price_set.prices; price_set hidden)
 */
export function finishRow(node: PlanNode, row: Row, done: WeakSet<Row>): Row {
  if (!needsFinishing(node) || done.has(row)) return row
  done.add(row)
  for (const shortcut of node.shortcuts) {
    const { value, terminal } = follow(node, row, shortcut.path)
    row[shortcut.name] = value
    if (terminal !== undefined) each(value, (item) => finishRow(terminal, item, done))
  }
  for (const child of node.children) {
    if (child.hidden) {
      delete row[child.name]
      continue
    }
    each(row[child.name], (item) => finishRow(child.node, item, done))
  }
  for (const property of node.hiddenColumns) delete row[property.name]
  return row
}

/**
 * Converts and finishes the rows one compiled statement returned for `node` (its children all
 * compiled into the same statement).
 *
 * @example
 * hydrateGraphRows(plan, rows) // root columns as PostgreSQL typed them, nested JSON converted, shortcuts resolved
 */
export function hydrateGraphRows(node: PlanNode, rows: Row[]): Row[] {
  const done = new WeakSet<Row>()
  for (const row of rows) {
    convertRow(node, row, false, true)
    finishRow(node, row, done)
  }
  return rows
}
