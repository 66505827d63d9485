import type { StoreCategoriesQuery, StoreRegionsQuery } from "../schemas/catalog.js"

/**
 * The graph filters of `GET /store/product-categories`: active, public categories; `parent_category_id=null`
 * lists the top level.
 *
 * @example
 * storeCategoryFilters({ parent_category_id: "null" }) // { is_active: true, is_internal: false, parent_category_id: null }
 */
export function storeCategoryFilters(query: StoreCategoriesQuery): Record<string, unknown> {
  const filters: Record<string, unknown> = { is_active: true, is_internal: false }
  if (query.q !== undefined) filters.q = query.q
  if (query.handle !== undefined) filters.handle = query.handle
  if (query.id !== undefined) filters.id = query.id
  if (query.parent_category_id !== undefined) {
    filters.parent_category_id = query.parent_category_id === "null" ? null : query.parent_category_id
  }
  return filters
}

/**
 * The graph filters of `GET /store/regions`.
 *
 * @example
 * storeRegionFilters({ currency_code: "eur" }) // { currency_code: "eur" }
 */
export function storeRegionFilters(query: StoreRegionsQuery): Record<string, unknown> {
  const filters: Record<string, unknown> = {}
  if (query.q !== undefined) filters.q = query.q
  if (query.currency_code !== undefined) filters.currency_code = query.currency_code
  if (query.id !== undefined) filters.id = query.id
  return filters
}
