import { PropertyBuilder, baseConfig } from "./property-builder.js"

/**
 * An `integer` column.
 *
 * @example
 * quantity: model.number().default(1) // "quantity" integer not null default 1
 */
export function number(): PropertyBuilder<number> {
  return new PropertyBuilder<number>(baseConfig("number"))
}
