import { queryInteger } from "@stratum/framework/http"
import { z } from "zod"
import { isoDate } from "./common.js"

/** `GET /admin/analytics`: the date range (default: the 12 months before `end`, `end` default now) and how many top products. */
export const AnalyticsQuery = z.object({
  start: isoDate().optional(),
  end: isoDate().optional(),
  top: queryInteger({ min: 1, max: 100 }).default(10),
})
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>
