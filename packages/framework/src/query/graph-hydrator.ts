import { jsonColumnConverter } from "../modules/sql/read/hydrate.js"
import { relationRows, rowBuilder, type RowBuilder, type RowField } from "../modules/sql/read/row-builder.js"
import type { Row } from "../modules/sql/types.js"
import { childrenIn, type PlanChild, type PlanNode } from "./graph-plan.js"
import { jsonSlots, type JsonSlot, type SelectOptions } from "./json-slots.js"

const isRow = (value: unknown): value is Row => typeof value === "object" && value !== null && !Array.isArray(value)

function each(value: unknown, fn: (row: Row) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) if (isRow(item)) fn(item)
  } else if (isRow(value)) fn(value)
}

function childValue(child: PlanChild, value: unknown, options: SelectOptions): unknown {
  return relationRows(builderOf(child.node, options), value, child.edge.toMany)
}

function slotField(slot: JsonSlot, options: SelectOptions): RowField {
  if (slot.kind === "column") return { name: slot.name, convert: jsonColumnConverter(slot.property) }
  if (slot.kind === "child") return { name: slot.name, convert: (value) => childValue(slot.child, value, options) }
  const definition = slot.computed.definition
  return { name: slot.name, convert: definition.hydrate?.bind(definition) }
}

/** One builder per slot list (`jsonSlots` caches a list per node and options, so the options are those). */
const builders = new WeakMap<readonly JsonSlot[], RowBuilder>()

/** The builder of `node`'s nested rows from the JSON arrays the compiler wrote for them (`jsonSlots` order). */
function builderOf(node: PlanNode, options: SelectOptions): RowBuilder {
  const slots = jsonSlots(node, options)
  let build = builders.get(slots)
  if (build === undefined) {
    build = rowBuilder(slots.map((slot) => slotField(slot, options)))
    builders.set(slots, build)
  }
  return build
}

/**
 * Finishes a root row as PostgreSQL typed it: runs computed fields' `hydrate` and builds the
 * children loaded in the same statement from their JSON arrays (timestamps as `Date`, numbers as
 * numbers), recursively. Mutates `row`.
 *
 * @example
 * convertRow(productNode, { id: "prod_1", variants: [["v_1", "2024-05-01T10:00:00+00:00"]] }, options)
 * // { id: "prod_1", variants: [{ id: "v_1", created_at: Date(2024-05-01T10:00:00.000Z) }] }
 */
export function convertRow(node: PlanNode, row: Row, options: SelectOptions): Row {
  for (const computed of node.computed) {
    const hydrate = computed.definition.hydrate
    const name = computed.definition.name
    row[name] = hydrate ? hydrate(row[name] ?? null) : (row[name] ?? null)
  }
  for (const child of childrenIn(node, options.followLinks))
    row[child.name] = childValue(child, row[child.name], options)
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
 * hydrateGraphRows(plan, rows, options) // root columns as PostgreSQL typed them, nested JSON converted, shortcuts resolved
 */
export function hydrateGraphRows(node: PlanNode, rows: Row[], options: SelectOptions): Row[] {
  const done = new WeakSet<Row>()
  for (const row of rows) {
    convertRow(node, row, options)
    finishRow(node, row, done)
  }
  return rows
}
