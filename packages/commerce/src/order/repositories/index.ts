export { OrderRepository } from "./order-repository.js"
export { OrderItemRepository } from "./order-item-repository.js"
