import { model } from "@stratum/framework/utils"

/**
 * Whether prices for a region or a currency include tax (table `price_preferences`). A region preference
 * applies to prices with a matching `region_id` rule; otherwise the currency's preference; otherwise false.
 *
 * @example
 * await pricingModule.createPricePreferences({ attribute: "currency_code", value: "eur", is_tax_inclusive: true })
 */
export const PricePreference = model
  .define(
    { name: "price_preference", tableName: "price_preferences" },
    {
      id: model.id({ prefix: "prpref" }).primaryKey(),
      attribute: model.text(), // "region_id" or "currency_code"
      value: model.text(),
      is_tax_inclusive: model.boolean().default(false),
    },
  )
  .indexes([{ on: ["attribute", "value"], unique: true }])
