import { invalidData } from "../errors/factories.js"
import { describeValue, isPlainObject } from "../modules/sql/read/value-shapes.js"
import type { LinkDefinition } from "./link-types.js"

/** `{ product: { product_id: "prod_1" }, brand: { brand_id: "brand_1" }, data: { featured: true } }` */
export type LinkInput = Record<string, unknown>

/** One key given in a link input: module, linkable key, value. */
export interface LinkKey {
  readonly service: string
  readonly key: string
  readonly value: unknown
}

/** The modules named in a link input (keys with or without ids), without `data`. */
export function linkServices(input: LinkInput): string[] {
  return Object.keys(input).filter((key) => key !== "data")
}

/** The module keys of a link input, without `data`. */
export function linkKeys(input: unknown): LinkKey[] {
  if (!isPlainObject(input)) {
    throw invalidData(
      `Expected a link object such as { product: { product_id: "prod_1" }, brand: { brand_id: "brand_1" } }, got ${describeValue(input)}`,
    )
  }
  const keys: LinkKey[] = []
  for (const [service, value] of Object.entries(input)) {
    if (service === "data") continue
    if (!isPlainObject(value)) {
      throw invalidData(`Expected { <linkable key>: id } under "${service}" in a link, got ${describeValue(value)}`)
    }
    for (const [key, id] of Object.entries(value)) if (id !== undefined) keys.push({ service, key, value: id })
  }
  return keys
}

const describeLink = (link: LinkDefinition): string =>
  `${link.left.serviceName}.${link.left.column} <-> ${link.right.serviceName}.${link.right.column}`

/**
 * The stored link (one with a table) whose sides cover every given key (and every named module:
 * `{ product: { product_id }, brand: {} }` picks the product-brand link), in either order.
 * Throws `invalid_data` listing the defined links when none or several fit.
 *
 * @example
 * findLink(links, linkKeys({ product: { product_id: "prod_1" }, brand: { brand_id: "b_1" } })).table
 * // "product_product_brand_brand"
 */
export function findLink(
  links: readonly LinkDefinition[],
  keys: readonly LinkKey[],
  services: readonly string[] = [],
): LinkDefinition {
  const sideMatches = (link: LinkDefinition, key: LinkKey) =>
    [link.left, link.right].some((side) => side.serviceName === key.service && side.column === key.key)
  const names = (link: LinkDefinition) => [link.left.serviceName, link.right.serviceName]
  const candidates = links.filter(
    (link) =>
      link.table !== undefined &&
      keys.every((key) => sideMatches(link, key)) &&
      services.every((service) => names(link).includes(service)),
  )
  const given = keys.map((key) => `${key.service}.${key.key}`).join(", ") || "nothing"
  const defined =
    links
      .filter((link) => link.table !== undefined)
      .map(describeLink)
      .join("; ") || "none"
  if (candidates.length === 0 || keys.length === 0) {
    throw invalidData(`No link between ${given}; defined links: ${defined}`)
  }
  if (candidates.length > 1)
    throw invalidData(`Several links match ${given}; name both sides. Defined links: ${defined}`)
  return candidates[0] as LinkDefinition
}

/** The value given for one side of `link`, or undefined. */
export function sideValue(keys: readonly LinkKey[], service: string, column: string): unknown {
  return keys.find((key) => key.service === service && key.key === column)?.value
}
