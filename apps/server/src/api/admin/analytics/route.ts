import type { MedusaRequest } from "@stratum/framework/http"
import { analyticsReport } from "../../_lib/analytics-report.js"
import type { AnalyticsQuery } from "../../_lib/schemas/analytics.js"

/** GET /admin/analytics: order statistics and sales per month for `start`..`end`, and the top products. */
export async function GET(req: MedusaRequest<unknown, AnalyticsQuery>) {
  return analyticsReport(req, req.validatedQuery)
}
