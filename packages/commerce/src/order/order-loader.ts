import { OrderRules } from "./order-rules.js"
import { OrderItemRepository } from "./repositories/order-item-repository.js"
import { OrderRepository } from "./repositories/order-repository.js"
import type { OrderModuleOptions } from "./types.js"

/**
 * Module loader: builds the `OrderRules` from the module options (`variantExists`, `regionCurrency`)
 * and hands them to the order and order item repositories.
 *
 * @example
 * Module("order", { service: OrderModuleService, loaders: [configureOrderRules] })
 */
export function configureOrderRules({
  container,
  options,
}: {
  container: Record<string, unknown>
  options: Record<string, unknown>
}): void {
  const rules = new OrderRules(options as OrderModuleOptions)
  const orders = container.orderRepository
  const items = container.orderItemRepository
  if (orders instanceof OrderRepository) orders.rules = rules
  if (items instanceof OrderItemRepository) items.rules = rules
}
