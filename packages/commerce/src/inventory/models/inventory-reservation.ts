import { model } from "@stratum/framework/utils"
import { InventoryItem } from "./inventory-item.js"

/**
 * Units of an item held for an order line (table `inventory_reservations`). Creating, releasing
 * (soft-deleting), restoring or resizing a reservation moves the item's `reserved_quantity` in the same
 * statement-level check, so stock is never oversold.
 *
 * @example
 * await inventory.reserve(item.id, 2, { line_item_id: "ordli_01" })
 */
export const InventoryReservation = model.define(
  { name: "inventory_reservation", tableName: "inventory_reservations" },
  {
    id: model.id({ prefix: "ires" }).primaryKey(),
    quantity: model.number(),
    line_item_id: model.text().index().nullable(),
    description: model.text().nullable(),
    item: model.belongsTo(() => InventoryItem, { mappedBy: "reservations" }),
  },
)
