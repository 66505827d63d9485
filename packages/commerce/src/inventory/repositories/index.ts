export { InventoryItemRepository } from "./inventory-item-repository.js"
export { InventoryReservationRepository } from "./inventory-reservation-repository.js"
