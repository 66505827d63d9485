import { MedusaError, MedusaService, type Context } from "@stratum/framework/utils"
import { InventoryItem, InventoryMovement, InventoryReservation } from "./models/index.js"
import { assertQuantity } from "./quantities.js"
import { belowReserved, itemNotFound } from "./stock-errors.js"
import { addToQuantity, readLevels } from "./stock-sql.js"
import type { InventoryLevels, InventoryReservationDTO, ReserveOptions } from "./types.js"

/**
 * The inventory module's service: Medusa's generated methods for items, movements and reservations,
 * the guide's `adjustInventory` as written, and concurrency-safe stock operations (`reserve`, `release`,
 * `fulfillReservation`, `adjustBy`) that never lose an update nor oversell.
 *
 * @example
 * const inventory = container.resolve<InventoryModuleService>("inventory")
 * const item = await inventory.createInventoryItems({ variant_id: "variant_01", quantity: 20 })
 * const reservation = await inventory.reserve(item.id, 2)
 * await inventory.adjustBy(item.id, 10, "restock")
 */
export class InventoryModuleService extends MedusaService({ InventoryItem, InventoryMovement, InventoryReservation }) {
  /**
   * The guide's manual transaction: sets the item's quantity to `quantity` and records a movement, both
   * in one transaction. A quantity below zero or below what is reserved is invalid_data; nothing is written.
   *
   * @example
   * await inventory.adjustInventory(item.id, 42, "stock count") // { success: true }
   */
  async adjustInventory(itemId: string, quantity: number, reason: string) {
    const manager = this.container_.resolve("manager")

    return await manager.transaction(async (transactionManager) => {
      const sharedContext = { transactionManager }

      // Update inventory item
      await this.updateInventoryItems(
        itemId,
        {
          quantity: quantity,
        },
        sharedContext,
      )

      // Create movement record
      await this.createInventoryMovements(
        {
          item_id: itemId,
          quantity: quantity,
          reason: reason,
          created_at: new Date(),
        },
        sharedContext,
      )

      return { success: true }
    })
  }

  /**
   * Adds `delta` units (negative to remove) to an item's stock and records the movement, in one
   * transaction. The change is one conditional UPDATE (`quantity = quantity + $2 WHERE ... AND
   * quantity + $2 >= reserved_quantity`), so concurrent adjustments all count. Going below zero or
   * below the reserved quantity is invalid_data and writes nothing.
   *
   * @example
   * await inventory.adjustBy(item.id, -2, "damaged") // { id, quantity: 18, reserved_quantity: 0, available_quantity: 18 }
   */
  async adjustBy(itemId: string, delta: number, reason: string, sharedContext: Context = {}): Promise<InventoryLevels> {
    if (typeof delta !== "number" || !Number.isSafeInteger(delta) || delta === 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid inventory adjustment ${JSON.stringify(delta)}: expected a non-zero integer number of units`,
      )
    }
    if (typeof reason !== "string" || reason.trim() === "") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An inventory adjustment needs a reason")
    }
    return this.atomicPhase_(async (transactionManager) => {
      const levels = await addToQuantity(transactionManager, itemId, delta)
      if (levels === undefined) {
        const current = await readLevels(transactionManager, itemId)
        if (current === undefined) throw itemNotFound(itemId)
        throw belowReserved(itemId, current.quantity + delta, current.reserved_quantity)
      }
      await this.createInventoryMovements({ item_id: itemId, quantity: delta, reason }, { transactionManager })
      return levels
    }, sharedContext)
  }

  /**
   * Reserves `quantity` units of an item: not_allowed (code `insufficient_inventory`) when fewer are
   * available, and then nothing is written. Safe under any concurrency: of 50 simultaneous reservations
   * of 1 unit against 20 in stock, exactly 20 succeed.
   *
   * @example
   * const reservation = await inventory.reserve(item.id, 2, { line_item_id: "ordli_01" })
   */
  async reserve(
    itemId: string,
    quantity: number,
    options: ReserveOptions = {},
    sharedContext: Context = {},
  ): Promise<InventoryReservationDTO> {
    assertQuantity("reservation quantity", quantity, 1)
    return this.createInventoryReservations({ ...options, item_id: itemId, quantity }, sharedContext)
  }

  /**
   * Releases a reservation: its units become available again. Releasing it a second time (even
   * concurrently) gives nothing back twice. Returns the item's levels; not_found for an unknown id.
   *
   * @example
   * await inventory.release(reservation.id) // { id, quantity: 20, reserved_quantity: 0, available_quantity: 20 }
   */
  async release(reservationId: string, sharedContext: Context = {}): Promise<InventoryLevels> {
    return this.atomicPhase_(async (transactionManager) => {
      const context = { transactionManager }
      const reservation = await this.retrieveInventoryReservation(
        reservationId,
        { select: ["id", "item_id"], withDeleted: true },
        context,
      )
      await this.softDeleteInventoryReservations(reservationId, context)
      return this.levelsOf(reservation.item_id, context)
    }, sharedContext)
  }

  /**
   * Ships a reservation: removes its units from stock and from the reserved quantity, and records a
   * movement, in one transaction. not_found when the reservation is unknown or already released.
   *
   * @example
   * await inventory.fulfillReservation(reservation.id)
   */
  async fulfillReservation(reservationId: string, sharedContext: Context = {}): Promise<InventoryLevels> {
    return this.atomicPhase_(async (transactionManager) => {
      const context = { transactionManager }
      const reservation = await this.retrieveInventoryReservation(reservationId, {}, context)
      const released = await this.softDeleteInventoryReservations(reservationId, context)
      if ((released.inventory_reservation_id ?? []).length === 0) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `InventoryReservation with id: ${reservationId} was not found`,
        )
      }
      return this.adjustBy(
        reservation.item_id,
        -reservation.quantity,
        `fulfilled reservation ${reservationId}`,
        context,
      )
    }, sharedContext)
  }

  /**
   * An item's current levels; not_found when it does not exist or is deleted.
   *
   * @example
   * const { available_quantity } = await inventory.retrieveInventoryLevels(item.id)
   */
  async retrieveInventoryLevels(itemId: string, sharedContext: Context = {}): Promise<InventoryLevels> {
    return this.levelsOf(itemId, sharedContext)
  }

  private async levelsOf(itemId: string, sharedContext: Context): Promise<InventoryLevels> {
    const manager = sharedContext.transactionManager ?? this.container_.resolve("manager")
    const levels = await readLevels(manager, itemId)
    if (levels === undefined) throw itemNotFound(itemId)
    return levels
  }
}
