import { PRICE_DETAIL_KEYS, PRICE_SET_KEYS } from "./packed-price.js"
import { pickPriceSql, type PickColumn } from "./pick-price-sql.js"
import type { PricingPlaceholders } from "./pricing-params.js"
import { taxInclusiveSql, taxPreferencesSql } from "./tax-inclusive-sql.js"

/** Where a chosen price comes from: a lateral pick's alias, or none. */
const SOURCES = { default: "cp_default", list: "cp_list_pick", override: "cp_override" } as const

/** SQL: `column` of the price chosen by `choice` (a `cp_choice` column naming a source, or null). */
function chosen(choice: string, column: PickColumn): string {
  return `case ${choice} when 'list' then ${SOURCES.list}.${column} when 'override' then ${SOURCES.override}.${column}
    when 'default' then ${SOURCES.default}.${column} end`
}

/** The chosen price's details, in `PRICE_DETAIL_KEYS` order; every one is null when no price was chosen. */
function detailValues(choice: string): string[] {
  return PRICE_DETAIL_KEYS.map((key) => chosen(choice, key))
}

/**
 * SQL expression: the calculated price of the price set `priceSetId` for the bound pricing context, packed as
 * a JSON array of Medusa's values in `PRICE_SET_KEYS` then `PRICE_DETAIL_KEYS` order (`unpackCalculatedPrice`
 * turns it into the object), or null when no price applies.
 *
 * Three picks (see `pickPriceSql`): the default price (outside any list), the list price (any list) and,
 * only when the list price is a sale, the override list price. An override list price is both calculated
 * and original price; a sale list price is the calculated price when not above the default price, and the
 * original price is then the override list price, else the default price. Built from columns, without
 * intermediate JSON, so a price set with one plain price costs one index scan.
 *
 * @example
 * `select cp_set.id, ${priceSetPriceSql("cp_set.id", placeholders)} as calculated_price from price_sets cp_set`
 */
export function priceSetPriceSql(priceSetId: string, p: PricingPlaceholders): string {
  const { default: fallback, list, override } = SOURCES
  const top: Record<(typeof PRICE_SET_KEYS)[number], string> = {
    id: priceSetId,
    currency_code: p.currencyCode,
    calculated_amount: chosen("cp_choice.calculated", "amount"),
    original_amount: chosen("cp_choice.original", "amount"),
    is_calculated_price_price_list: "cp_choice.calculated <> 'default'",
    is_original_price_price_list: "coalesce(cp_choice.original <> 'default', false)",
    is_calculated_price_tax_inclusive: taxInclusiveSql(chosen("cp_choice.calculated", "has_region_rule")),
    is_original_price_tax_inclusive: taxInclusiveSql(chosen("cp_choice.original", "has_region_rule")),
  }
  const values = [
    ...PRICE_SET_KEYS.map((key) => top[key]),
    ...detailValues("cp_choice.calculated"),
    ...detailValues("cp_choice.original"),
  ]
  return `(select case when cp_choice.calculated is null then null else json_build_array(
      ${values.join(",\n      ")}) end
    from ${taxPreferencesSql(p)}
    left join lateral (${pickPriceSql("default", priceSetId, p)}) ${fallback} on true
    left join lateral (${pickPriceSql("list", priceSetId, p)}) ${list} on true
    left join lateral (${pickPriceSql("override", priceSetId, p, `${list}.price_list_type = 'sale'`)}) ${override} on true
    cross join lateral (
      select
        case
          when ${list}.id is null then case when ${fallback}.id is not null then 'default' end
          when ${list}.price_list_type = 'override' or ${fallback}.id is null then 'list'
          when ${list}.amount <= ${fallback}.amount then 'list'
          else 'default'
        end as calculated,
        case
          when ${list}.id is null then case when ${fallback}.id is not null then 'default' end
          when ${list}.price_list_type = 'override' then 'list'
          when ${override}.id is not null then 'override'
          when ${fallback}.id is not null then 'default'
        end as original
    ) cp_choice)`
}
