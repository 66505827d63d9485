import { model } from "@stratum/framework/utils"
import { PriceList } from "./price-list.js"
import { PriceRule } from "./price-rule.js"
import { PriceSet } from "./price-set.js"

/**
 * One amount of a price set (table `prices`), in the currency's minor unit (cents), for a quantity range
 * (`min_quantity`/`max_quantity`, null = open), optionally restricted by price rules and part of a price list.
 *
 * @example
 * { amount: 900, currency_code: "usd", min_quantity: 10, max_quantity: null, price_set_id: "pset_..." }
 */
export const Price = model
  .define(
    { name: "price", tableName: "prices" },
    {
      id: model.id({ prefix: "price" }).primaryKey(),
      title: model.text().nullable(),
      currency_code: model.text(),
      amount: model.number(),
      min_quantity: model.number().nullable(),
      max_quantity: model.number().nullable(),
      rules_count: model.number().default(0),
      price_set: model.belongsTo(() => PriceSet, { mappedBy: "prices" }),
      price_list: model.belongsTo(() => PriceList, { mappedBy: "prices" }).nullable(),
      price_rules: model.hasMany(() => PriceRule, { mappedBy: "price" }),
    },
  )
  .indexes([{ on: ["price_set_id", "currency_code"] }])
  .cascades({ delete: ["price_rules"] })
