import { Module } from "@stratum/framework/utils"
import { calculatedPrice } from "./calculated-price/calculated-price-field.js"
import { PricingModuleService } from "./service.js"

export { PricingModuleService } from "./service.js"
export * from "./models/index.js"
export type * from "./types.js"
export { calculatedPrice } from "./calculated-price/calculated-price-field.js"
export {
  normalizePricingContext,
  type PricingContext,
  type NormalizedPricingContext,
} from "./calculated-price/pricing-context.js"
export { calculatePricesStatement } from "./calculated-price/calculate-prices-sql.js"

/**
 * The pricing module, registered under `"pricing"`; contributes `ProductVariant.calculated_price` to the graph.
 *
 * @example
 * const app = await createApp({ modules: [ProductModule, PricingModule], links: [ProductVariantPriceSetLink] })
 * const pricing = app.container.resolve<PricingModuleService>("pricing")
 */
const PricingModule = Module("pricing", { service: PricingModuleService, computedFields: [calculatedPrice] })
export default PricingModule
