import type { AdminOrdersQuery } from "../schemas/order.js"

/**
 * The graph filters of `GET /admin/orders`: status (one or several), customer, region, currency,
 * creation date range and free text over the email.
 *
 * @example
 * adminOrderFilters({ status: ["completed"], created_at: { $gte: new Date("2024-01-01") } })
 * // { status: ["completed"], created_at: { $gte: 2024-01-01T00:00:00.000Z } }
 */
export function adminOrderFilters(query: AdminOrdersQuery): Record<string, unknown> {
  const filters: Record<string, unknown> = {}
  if (query.status !== undefined) filters.status = query.status
  if (query.customer_id !== undefined) filters.customer_id = query.customer_id
  if (query.region_id !== undefined) filters.region_id = query.region_id
  if (query.currency_code !== undefined) filters.currency_code = query.currency_code
  if (query.created_at !== undefined) filters.created_at = query.created_at
  if (query.q !== undefined) filters.q = query.q
  return filters
}
