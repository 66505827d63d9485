import { model } from "@stratum/framework/utils"
import { PriceList } from "./price-list.js"

/**
 * A condition of a price list (table `price_list_rules`): the context's `attribute` must be one of `value`.
 *
 * @example
 * { attribute: "customer_group_id", value: ["cg_vip", "cg_staff"], price_list_id: "plist_..." }
 */
export const PriceListRule = model.define(
  { name: "price_list_rule", tableName: "price_list_rules" },
  {
    id: model.id({ prefix: "plrule" }).primaryKey(),
    attribute: model.text(),
    value: model.json<string[]>(),
    price_list: model.belongsTo(() => PriceList, { mappedBy: "price_list_rules" }),
  },
)
