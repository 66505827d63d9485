import type { InferTypeOf } from "@stratum/framework/utils"
import type { InventoryItem, InventoryMovement, InventoryReservation } from "./models/index.js"

export type InventoryItemDTO = InferTypeOf<typeof InventoryItem>
export type InventoryMovementDTO = InferTypeOf<typeof InventoryMovement>
export type InventoryReservationDTO = InferTypeOf<typeof InventoryReservation>

/** An item's stock after a change: on hand, reserved, and what can still be reserved. */
export interface InventoryLevels {
  id: string
  quantity: number
  reserved_quantity: number
  available_quantity: number
}

/** Optional details of a reservation made with `reserve`. */
export interface ReserveOptions {
  line_item_id?: string | null
  description?: string | null
}
