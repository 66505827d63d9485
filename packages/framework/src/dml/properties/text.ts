import { PropertyBuilder, baseConfig } from "./property-builder.js"

/**
 * A `text` column.
 *
 * @example
 * title: model.text().searchable() // "title" text not null
 */
export function text(): PropertyBuilder<string> {
  return new PropertyBuilder<string>(baseConfig("text"))
}
