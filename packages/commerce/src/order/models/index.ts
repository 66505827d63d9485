export { Order, ORDER_STATUSES } from "./order.js"
export { OrderItem } from "./order-item.js"
export { OrderAddress } from "./order-address.js"
