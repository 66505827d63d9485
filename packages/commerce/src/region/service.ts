import { MedusaService } from "@stratum/framework/utils"
import { Region, RegionCountry } from "./models/index.js"

/**
 * The region module (`"region"`): Medusa's generated methods for regions and their countries
 * (`createRegions`, `listRegions`, `retrieveRegion`, `createCountries`, `listCountries`, ...).
 *
 * @example
 * const eu = await regionModule.createRegions({ name: "Europe", currency_code: "eur" })
 */
export class RegionModuleService extends MedusaService({ Region, Country: RegionCountry }) {}
