export { InventoryItem } from "./inventory-item.js"
export { InventoryMovement } from "./inventory-movement.js"
export { InventoryReservation } from "./inventory-reservation.js"
