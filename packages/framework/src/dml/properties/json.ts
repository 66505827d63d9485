import { PropertyBuilder, baseConfig } from "./property-builder.js"

/**
 * A `jsonb` column. The value type defaults to a plain record and can be narrowed.
 *
 * @example
 * metadata: model.json().nullable()                 // "metadata" jsonb null
 * settings: model.json<{ theme: string }>().default({ theme: "dark" })
 */
export function json<T = Record<string, unknown>>(): PropertyBuilder<T> {
  return new PropertyBuilder<T>(baseConfig("json"))
}
