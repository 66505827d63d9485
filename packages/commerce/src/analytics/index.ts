import { Module } from "@stratum/framework/utils"
import { AnalyticsModuleService } from "./service.js"

export { AnalyticsModuleService } from "./service.js"
export type { MonthlySales, SalesRange } from "./types.js"

/**
 * The analytics module, registered under `"analytics"`: reports over `orders`, `order_items` and
 * `products` (the order and product modules' tables, in the same database). It has no tables of its own.
 *
 * @example
 * const app = await createApp({ modules: [ProductModule, OrderModule, AnalyticsModule] })
 * const analytics = app.container.resolve<AnalyticsModuleService>("analytics")
 */
const AnalyticsModule = Module("analytics", { service: AnalyticsModuleService })
export default AnalyticsModule
