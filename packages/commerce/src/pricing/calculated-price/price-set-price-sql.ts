import { priceCandidatesSql } from "./price-candidates-sql.js"
import type { PricingPlaceholders } from "./pricing-params.js"
import { taxInclusiveSql, taxPreferencesSql } from "./tax-inclusive-sql.js"

const RANKING = "cp_candidate.rule_count desc, cp_candidate.amount asc, cp_candidate.id asc"

/** The first candidate (by ranking) among those matching `where`, as a JSON object, or null. */
function firstCandidate(where: string): string {
  return `(jsonb_agg(cp_candidate.price order by ${RANKING}) filter (where ${where})) -> 0`
}

const EMPTY_PRICE = `jsonb_build_object('id', null, 'price_list_id', null, 'price_list_type', null,
  'min_quantity', null, 'max_quantity', null)`

/** A chosen price as the result reports it (the amount sits at the top level). */
function reportedPrice(price: string): string {
  return `coalesce(${price}, ${EMPTY_PRICE}) - array['amount', 'has_region_rule']`
}

/**
 * SQL expression: the calculated price of the price set `priceSetId` for the bound pricing context, as
 * Medusa's object (`id`, `currency_code`, `calculated_amount`, `original_amount`, the four `is_*` flags,
 * `calculated_price` and `original_price`), or null when no price applies.
 *
 * Candidates are ranked by rule count (price plus list rules) descending, then amount ascending. The default
 * price is the first candidate outside any list, the list price the first one in a list. An override list
 * price is both calculated and original price; a sale list price is the calculated price when not above the
 * default price, and the original price is then the first override list price, else the default price.
 *
 * @example
 * `select cp_set.id, ${priceSetPriceSql("cp_set.id", placeholders)} as calculated_price from price_sets cp_set`
 */
export function priceSetPriceSql(priceSetId: string, p: PricingPlaceholders): string {
  return `(select case when cp_choice.calculated is null then null else jsonb_build_object(
      'id', ${priceSetId},
      'currency_code', ${p.currencyCode},
      'calculated_amount', cp_choice.calculated -> 'amount',
      'original_amount', cp_choice.original -> 'amount',
      'is_calculated_price_price_list', cp_choice.calculated ->> 'price_list_id' is not null,
      'is_original_price_price_list', cp_choice.original ->> 'price_list_id' is not null,
      'is_calculated_price_tax_inclusive', ${taxInclusiveSql("cp_choice.calculated")},
      'is_original_price_tax_inclusive', ${taxInclusiveSql("cp_choice.original")},
      'calculated_price', ${reportedPrice("cp_choice.calculated")},
      'original_price', ${reportedPrice("cp_choice.original")}
    ) end
    from (
      select
        ${firstCandidate("cp_candidate.price_list_id is null")} as default_price,
        ${firstCandidate("cp_candidate.price_list_id is not null")} as list_price,
        ${firstCandidate("cp_candidate.price_list_type = 'override'")} as override_price
      from (${priceCandidatesSql(priceSetId, p)}) cp_candidate
    ) cp_pick
    cross join lateral (
      select
        case
          when cp_pick.list_price is null then cp_pick.default_price
          when cp_pick.list_price ->> 'price_list_type' = 'override' or cp_pick.default_price is null
            then cp_pick.list_price
          when (cp_pick.list_price ->> 'amount')::numeric <= (cp_pick.default_price ->> 'amount')::numeric
            then cp_pick.list_price
          else cp_pick.default_price
        end as calculated,
        case
          when cp_pick.list_price is null then cp_pick.default_price
          when cp_pick.list_price ->> 'price_list_type' = 'override' then cp_pick.list_price
          else coalesce(cp_pick.override_price, cp_pick.default_price)
        end as original
    ) cp_choice
    cross join ${taxPreferencesSql(p)})`
}
