import { model } from "@stratum/framework/utils"
import { InventoryItem } from "./inventory-item.js"

/**
 * One recorded change of an item's stock (table `inventory_movements`): the quantity (a delta for
 * `adjustBy`, the new level for the guide's `adjustInventory`), the reason, and when.
 *
 * @example
 * await inventory.listInventoryMovements({ item_id: item.id }, { order: { created_at: "ASC" } })
 */
export const InventoryMovement = model.define(
  { name: "inventory_movement", tableName: "inventory_movements" },
  {
    id: model.id({ prefix: "imov" }).primaryKey(),
    quantity: model.number(),
    reason: model.text().searchable(),
    item: model.belongsTo(() => InventoryItem, { mappedBy: "movements" }),
  },
)
