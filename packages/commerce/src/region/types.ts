import type { InferTypeOf } from "@stratum/framework/utils"
import type { Region, RegionCountry } from "./models/index.js"

export type RegionDTO = InferTypeOf<typeof Region>
export type RegionCountryDTO = InferTypeOf<typeof RegionCountry>
