import { model } from "@stratum/framework/utils"
import { PriceListRule } from "./price-list-rule.js"
import { Price } from "./price.js"

export const PRICE_LIST_TYPES = ["sale", "override"] as const
export const PRICE_LIST_STATUSES = ["active", "draft"] as const

/**
 * A group of prices that applies while active, between `starts_at` and `ends_at` (null = open), to contexts
 * matching all its rules (table `price_lists`). A `sale` list lowers the price (its price counts only when
 * lower than the default); an `override` list replaces it.
 *
 * @example
 * await pricingModule.createPriceLists({ title: "Black Friday", type: "sale", status: "active", prices: [...] })
 */
export const PriceList = model
  .define(
    { name: "price_list", tableName: "price_lists" },
    {
      id: model.id({ prefix: "plist" }).primaryKey(),
      title: model.text().searchable(),
      description: model.text().searchable().default(""),
      status: model.enum(PRICE_LIST_STATUSES).default("draft"),
      type: model.enum(PRICE_LIST_TYPES).default("sale"),
      starts_at: model.dateTime().nullable(),
      ends_at: model.dateTime().nullable(),
      rules_count: model.number().default(0),
      prices: model.hasMany(() => Price, { mappedBy: "price_list" }),
      price_list_rules: model.hasMany(() => PriceListRule, { mappedBy: "price_list" }),
    },
  )
  .cascades({ delete: ["price_list_rules", "prices"] })
