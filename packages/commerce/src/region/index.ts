import { Module } from "@stratum/framework/utils"
import { RegionModuleService } from "./service.js"

export { RegionModuleService } from "./service.js"
export { Region, RegionCountry } from "./models/index.js"
export type { RegionDTO, RegionCountryDTO } from "./types.js"

/**
 * The region module, registered under `"region"`.
 *
 * @example
 * const app = await createApp({ modules: [RegionModule] })
 * const regions = app.container.resolve<RegionModuleService>("region")
 */
const RegionModule = Module("region", { service: RegionModuleService })
export default RegionModule
