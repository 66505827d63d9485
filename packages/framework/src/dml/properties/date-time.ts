import { PropertyBuilder, baseConfig } from "./property-builder.js"

/**
 * A `timestamptz` column.
 *
 * @example
 * published_at: model.dateTime().nullable() // "published_at" timestamptz null
 */
export function dateTime(): PropertyBuilder<Date> {
  return new PropertyBuilder<Date>(baseConfig("dateTime"))
}
