import { model } from "@stratum/framework/utils"

/**
 * A postal address of an order (table `order_addresses`), a snapshot taken when the order was placed,
 * referenced by `orders.shipping_address_id` and `orders.billing_address_id`.
 *
 * @example
 * await orders.createOrders({ currency_code: "eur", shipping_address: { address_1: "1 Rue X", city: "Paris", country_code: "fr" } })
 */
export const OrderAddress = model.define(
  { name: "order_address", tableName: "order_addresses" },
  {
    id: model.id({ prefix: "ordaddr" }).primaryKey(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    company: model.text().nullable(),
    address_1: model.text().nullable(),
    address_2: model.text().nullable(),
    city: model.text().nullable(),
    province: model.text().nullable(),
    postal_code: model.text().nullable(),
    country_code: model.text().nullable(),
    phone: model.text().nullable(),
    metadata: model.json().nullable(),
  },
)
