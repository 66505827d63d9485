import type { PropertyMetadata } from "../dml/metadata/types.js"
import { childrenIn, type PlanChild, type PlanComputed, type PlanNode } from "./graph-plan.js"

/** How a level's select list compiles. */
export interface SelectOptions {
  /** Compile links as subqueries (one statement), or leave them to the in-memory executor. */
  readonly followLinks: boolean
  /** Also return `hiddenColumns` (the in-memory executor joins on them). */
  readonly withHiddenColumns: boolean
}

/** One value of a nested level's JSON array: a column, a computed field or a loaded child. */
export type JsonSlot =
  | { readonly kind: "column"; readonly name: string; readonly property: PropertyMetadata }
  | { readonly kind: "computed"; readonly name: string; readonly computed: PlanComputed }
  | { readonly kind: "child"; readonly name: string; readonly child: PlanChild }

const cache = new WeakMap<PlanNode, Map<string, readonly JsonSlot[]>>()

function slotsOf(node: PlanNode, options: SelectOptions): JsonSlot[] {
  const columns = options.withHiddenColumns ? [...node.columns, ...node.hiddenColumns] : node.columns
  return [
    ...columns.map((property): JsonSlot => ({ kind: "column", name: property.name, property })),
    ...node.computed.map((computed): JsonSlot => ({ kind: "computed", name: computed.definition.name, computed })),
    ...childrenIn(node, options.followLinks).map((child): JsonSlot => ({ kind: "child", name: child.name, child })),
  ]
}

/**
 * The values a nested level returns, in order: the compiler writes each row as a JSON array of
 * them (no keys to build and send per row), and the hydrator reads the array back by position.
 * Computed once per plan node and options.
 *
 * @example
 * jsonSlots(variantNode, { followLinks: true, withHiddenColumns: false }).map((slot) => slot.name)
 * // ["id", "sku", "calculated_price"]
 */
export function jsonSlots(node: PlanNode, options: SelectOptions): readonly JsonSlot[] {
  const key = `${options.followLinks ? 1 : 0}${options.withHiddenColumns ? 1 : 0}`
  let byOptions = cache.get(node)
  if (byOptions === undefined) {
    byOptions = new Map()
    cache.set(node, byOptions)
  }
  let slots = byOptions.get(key)
  if (slots === undefined) {
    slots = slotsOf(node, options)
    byOptions.set(key, slots)
  }
  return slots
}
