import { MedusaError } from "@stratum/framework/utils"
import type { CreatePriceDTO, CreatePriceListDTO, PriceRuleCondition, PriceRulesInput } from "./types.js"

/** A price rule row as nested create input. */
export interface PriceRuleRow {
  attribute: string
  operator: PriceRuleCondition["operator"]
  value: string
  [key: string]: unknown
}

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function assertInteger(value: unknown, field: string, nullable: boolean): void {
  if (nullable && (value === null || value === undefined)) return
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(
      `Price ${field} must be a non-negative integer${field === "amount" ? " in the currency's minor unit (cents)" : ""}, got ${JSON.stringify(value)}`,
    )
  }
}

/**
 * Expands a price's rules into price rule rows.
 *
 * @example
 * priceRuleRows({ region_id: "reg_1", item_total: [{ operator: "gte", value: 5000 }] })
 * // [{ attribute: "region_id", operator: "eq", value: "reg_1" }, { attribute: "item_total", operator: "gte", value: "5000" }]
 */
export function priceRuleRows(rules: PriceRulesInput = {}): PriceRuleRow[] {
  return Object.entries(rules).flatMap(([attribute, rule]) =>
    Array.isArray(rule)
      ? rule.map((condition) => ({ attribute, operator: condition.operator, value: String(condition.value) }))
      : [{ attribute, operator: "eq" as const, value: String(rule) }],
  )
}

/**
 * A price as nested create input: validated amounts, `rules` as `price_rules` rows and their `rules_count`.
 *
 * @example
 * priceRow({ amount: 1000, currency_code: "usd", rules: { region_id: "reg_1" } })
 * // { amount: 1000, currency_code: "usd", min_quantity: null, max_quantity: null, rules_count: 1, price_rules: [...] }
 */
export function priceRow(price: CreatePriceDTO): Record<string, unknown> {
  assertInteger(price.amount, "amount", false)
  assertInteger(price.min_quantity, "min_quantity", true)
  assertInteger(price.max_quantity, "max_quantity", true)
  if (typeof price.currency_code !== "string" || price.currency_code === "") {
    throw invalid(
      `Price currency_code must be a currency code such as "usd", got ${JSON.stringify(price.currency_code)}`,
    )
  }
  const { rules, ...columns } = price
  const priceRules = priceRuleRows(rules)
  return {
    ...columns,
    min_quantity: price.min_quantity ?? null,
    max_quantity: price.max_quantity ?? null,
    rules_count: priceRules.length,
    price_rules: priceRules,
  }
}

/**
 * A price list as nested create input: `rules` as `price_list_rules` rows (values as arrays), prices expanded.
 *
 * @example
 * priceListRow({ title: "VIP", rules: { customer_group_id: "cg_vip" }, prices: [] })
 * // { title: "VIP", rules_count: 1, price_list_rules: [{ attribute: "customer_group_id", value: ["cg_vip"] }], prices: [] }
 */
export function priceListRow(list: CreatePriceListDTO): Record<string, unknown> {
  const { rules = {}, prices = [], ...columns } = list
  const listRules = Object.entries(rules).map(([attribute, value]) => ({
    attribute,
    value: (Array.isArray(value) ? value : [value]).map(String),
  }))
  return {
    ...columns,
    rules_count: listRules.length,
    price_list_rules: listRules,
    prices: prices.map((price) => priceRow(price)),
  }
}
