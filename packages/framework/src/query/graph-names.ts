import { invalidData } from "../errors/factories.js"
import type { GraphEntity, GraphSchema } from "./graph-schema.js"

const list = (names: Iterable<string>): string => [...names].join(", ") || "none"

/**
 * Everything a name can be at one level, for error messages that list what is allowed.
 *
 * @example
 * allowedNames(schema, product)
 * // fields: id, title, ...; relations and links: variants, brand; computed: none; shortcuts: none
 */
export function allowedNames(schema: GraphSchema, entity: GraphEntity): string {
  const fields = [...entity.meta.properties.values()].filter((p) => !p.computed).map((p) => p.name)
  return (
    `fields: ${list(fields)}; relations and links: ${list(schema.edges(entity).keys())}; ` +
    `computed: ${list(schema.computed(entity).keys())}; shortcuts: ${list(schema.shortcuts(entity).keys())}`
  )
}

/**
 * The `invalid_data` error for a name that is nothing on `entity`.
 *
 * @example
 * unknownGraphName(schema, product, "titel", "fields").message
 * // Unknown field "titel" on Product in fields; fields: id, title, ...; relations and links: variants, brand; ...
 */
export function unknownGraphName(schema: GraphSchema, entity: GraphEntity, name: string, site: string): Error {
  return invalidData(
    `Unknown field "${name.slice(0, 100)}" on ${entity.meta.name} in ${site}; ${allowedNames(schema, entity)}`,
  )
}
