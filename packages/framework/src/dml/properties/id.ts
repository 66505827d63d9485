import { PropertyBuilder, baseConfig } from "./property-builder.js"

/** Options of `model.id()`. */
export interface IdOptions {
  /** Generated ids look like `<prefix>_<ulid>`. */
  prefix?: string
}

/**
 * A text id, generated as a (prefixed) monotonic ULID when a create does not supply one.
 *
 * @example
 * id: model.id({ prefix: "bp" }).primaryKey() // "id" text not null, values like "bp_01J…"
 */
export function id(options: IdOptions = {}): PropertyBuilder<string, true> {
  const extra = options.prefix === undefined ? {} : { idPrefix: options.prefix }
  return new PropertyBuilder<string, true>(baseConfig("id", extra))
}
