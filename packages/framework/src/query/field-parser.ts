import { invalidData } from "../errors/factories.js"
import { describeValue } from "../modules/sql/read/value-shapes.js"

/** The requested fields of one level, before names are checked against the models. */
export interface FieldTree {
  /** `*` was requested at this level. */
  star: boolean
  /** Names requested as leaves (`title`, or `variants` meaning all of its fields). */
  readonly leaves: Set<string>
  /** Names requested with a deeper path (`variants.sku` -> `variants`). */
  readonly children: Map<string, FieldTree>
}

export const emptyFieldTree = (): FieldTree => ({ star: false, leaves: new Set(), children: new Map() })

function addPath(root: FieldTree, field: string): void {
  // Medusa's HTTP shorthand: "*variants" means "variants.*".
  const path = field.startsWith("*") && field.length > 1 ? `${field.slice(1)}.*` : field
  const segments = path.split(".")
  if (segments.some((segment) => segment.trim() === "")) {
    throw invalidData(`Invalid field "${field}": empty segment; use names joined by dots, e.g. "variants.sku" or "*"`)
  }
  const last = segments.pop() as string
  let node = root
  for (const segment of segments) {
    if (segment === "*") throw invalidData(`Invalid field "${field}": "*" may only end a path, e.g. "variants.*"`)
    let child = node.children.get(segment)
    if (child === undefined) {
      child = emptyFieldTree()
      node.children.set(segment, child)
    }
    node = child
  }
  if (last === "*") node.star = true
  else node.leaves.add(last)
}

/**
 * Parses `fields` into a tree of levels: `*` (all columns), names, and dotted paths into
 * relations and links. No fields at all means `*` on the root.
 *
 * @example
 * parseFields(["*", "variants.sku", "brand.*"])
 * // { star: true, leaves: {}, children: { variants: { leaves: {sku} }, brand: { star: true } } }
 */
export function parseFields(fields: unknown): FieldTree {
  const root = emptyFieldTree()
  if (fields === undefined || fields === null) {
    root.star = true
    return root
  }
  if (!Array.isArray(fields)) {
    throw invalidData(
      `Expected fields to be an array of strings, e.g. ["*", "variants.*"], got ${describeValue(fields)}`,
    )
  }
  for (const field of fields) {
    if (typeof field !== "string" || field.trim() === "") {
      throw invalidData(`Expected each field to be a non-empty string, got ${describeValue(field)}`)
    }
    addPath(root, field.trim())
  }
  if (fields.length === 0) root.star = true
  return root
}
