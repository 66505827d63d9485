import { model } from "@stratum/framework/utils"
import { Customer } from "./customer.js"

/**
 * An address book entry of a customer (table `customer_addresses`). `country_code` is an ISO 3166-1
 * alpha-2 code stored lower-case. At most one address per customer is the default shipping address and
 * one the default billing address: marking one clears the flag on the others.
 *
 * @example
 * await customers.createCustomerAddresses({ customer_id: id, address_1: "1 Main St", city: "Berlin", country_code: "de" })
 */
export const CustomerAddress = model.define(
  { name: "customer_address", tableName: "customer_addresses" },
  {
    id: model.id({ prefix: "cuaddr" }).primaryKey(),
    address_name: model.text().searchable().nullable(),
    is_default_shipping: model.boolean().default(false),
    is_default_billing: model.boolean().default(false),
    company: model.text().searchable().nullable(),
    first_name: model.text().searchable().nullable(),
    last_name: model.text().searchable().nullable(),
    address_1: model.text().searchable().nullable(),
    address_2: model.text().searchable().nullable(),
    city: model.text().searchable().nullable(),
    country_code: model.text().nullable(),
    province: model.text().searchable().nullable(),
    postal_code: model.text().searchable().nullable(),
    phone: model.text().nullable(),
    metadata: model.json().nullable(),
    customer: model.belongsTo(() => Customer, { mappedBy: "addresses" }),
  },
)
