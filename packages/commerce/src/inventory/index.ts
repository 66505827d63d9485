import { Module } from "@stratum/framework/utils"
import { InventoryItemRepository, InventoryReservationRepository } from "./repositories/index.js"
import { InventoryModuleService } from "./service.js"

export { InventoryModuleService } from "./service.js"
export { InventoryItem, InventoryMovement, InventoryReservation } from "./models/index.js"
export { InventoryItemRepository, InventoryReservationRepository } from "./repositories/index.js"
export type {
  InventoryItemDTO,
  InventoryMovementDTO,
  InventoryReservationDTO,
  InventoryLevels,
  ReserveOptions,
} from "./types.js"

/**
 * The inventory module, registered under `"inventory"`: items (`inventory_items`), movements
 * (`inventory_movements`) and reservations (`inventory_reservations`).
 *
 * @example
 * const app = await createApp({ modules: [InventoryModule] })
 * const inventory = app.container.resolve<InventoryModuleService>("inventory")
 */
const InventoryModule = Module("inventory", {
  service: InventoryModuleService,
  repositories: [InventoryItemRepository, InventoryReservationRepository],
})
export default InventoryModule
