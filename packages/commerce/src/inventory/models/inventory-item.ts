import { model } from "@stratum/framework/utils"
import { InventoryMovement } from "./inventory-movement.js"
import { InventoryReservation } from "./inventory-reservation.js"

/**
 * Stock of one variant (table `inventory_items`): `quantity` on hand and `reserved_quantity` held by
 * live reservations. Writes keep `0 <= reserved_quantity <= quantity`; `variant_id` and `sku` are unique
 * among live items.
 *
 * @example
 * await inventory.createInventoryItems({ variant_id: "variant_01", sku: "SHIRT-M", quantity: 20 })
 */
export const InventoryItem = model
  .define(
    { name: "inventory_item", tableName: "inventory_items" },
    {
      id: model.id({ prefix: "iitem" }).primaryKey(),
      variant_id: model.text().unique().nullable(),
      sku: model.text().searchable().unique().nullable(),
      title: model.text().searchable().nullable(),
      quantity: model.number().default(0),
      reserved_quantity: model.number().default(0),
      movements: model.hasMany(() => InventoryMovement, { mappedBy: "item" }),
      reservations: model.hasMany(() => InventoryReservation, { mappedBy: "item" }),
    },
  )
  .cascades({ delete: ["movements", "reservations"] })
