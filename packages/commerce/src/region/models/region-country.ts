import { model } from "@stratum/framework/utils"
import { Region } from "./region.js"

/**
 * A country, keyed by its ISO 3166-1 alpha-2 code (table `region_countries`), assigned to at most one region.
 *
 * @example
 * await regionModule.createCountries({ iso_2: "fr", iso_3: "fra", num_code: "250", name: "FRANCE", display_name: "France" })
 */
export const RegionCountry = model.define(
  { name: "region_country", tableName: "region_countries" },
  {
    iso_2: model.text().searchable().primaryKey(),
    iso_3: model.text(),
    num_code: model.text(),
    name: model.text().searchable(),
    display_name: model.text(),
    metadata: model.json().nullable(),
    region: model.belongsTo(() => Region, { mappedBy: "countries" }).nullable(),
  },
)
