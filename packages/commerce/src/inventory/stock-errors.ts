import { MedusaError } from "@stratum/framework/utils"

/**
 * The error for a reservation that asks for more than is available (Medusa's type and code).
 *
 * @example
 * throw insufficientStock([{ id: "iitem_1", requested: 3, available: 1 }])
 * // not_allowed: Not enough stock for inventory item iitem_1: requested 3, available 1
 */
export function insufficientStock(shortages: { id: string; requested: number; available: number }[]): MedusaError {
  const detail = shortages
    .map((s) => `inventory item ${s.id}: requested ${s.requested}, available ${s.available}`)
    .join("; ")
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Not enough stock for ${detail}`,
    MedusaError.Codes.INSUFFICIENT_INVENTORY,
  )
}

/**
 * The error for a missing (or deleted) inventory item, in Medusa's wording.
 *
 * @example
 * throw itemNotFound("iitem_1") // not_found: InventoryItem with id: iitem_1 was not found
 */
export function itemNotFound(id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `InventoryItem with id: ${id} was not found`)
}

/**
 * The error for bad quantities: what was given and what is allowed.
 *
 * @example
 * throw invalidQuantity("InventoryReservation.quantity", -1, "a positive integer")
 */
export function invalidQuantity(field: string, value: unknown, allowed: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Invalid ${field}: expected ${allowed}, got ${JSON.stringify(value) ?? String(value)}`,
  )
}

/**
 * The error for a stock level that would drop below what is reserved (or below zero).
 *
 * @example
 * throw belowReserved("iitem_1", 2, 5) // invalid_data: ... would leave 2 units on hand but 5 are reserved
 */
export function belowReserved(id: string, quantity: number, reserved: number): MedusaError {
  const what = quantity < 0 ? `${quantity} units on hand` : `${quantity} units on hand but ${reserved} are reserved`
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Inventory item ${id} cannot be adjusted: it would leave ${what}; stock may not go below the reserved quantity or zero`,
  )
}
