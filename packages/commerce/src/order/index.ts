import { Module } from "@stratum/framework/utils"
import { configureOrderRules } from "./order-loader.js"
import { OrderItemRepository, OrderRepository } from "./repositories/index.js"
import { OrderModuleService } from "./service.js"

export { OrderModuleService } from "./service.js"
export { Order, OrderItem, OrderAddress, ORDER_STATUSES } from "./models/index.js"
export { OrderRepository, OrderItemRepository } from "./repositories/index.js"
export { OrderRules } from "./order-rules.js"
export type {
  OrderDTO,
  OrderItemDTO,
  OrderAddressDTO,
  OrderStatus,
  CreateOrderData,
  OrderModuleOptions,
} from "./types.js"

/**
 * The order module, registered under `"order"`: orders (`orders`), their items (`order_items`) and
 * addresses (`order_addresses`). Options (`OrderModuleOptions`) plug in variant and region checks:
 *
 * @example
 * defineConfig({
 *   modules: [{ resolve: OrderModule, options: { variantExists: (id) => known.has(id), regionCurrency: (id) => regions.get(id) } }],
 * })
 */
const OrderModule = Module("order", {
  service: OrderModuleService,
  repositories: [OrderRepository, OrderItemRepository],
  loaders: [configureOrderRules],
})
export default OrderModule
