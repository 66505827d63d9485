import { PACKED_PICKS } from "./packed-price.js"
import { PICK_COLUMNS, pickPriceSql } from "./pick-price-sql.js"
import type { PricingPlaceholders } from "./pricing-params.js"
import { taxPreferencesSql } from "./tax-inclusive-sql.js"

/** The alias of each pick's lateral join. */
const SOURCES = { default: "cp_default", list: "cp_list_pick", override: "cp_override" } as const

/**
 * SQL expression: what the calculated price of the price set `priceSetId` is decided from, for the bound
 * pricing context, packed as one flat JSON array (see `unpackCalculatedPrice`, which decides it): the price
 * set id, the currency, the region's and the currency's tax preferences, then three picks (see
 * `pickPriceSql`) as their `PICK_COLUMNS`: the default price (outside any list), the list price (any list)
 * and, only when the list price is a sale, the override list price. Plain columns only, no expressions: a
 * price set with one plain price costs one index scan, and the statement stays cheap to start.
 *
 * @example
 * `select cp_set.id, ${priceSetPriceSql("cp_set.id", placeholders)} as calculated_price from price_sets cp_set`
 */
export function priceSetPriceSql(priceSetId: string, p: PricingPlaceholders): string {
  const picks = PACKED_PICKS.flatMap((kind) => PICK_COLUMNS.map((column) => `${SOURCES[kind]}.${column}`))
  const values = [priceSetId, p.currencyCode, "cp_prefs.region_pref", "cp_prefs.currency_pref", ...picks]
  return `(select json_build_array(${values.join(", ")})
    from ${taxPreferencesSql(p)}
    left join lateral (${pickPriceSql("default", priceSetId, p)}) ${SOURCES.default} on true
    left join lateral (${pickPriceSql("list", priceSetId, p)}) ${SOURCES.list} on true
    left join lateral (${pickPriceSql("override", priceSetId, p, `${SOURCES.list}.price_list_type = 'sale'`)}) ${SOURCES.override} on true)`
}
