import { candidatePricesSql } from "./candidate-prices-sql.js"
import type { PricingPlaceholders } from "./pricing-params.js"
import { taxPreferencesSql } from "./tax-inclusive-sql.js"

/**
 * SQL expression: what the calculated price of the price set `priceSetId` is decided from, for the bound
 * pricing context, packed as one JSON array (see `unpackCalculatedPrice`, which decides it): the price set id,
 * the currency, the region's and the currency's tax preferences, then the candidate prices (see
 * `candidatePricesSql`). The SQL only fetches: a price set with one plain price costs one index scan, and the
 * statement stays cheap to start.
 *
 * @example
 * `select cp_set.id, ${priceSetPriceSql("cp_set.id", placeholders)} as calculated_price from price_sets cp_set`
 */
export function priceSetPriceSql(priceSetId: string, p: PricingPlaceholders): string {
  return `(select json_build_array(${priceSetId}, ${p.currencyCode}, cp_prefs.region_pref, cp_prefs.currency_pref,
      ${candidatePricesSql(priceSetId, p)})
    from ${taxPreferencesSql(p)})`
}
