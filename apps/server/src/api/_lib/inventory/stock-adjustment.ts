import type { InventoryLevels, InventoryModuleService, ProductModuleService } from "@stratum/commerce"
import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@stratum/framework/utils"
import { invalidInput } from "../errors.js"
import type { AdjustInventoryBody } from "../schemas/inventory.js"

/** An item's levels after an adjustment, and the variant it stocks. */
export type AdjustedItem = InventoryLevels & { variant_id: string | null }

/**
 * Adds `adjustment` units to an inventory item (negative removes), records the movement with its
 * reason, and mirrors the new on-hand quantity to the variant's `inventory_quantity` (what the low-stock
 * list reads), all in one transaction. Concurrent adjustments all count (the inventory module's
 * conditional UPDATE). Going below zero or below the reserved units is a 400 naming `adjustment`, and
 * nothing is written; an unknown item is a 404.
 *
 * @example
 * await adjustStock(req, "iitem_1", { adjustment: -2, reason: "damaged" })
 * // { id: "iitem_1", quantity: 8, reserved_quantity: 0, available_quantity: 8, variant_id: "variant_1" }
 */
export async function adjustStock(
  req: MedusaRequest,
  itemId: string,
  body: AdjustInventoryBody,
): Promise<AdjustedItem> {
  const inventory = req.scope.resolve<InventoryModuleService>("inventory")
  const products = req.scope.resolve<ProductModuleService>("product")
  const manager = req.scope.resolve(ContainerRegistrationKeys.MANAGER)
  return manager.transaction(async () => {
    const levels = await inventory.adjustBy(itemId, body.adjustment, body.reason).catch((error: unknown) => {
      if (MedusaError.isMedusaError(error) && error.type === MedusaError.Types.INVALID_DATA) {
        throw invalidInput("body", "adjustment", error.message)
      }
      throw error
    })
    const item = await inventory.retrieveInventoryItem(itemId, { select: ["id", "variant_id"] })
    if (item.variant_id) {
      await products.updateProductVariants({
        selector: { id: item.variant_id },
        data: { inventory_quantity: levels.quantity },
      })
    }
    return { ...levels, variant_id: item.variant_id ?? null }
  })
}
