import { PricePreference } from "../models/index.js"
import type { PricingPlaceholders } from "./pricing-params.js"

function preferenceSql(attribute: "region_id" | "currency_code", value: string): string {
  return `(select cp_pref.is_tax_inclusive from ${PricePreference.tableName} cp_pref
    where cp_pref.attribute = '${attribute}' and cp_pref.value = ${value} and cp_pref.deleted_at is null limit 1)`
}

/**
 * A FROM item `cp_prefs(region_pref, currency_pref)`: the `is_tax_inclusive` preferences of the context's
 * region and currency (null when there is none). Uncorrelated, so PostgreSQL evaluates each lookup once.
 *
 * @example
 * `from ... cross join ${taxPreferencesSql(p)}`
 */
export function taxPreferencesSql(p: PricingPlaceholders): string {
  return `(select ${preferenceSql("region_id", p.regionId)} as region_pref,
    ${preferenceSql("currency_code", p.currencyCode)} as currency_pref) cp_prefs`
}
