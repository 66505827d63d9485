import { Price, PriceList, PriceListRule, PriceRule } from "../models/index.js"
import type { PricingPlaceholders } from "./pricing-params.js"
import { priceListRuleMatchSql, priceRuleMatchSql } from "./rule-match-sql.js"

/**
 * SQL condition on the price at `cp_price`: the quantity asked for lies within its bounds (null bounds are
 * open); without a quantity, only prices starting at 1 or below (or unbounded) qualify.
 */
function quantitySql(quantity: string): string {
  return `case when ${quantity} is null then coalesce(cp_price.min_quantity <= 1, true)
    else coalesce(cp_price.min_quantity <= ${quantity}, true) and coalesce(cp_price.max_quantity >= ${quantity}, true) end`
}

/**
 * The candidate prices of one price set for a pricing context. Each row has `rule_count` (price rules plus
 * list rules, for ranking), `amount`, `price_list_id`, `price_list_type` and `price`: the JSON object the
 * result reports (`id`, `amount`, `price_list_id`, `price_list_type`, `min_quantity`, `max_quantity`) plus
 * `has_region_rule` (a `region_id` rule names the context's region, for tax inclusivity).
 * A candidate has the context's currency, fits the quantity, has every price rule met and, when in a price
 * list, the list is active, current and has every list rule met.
 *
 * @example
 * priceCandidatesSql("cp_set.id", bindPricingContext(params, normalizePricingContext({ currency_code: "usd" })))
 * // select cp_price.id, ... from prices cp_price left join price_lists cp_list ... where cp_price.price_set_id = cp_set.id ...
 */
export function priceCandidatesSql(priceSetId: string, p: PricingPlaceholders): string {
  return `select cp_price.id, cp_price.amount, cp_price.price_list_id, cp_list.type as price_list_type,
      cp_rules.rule_count + coalesce(cp_list_rules.rule_count, 0) as rule_count,
      jsonb_build_object(
        'id', cp_price.id,
        'amount', cp_price.amount,
        'price_list_id', cp_price.price_list_id,
        'price_list_type', cp_list.type,
        'min_quantity', cp_price.min_quantity,
        'max_quantity', cp_price.max_quantity,
        'has_region_rule', cp_rules.has_region_rule
      ) as price
    from ${Price.tableName} cp_price
    left join ${PriceList.tableName} cp_list on cp_list.id = cp_price.price_list_id and cp_list.deleted_at is null
    cross join lateral (
      select count(*)::int as rule_count,
        coalesce(bool_and(${priceRuleMatchSql("cp_rule", p.rules)}), true) as all_met,
        coalesce(bool_or(cp_rule.attribute = 'region_id' and cp_rule.value = ${p.regionId}), false) as has_region_rule
      from ${PriceRule.tableName} cp_rule
      where cp_rule.price_id = cp_price.id and cp_rule.deleted_at is null
    ) cp_rules
    left join lateral (
      select count(*)::int as rule_count,
        coalesce(bool_and(${priceListRuleMatchSql("cp_list_rule", p.rules)}), true) as all_met
      from ${PriceListRule.tableName} cp_list_rule
      where cp_list_rule.price_list_id = cp_list.id and cp_list_rule.deleted_at is null
    ) cp_list_rules on true
    where cp_price.price_set_id = ${priceSetId}
      and cp_price.currency_code = ${p.currencyCode}
      and cp_price.deleted_at is null
      and ${quantitySql(p.quantity)}
      and cp_rules.all_met
      and (cp_price.price_list_id is null or (
        cp_list.status = 'active'
        and coalesce(cp_list.starts_at <= now(), true)
        and coalesce(cp_list.ends_at >= now(), true)
        and cp_list_rules.all_met))`
}
