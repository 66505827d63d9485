import { MedusaError } from "@stratum/framework/utils"

/** A value a price rule or price list rule can be matched against. */
export type RuleValue = string | number

/**
 * The pricing context as `calculatePrices` and `calculated_price` receive it: `currency_code` is required,
 * `quantity` selects a quantity tier, every other key (flattened with dots) is matched against price rules
 * and price list rules, e.g. `region_id`, `customer_group_id` or `customer: { groups: [{ id }] }`.
 */
export interface PricingContext {
  currency_code?: string
  region_id?: string
  quantity?: number
  [attribute: string]: unknown
}

/** The context reduced to what the SQL binds. */
export interface NormalizedPricingContext {
  currencyCode: string
  quantity: number | null
  regionId: string | null
  /** Rule attribute -> the context's values for it (`customer.groups.id` -> several). */
  rules: Record<string, RuleValue[]>
}

const NOT_RULES = new Set(["__type", "currency_code", "quantity"])

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function collect(rules: Record<string, RuleValue[]>, key: string, value: unknown): void {
  if (value === null || value === undefined) return
  if (typeof value === "string" || typeof value === "number") {
    if (typeof value === "number" && !Number.isFinite(value)) return
    ;(rules[key] ??= []).push(value)
  } else if (typeof value === "boolean") {
    ;(rules[key] ??= []).push(String(value))
  } else if (value instanceof Date) {
    ;(rules[key] ??= []).push(value.toISOString())
  } else if (Array.isArray(value)) {
    for (const item of value) collect(rules, key, item)
  } else if (typeof value === "object") {
    for (const [child, nested] of Object.entries(value)) collect(rules, `${key}.${child}`, nested)
  }
}

function quantityOf(value: unknown): number | null {
  if (value === undefined || value === null || value === "") return null
  const quantity = typeof value === "string" ? Number(value) : value
  if (typeof quantity !== "number" || !Number.isFinite(quantity) || quantity < 0) {
    throw invalid(`quantity in the pricing context must be a non-negative number, got ${JSON.stringify(value)}`)
  }
  return quantity
}

/**
 * Throws Medusa's `invalid_data` error unless the context has a `currency_code`.
 *
 * @example
 * assertPricingContext({ region_id: "reg_1" })
 * // MedusaError invalid_data: Method calculatePrices requires currency_code in the pricing context
 */
export function assertPricingContext(context: Record<string, unknown> | undefined): void {
  const currency = context?.currency_code
  if (typeof currency !== "string" || currency.trim() === "") {
    throw invalid("Method calculatePrices requires currency_code in the pricing context")
  }
}

/**
 * Validates a pricing context and splits it into currency, quantity, region and rule values.
 *
 * @example
 * normalizePricingContext({ currency_code: "usd", region_id: "reg_1", customer: { groups: [{ id: "vip" }] } })
 * // { currencyCode: "usd", quantity: null, regionId: "reg_1",
 * //   rules: { region_id: ["reg_1"], "customer.groups.id": ["vip"] } }
 */
export function normalizePricingContext(context: Record<string, unknown> | undefined): NormalizedPricingContext {
  assertPricingContext(context)
  const given = context ?? {}
  const rules: Record<string, RuleValue[]> = {}
  for (const [key, value] of Object.entries(given)) {
    if (!NOT_RULES.has(key)) collect(rules, key, value)
  }
  const region = given.region_id
  return {
    currencyCode: String(given.currency_code),
    quantity: quantityOf(given.quantity),
    regionId: typeof region === "string" && region !== "" ? region : null,
    rules,
  }
}
