import type { AdminReviewsQuery } from "../schemas/review.js"

/**
 * The graph filters of `GET /admin/reviews`.
 *
 * @example
 * adminReviewFilters({ product_id: ["prod_1"], rating: 1 }) // { product_id: ["prod_1"], rating: 1 }
 */
export function adminReviewFilters(query: AdminReviewsQuery): Record<string, unknown> {
  const filters: Record<string, unknown> = {}
  if (query.product_id !== undefined) filters.product_id = query.product_id
  if (query.customer_id !== undefined) filters.customer_id = query.customer_id
  if (query.rating !== undefined) filters.rating = query.rating
  if (query.q !== undefined) filters.q = query.q
  return filters
}
