import type { InferTypeOf } from "@stratum/framework/utils"
import type { Order, OrderAddress, OrderItem } from "./models/index.js"

export type OrderDTO = InferTypeOf<typeof Order>
export type OrderItemDTO = InferTypeOf<typeof OrderItem>
export type OrderAddressDTO = InferTypeOf<typeof OrderAddress>
export type OrderStatus = OrderDTO["status"]

/** The guide's input of `createOrderWithItems`. */
export interface CreateOrderData {
  customer_id: string
  currency_code: string
  region_id: string
  items: { product_id: string; variant_id: string; quantity: number; unit_price: number }[]
}

/**
 * Options of the order module (`{ resolve: OrderModule, options: {...} }` in the configuration): hooks
 * that let orders be checked against other modules without the order module depending on them.
 */
export interface OrderModuleOptions {
  /** Whether a product variant exists; order items with an unknown `variant_id` are then invalid_data. */
  variantExists?: (variantId: string) => boolean | Promise<boolean>
  /** The currency of a region (undefined/null: no such region); an order's currency must match it. */
  regionCurrency?: (regionId: string) => string | null | undefined | Promise<string | null | undefined>
}
