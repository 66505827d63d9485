import type { CalculatedPriceSet } from "../types.js"

/** The keys of `calculated_price` and `original_price`, in the order the SQL packs them. */
export const PRICE_DETAIL_KEYS = ["id", "price_list_id", "price_list_type", "min_quantity", "max_quantity"] as const

/** The top-level keys the SQL packs first, in order; the two price details follow. */
export const PRICE_SET_KEYS = [
  "id",
  "currency_code",
  "calculated_amount",
  "original_amount",
  "is_calculated_price_price_list",
  "is_original_price_price_list",
  "is_calculated_price_tax_inclusive",
  "is_original_price_tax_inclusive",
] as const

/** `keys` paired with the values of `packed` from position `at` on (missing values are null). */
function record(keys: readonly string[], packed: readonly unknown[], at: number): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (let i = 0; i < keys.length; i++) result[keys[i] as string] = packed[at + i] ?? null
  return result
}

/**
 * Turns the JSON array the calculated-price SQL returns (the values of `PRICE_SET_KEYS`, then those of
 * `PRICE_DETAIL_KEYS` for the calculated and the original price) into Medusa's object; null stays null.
 * The SQL returns an array because PostgreSQL builds one flat array several times faster than three
 * nested objects; every value in it is already decided by the SQL.
 *
 * @example
 * unpackCalculatedPrice(["pset_1", "usd", 900, 1000, true, false, false, false, "price_2", "plist_1", "sale", null, null, "price_1", null, null, null, null])
 * // { id: "pset_1", currency_code: "usd", calculated_amount: 900, original_amount: 1000, ..., calculated_price: { id: "price_2", ... } }
 */
export function unpackCalculatedPrice(value: unknown): CalculatedPriceSet | null {
  if (!Array.isArray(value)) return null
  const price = record(PRICE_SET_KEYS, value, 0)
  price["calculated_price"] = record(PRICE_DETAIL_KEYS, value, PRICE_SET_KEYS.length)
  price["original_price"] = record(PRICE_DETAIL_KEYS, value, PRICE_SET_KEYS.length + PRICE_DETAIL_KEYS.length)
  return price as unknown as CalculatedPriceSet
}
