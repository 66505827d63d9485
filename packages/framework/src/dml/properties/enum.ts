import { PropertyBuilder, baseConfig } from "./property-builder.js"

/**
 * A `text` column restricted to the given values by a check constraint. Accepts a list of strings or a
 * string-valued TypeScript enum.
 *
 * @example
 * status: model.enum(["draft", "published"]).default("draft")
 * // "status" text check ("status" in ('draft', 'published')) not null default 'draft'
 */
export function enumeration<const V extends readonly string[]>(values: V): PropertyBuilder<V[number]>
export function enumeration<E extends Record<string, string>>(values: E): PropertyBuilder<E[keyof E]>
export function enumeration(values: readonly string[] | Record<string, string | number>): PropertyBuilder<string> {
  const list: unknown[] = isList(values) ? [...values] : enumObjectValues(values)
  if (list.length === 0) {
    throw new Error("model.enum() needs at least one value")
  }
  const invalid = list.filter((value) => typeof value !== "string")
  if (invalid.length > 0) {
    throw new Error(`model.enum() accepts string values only, got: ${invalid.map(String).join(", ")}`)
  }
  return new PropertyBuilder<string>(baseConfig("enum", { enumValues: [...new Set(list as string[])] }))
}

function isList(values: readonly string[] | Record<string, string | number>): values is readonly string[] {
  return Array.isArray(values)
}

function enumObjectValues(values: Record<string, string | number>): unknown[] {
  // Numeric TypeScript enums carry reverse mappings (`{ 0: "A", A: 0 }`); drop those keys.
  return Object.entries(values)
    .filter(([key]) => !/^\d+$/.test(key))
    .map(([, value]) => value)
}
