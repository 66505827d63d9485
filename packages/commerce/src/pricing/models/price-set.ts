import { model } from "@stratum/framework/utils"
import { Price } from "./price.js"

/**
 * A set of prices for one priced thing, e.g. a product variant (table `price_sets`).
 *
 * @example
 * await pricingModule.createPriceSets({ prices: [{ amount: 1000, currency_code: "usd" }] })
 */
export const PriceSet = model
  .define(
    { name: "price_set", tableName: "price_sets" },
    {
      id: model.id({ prefix: "pset" }).primaryKey(),
      prices: model.hasMany(() => Price, { mappedBy: "price_set" }),
    },
  )
  .cascades({ delete: ["prices"] })
