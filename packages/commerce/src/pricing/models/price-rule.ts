import { model } from "@stratum/framework/utils"
import { Price } from "./price.js"

/** How a price rule compares the pricing context's value with its own: `context <operator> value`. */
export const PRICE_RULE_OPERATORS = ["eq", "gt", "gte", "lt", "lte"] as const

/**
 * A condition a price needs from the pricing context (table `price_rules`), e.g. `region_id eq reg_1`
 * or `item_total gte 5000`. Numeric operators apply when the context value is a number.
 *
 * @example
 * { attribute: "region_id", operator: "eq", value: "reg_01H...", price_id: "price_..." }
 */
export const PriceRule = model
  .define(
    { name: "price_rule", tableName: "price_rules" },
    {
      id: model.id({ prefix: "prule" }).primaryKey(),
      attribute: model.text(),
      value: model.text(),
      operator: model.enum(PRICE_RULE_OPERATORS).default("eq"),
      priority: model.number().default(0),
      price: model.belongsTo(() => Price, { mappedBy: "price_rules" }),
    },
  )
  .indexes([{ on: ["attribute", "value"] }])
