import { model } from "@stratum/framework/utils"
import { CustomerAddress } from "./customer-address.js"

/**
 * A customer (table `customers`). `email` is stored trimmed and lower-cased and is unique among live
 * customers (a soft-deleted customer's email can be used again). Addresses are soft-deleted with it.
 *
 * @example
 * await customers.createCustomers({ email: "ada@example.com", first_name: "Ada", addresses: [{ city: "London" }] })
 */
export const Customer = model
  .define(
    { name: "customer", tableName: "customers" },
    {
      id: model.id({ prefix: "cus" }).primaryKey(),
      email: model.text().searchable().unique(),
      first_name: model.text().searchable().nullable(),
      last_name: model.text().searchable().nullable(),
      phone: model.text().searchable().nullable(),
      company_name: model.text().searchable().nullable(),
      has_account: model.boolean().default(false),
      metadata: model.json().nullable(),
      addresses: model.hasMany(() => CustomerAddress, { mappedBy: "customer" }),
    },
  )
  .cascades({ delete: ["addresses"] })
