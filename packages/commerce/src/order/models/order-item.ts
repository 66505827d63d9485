import { model } from "@stratum/framework/utils"
import { Order } from "./order.js"

/**
 * A line of an order (table `order_items`): what was bought (`product_id`, `variant_id`, `title`), how
 * many (`quantity`, a positive integer) and at what unit price (minor units, not negative).
 *
 * @example
 * await orders.createOrderItems({ order_id: order.id, variant_id: "variant_01", quantity: 1, unit_price: 500 })
 */
export const OrderItem = model.define(
  { name: "order_item", tableName: "order_items" },
  {
    id: model.id({ prefix: "ordli" }).primaryKey(),
    product_id: model.text().index().nullable(),
    variant_id: model.text().index().nullable(),
    title: model.text().searchable().default(""),
    quantity: model.number(),
    unit_price: model.number(),
    metadata: model.json().nullable(),
    order: model.belongsTo(() => Order, { mappedBy: "items" }),
  },
)
