import { model } from "@stratum/framework/utils"
import { RegionCountry } from "./region-country.js"

/**
 * A market selling in one currency (table `regions`). Prices target it with a `region_id` price rule.
 *
 * @example
 * await regionModule.createRegions({ name: "Europe", currency_code: "eur", countries: [{ iso_2: "fr", ... }] })
 */
export const Region = model
  .define(
    { name: "region", tableName: "regions" },
    {
      id: model.id({ prefix: "reg" }).primaryKey(),
      name: model.text().searchable(),
      currency_code: model.text().searchable(),
      automatic_taxes: model.boolean().default(true),
      metadata: model.json().nullable(),
      countries: model.hasMany(() => RegionCountry, { mappedBy: "region" }),
    },
  )
  .indexes([{ on: ["currency_code"] }])
