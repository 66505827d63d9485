import type { AnalyticsModuleService, MonthlySales } from "@stratum/commerce"
import type { MedusaRequest } from "@stratum/framework/http"
import { invalidInput } from "./errors.js"
import type { AnalyticsQuery } from "./schemas/analytics.js"

/** What `GET /admin/analytics` answers. */
export interface AnalyticsReport {
  start: Date
  end: Date
  statistics: unknown
  top_products: unknown[]
  sales_per_month: MonthlySales[]
}

/** `end` (default now) and `start` (default twelve months before `end`); `start` after `end` is a 400. */
function range(query: AnalyticsQuery): { start: Date; end: Date } {
  const end = query.end ?? new Date()
  const start = query.start ?? new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), end.getUTCDate()))
  if (start > end) {
    throw invalidInput("query", "start", `must not be after end (${start.toISOString()} > ${end.toISOString()})`)
  }
  return { start, end }
}

/**
 * The analytics module's reports for a date range: the guide's order statistics (completed orders in
 * the range), its top products (all time, as the guide's query is), and completed sales per month in
 * the range. Three statements, run side by side.
 *
 * @example
 * await analyticsReport(req, { start: new Date("2024-01-01"), end: new Date("2024-12-31"), top: 5 })
 */
export async function analyticsReport(req: MedusaRequest, query: AnalyticsQuery): Promise<AnalyticsReport> {
  const { start, end } = range(query)
  const analytics = req.scope.resolve<AnalyticsModuleService>("analytics")
  const [statistics, topProducts, salesPerMonth] = await Promise.all([
    analytics.getOrderStatistics({ start, end }),
    analytics.getTopProducts(query.top),
    analytics.getSalesPerMonth({ start, end }),
  ])
  return { start, end, statistics, top_products: topProducts, sales_per_month: salesPerMonth }
}
