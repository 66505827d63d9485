import { Price, PriceList, PriceListRule, PriceRule } from "../models/index.js"
import type { PricingPlaceholders } from "./pricing-params.js"
import { priceListRuleMatchSql, priceRuleMatchSql } from "./rule-match-sql.js"

/** Which candidates a pick considers: prices outside any list, prices in any live list, or in override lists. */
export type CandidateKind = "default" | "list" | "override"

/**
 * SQL condition on the price at `cp_price`: the quantity asked for lies within its bounds (null bounds are
 * open); without a quantity, only prices starting at 1 or below (or unbounded) qualify.
 */
function quantitySql(quantity: string): string {
  return `coalesce(cp_price.min_quantity <= coalesce(${quantity}, 1), true)
    and (${quantity} is null or coalesce(cp_price.max_quantity >= ${quantity}, true))`
}

/**
 * SQL condition: the price at `cp_price` has no rules (its `rules_count`, as Medusa keeps it) or no live rule of
 * it is unmet.
 */
function priceRulesMetSql(p: PricingPlaceholders): string {
  return `(cp_price.rules_count = 0 or not exists (select 1 from ${PriceRule.tableName} cp_rule
      where cp_rule.price_id = cp_price.id and cp_rule.deleted_at is null
        and not ${priceRuleMatchSql("cp_rule", p.rules)}))`
}

/** SQL condition: the list at `cp_list` has no rules or no live rule of it is unmet. */
function listRulesMetSql(p: PricingPlaceholders): string {
  return `(cp_list.rules_count = 0 or not exists (select 1 from ${PriceListRule.tableName} cp_list_rule
      where cp_list_rule.price_list_id = cp_list.id and cp_list_rule.deleted_at is null
        and not ${priceListRuleMatchSql("cp_list_rule", p.rules)}))`
}

/** The join to the price's list: live, active, within its dates, every list rule met (and of `type` when given). */
function listJoinSql(p: PricingPlaceholders, type?: "override"): string {
  return `join ${PriceList.tableName} cp_list on cp_list.id = cp_price.price_list_id
      and cp_list.deleted_at is null
      and cp_list.status = 'active'
      ${type ? `and cp_list.type = '${type}'` : ""}
      and coalesce(cp_list.starts_at <= now(), true)
      and coalesce(cp_list.ends_at >= now(), true)
      and ${listRulesMetSql(p)}`
}

/** The columns every pick returns, in this order. */
export const PICK_COLUMNS = [
  "id",
  "amount",
  "price_list_id",
  "price_list_type",
  "min_quantity",
  "max_quantity",
  "has_region_rule",
] as const

export type PickColumn = (typeof PICK_COLUMNS)[number]

/**
 * A query returning the best candidate price of `kind` in the price set `priceSetId` for a pricing context, as
 * one row of `PICK_COLUMNS` (`has_region_rule`: a `region_id` rule names the context's region, for tax
 * inclusivity), or no row. Meant as a `left join lateral`.
 * A candidate has the context's currency, fits the quantity and has every price rule met; in a list, the
 * list is active, current and has every list rule met. Candidates rank by rule count (price rules plus list
 * rules, the `rules_count` columns) descending, then amount and id ascending. Each pick is one index scan of
 * the set's prices in the currency; rule lookups run only for prices and lists that have rules. `onlyWhen`, a
 * condition on outer columns, skips the scan entirely when false.
 *
 * @example
 * `left join lateral (${pickPriceSql("default", "cp_set.id", placeholders)}) cp_default on true`
 * // select cp_price.id, cp_price.amount, ... from prices cp_price where cp_price.price_set_id = cp_set.id ... limit 1
 */
export function pickPriceSql(
  kind: CandidateKind,
  priceSetId: string,
  p: PricingPlaceholders,
  onlyWhen?: string,
): string {
  const inList = kind !== "default"
  const ruleCount = inList ? "cp_price.rules_count + cp_list.rules_count" : "cp_price.rules_count"
  return `select cp_price.id, cp_price.amount, cp_price.price_list_id,
        ${inList ? "cp_list.type" : "null::text"} as price_list_type,
        cp_price.min_quantity, cp_price.max_quantity,
        cp_price.rules_count > 0 and exists (select 1 from ${PriceRule.tableName} cp_rule
          where cp_rule.price_id = cp_price.id and cp_rule.deleted_at is null
            and cp_rule.attribute = 'region_id' and cp_rule.value = ${p.regionId}) as has_region_rule
      from ${Price.tableName} cp_price
      ${inList ? listJoinSql(p, kind === "override" ? "override" : undefined) : ""}
      where cp_price.price_set_id = ${priceSetId}
        and cp_price.currency_code = ${p.currencyCode}
        and cp_price.deleted_at is null
        and cp_price.price_list_id is ${inList ? "not null" : "null"}
        and ${quantitySql(p.quantity)}
        and ${priceRulesMetSql(p)}
        ${onlyWhen ? `and ${onlyWhen}` : ""}
      order by ${ruleCount} desc, cp_price.amount asc, cp_price.id asc
      limit 1`
}
