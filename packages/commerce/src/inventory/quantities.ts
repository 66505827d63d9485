import { invalidQuantity } from "./stock-errors.js"

/**
 * Checks that a quantity is a safe integer of at least `min`, naming the field otherwise.
 *
 * @example
 * assertQuantity("InventoryReservation.quantity", 0, 1) // throws invalid_data
 */
export function assertQuantity(field: string, value: unknown, min: number): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    throw invalidQuantity(field, value, min === 1 ? "a positive integer" : `an integer of at least ${min}`)
  }
}

/**
 * Sums units per key, keeping keys in first-seen order.
 *
 * @example
 * sumBy([{ key: "a", units: 1 }, { key: "a", units: 2 }]) // Map { "a" => 3 }
 */
export function sumBy(entries: { key: string; units: number }[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (const { key, units } of entries) totals.set(key, (totals.get(key) ?? 0) + units)
  return totals
}
