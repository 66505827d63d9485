import { PropertyBuilder, baseConfig } from "./property-builder.js"

/**
 * A `real` (single precision float) column.
 *
 * @example
 * rating: model.float().nullable() // "rating" real null
 */
export function float(): PropertyBuilder<number> {
  return new PropertyBuilder<number>(baseConfig("float"))
}
