import { PropertyBuilder, baseConfig } from "./property-builder.js"

/**
 * A `text[]` column.
 *
 * @example
 * tags: model.array().default([]) // "tags" text[] not null default '{}'
 */
export function array(): PropertyBuilder<string[]> {
  return new PropertyBuilder<string[]>(baseConfig("array"))
}
