import { model } from "@stratum/framework/utils"
import { OrderAddress } from "./order-address.js"
import { OrderItem } from "./order-item.js"

/** Lifecycle of an order, as Medusa names it. */
export const ORDER_STATUSES = ["pending", "completed", "draft", "archived", "canceled", "requires_action"] as const

/**
 * An order (table `orders`). Money is in the currency's minor unit (cents). `subtotal` is the sum of
 * `quantity * unit_price` over the live items and `total` is `subtotal + shipping_total`; both are kept
 * up to date by every write of the order or its items and cannot be set directly. The shipping and
 * billing addresses are rows of `order_addresses` (graph fields `shipping_address.*`, `billing_address.*`).
 *
 * @example
 * await orders.createOrders({
 *   customer_id: "cus_01", email: "ada@example.com", currency_code: "usd", region_id: "reg_01",
 *   shipping_address: { first_name: "Ada", city: "London", country_code: "gb" },
 *   items: [{ product_id: "prod_01", variant_id: "variant_01", title: "Shirt", quantity: 2, unit_price: 1999 }],
 * }) // subtotal 3998, total 3998
 */
export const Order = model
  .define(
    { name: "order", tableName: "orders" },
    {
      id: model.id({ prefix: "order" }).primaryKey(),
      customer_id: model.text().index().nullable(),
      email: model.text().searchable().nullable(),
      status: model.enum(ORDER_STATUSES).default("pending"),
      currency_code: model.text(),
      region_id: model.text().index().nullable(),
      subtotal: model.number().default(0),
      shipping_total: model.number().default(0),
      total: model.number().default(0),
      metadata: model.json().nullable(),
      items: model.hasMany(() => OrderItem, { mappedBy: "order" }),
      shipping_address: model.hasOne(() => OrderAddress, { foreignKey: true }).nullable(),
      billing_address: model.hasOne(() => OrderAddress, { foreignKey: true }).nullable(),
    },
  )
  .cascades({ delete: ["items"] })
