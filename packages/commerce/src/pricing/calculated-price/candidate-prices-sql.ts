import { Price, PriceList, PriceListRule, PriceRule } from "../models/index.js"
import type { PricingPlaceholders } from "./pricing-params.js"
import { priceListRuleMatchSql, priceRuleMatchSql } from "./rule-match-sql.js"

/**
 * SQL condition on the price at `cp_price`: the quantity asked for lies within its bounds (null bounds are
 * open); without a quantity, only prices starting at 1 or below (or unbounded) qualify.
 */
function quantitySql(quantity: string): string {
  return `coalesce(cp_price.min_quantity <= coalesce(${quantity}, 1), true)
    and (${quantity} is null or coalesce(cp_price.max_quantity >= ${quantity}, true))`
}

/**
 * `offset 0` keeps a rule check a lookup of one price's (or list's) rules. Without it PostgreSQL turns the
 * `not exists` inside the `or` into a hashed subplan: the unmet rules of every price in the table, collected
 * when a statement first meets a price with rules, and a hash table set up on every execution, needed or not.
 */
const PER_ROW = "offset 0"

/**
 * SQL condition: the price at `cp_price` has no rules (its `rules_count`, as Medusa keeps it) or no live rule of
 * it is unmet.
 */
function priceRulesMetSql(p: PricingPlaceholders): string {
  return `(cp_price.rules_count = 0 or not exists (select 1 from ${PriceRule.tableName} cp_rule
      where cp_rule.price_id = cp_price.id and cp_rule.deleted_at is null
        and not ${priceRuleMatchSql("cp_rule", p.rules)} ${PER_ROW}))`
}

/** SQL condition: the list at `cp_list` has no rules or no live rule of it is unmet. */
function listRulesMetSql(p: PricingPlaceholders): string {
  return `(cp_list.rules_count = 0 or not exists (select 1 from ${PriceListRule.tableName} cp_list_rule
      where cp_list_rule.price_list_id = cp_list.id and cp_list_rule.deleted_at is null
        and not ${priceListRuleMatchSql("cp_list_rule", p.rules)} ${PER_ROW}))`
}

/**
 * The left join to the price's list, which finds it only when it is live, active, within its dates and every
 * list rule is met.
 */
function liveListJoinSql(p: PricingPlaceholders): string {
  return `left join ${PriceList.tableName} cp_list on cp_list.id = cp_price.price_list_id
      and cp_list.deleted_at is null
      and cp_list.status = 'active'
      and coalesce(cp_list.starts_at <= now(), true)
      and coalesce(cp_list.ends_at >= now(), true)
      and ${listRulesMetSql(p)}`
}

/** The values of each candidate, in this order. */
export const CANDIDATE_COLUMNS = [
  "id",
  "amount",
  "price_list_id",
  "price_list_type",
  "min_quantity",
  "max_quantity",
  "has_region_rule",
] as const

export type CandidateColumn = (typeof CANDIDATE_COLUMNS)[number]

/**
 * SQL expression: the candidate prices of the price set `priceSetId` for a pricing context, as a JSON array of
 * `CANDIDATE_COLUMNS` arrays (`has_region_rule`: a `region_id` rule names the context's region, for tax
 * inclusivity), or null when there is none. A candidate has the context's currency, fits the quantity and has
 * every price rule met; a list price also needs its list live, active, current and with every list rule met.
 * Prices outside any list come first, then list prices; each group ranked by rule count (price rules plus
 * list rules, the `rules_count` columns) descending, then amount and id ascending, so the first of a group is
 * its pick. One index scan of the set's prices in the currency; rule lookups run only for prices and lists
 * that have rules.
 *
 * @example
 * `select json_build_array(cp_set.id, ${candidatePricesSql("cp_set.id", placeholders)}) from price_sets cp_set`
 * // [["price_1", 1000, null, null, null, null, false], ["price_2", 900, "plist_1", "sale", null, null, false]]
 */
export function candidatePricesSql(priceSetId: string, p: PricingPlaceholders): string {
  return `(select json_agg(json_build_array(cp_price.id, cp_price.amount, cp_price.price_list_id, cp_list.type,
        cp_price.min_quantity, cp_price.max_quantity,
        cp_price.rules_count > 0 and exists (select 1 from ${PriceRule.tableName} cp_rule
          where cp_rule.price_id = cp_price.id and cp_rule.deleted_at is null
            and cp_rule.attribute = 'region_id' and cp_rule.value = ${p.regionId}))
      order by cp_price.price_list_id is not null, cp_price.rules_count + coalesce(cp_list.rules_count, 0) desc,
        cp_price.amount asc, cp_price.id asc)
      from ${Price.tableName} cp_price
      ${liveListJoinSql(p)}
      where cp_price.price_set_id = ${priceSetId}
        and cp_price.currency_code = ${p.currencyCode}
        and cp_price.deleted_at is null
        and (cp_price.price_list_id is null or cp_list.id is not null)
        and ${quantitySql(p.quantity)}
        and ${priceRulesMetSql(p)})`
}
