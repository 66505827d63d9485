import { PropertyBuilder, baseConfig } from "./property-builder.js"

/**
 * A `boolean` column.
 *
 * @example
 * published: model.boolean().default(false) // "published" boolean not null default false
 */
export function boolean(): PropertyBuilder<boolean> {
  return new PropertyBuilder<boolean>(baseConfig("boolean"))
}
