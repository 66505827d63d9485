import { invalidInput } from "../errors.js"
import type { PricingSelection } from "../pricing/pricing-selection.js"
import type { AdminProductsQuery, StoreProductsQuery } from "../schemas/product.js"

/**
 * `min_price` / `max_price` (minor units) as a graph filter: products with a variant that has a price
 * in the selected currency within the range. The calculated price is computed per request and cannot
 * be filtered on, so the range applies to the variants' stored prices (regular and price-list prices).
 */
function priceRange(query: StoreProductsQuery, selection?: PricingSelection): Record<string, unknown> | undefined {
  const { min_price: min, max_price: max } = query
  if (min === undefined && max === undefined) return undefined
  const name = min !== undefined ? "min_price" : "max_price"
  if (selection === undefined) {
    throw invalidInput("query", name, "needs currency_code or region_id to know the currency of the price range")
  }
  if (min !== undefined && max !== undefined && min > max) {
    throw invalidInput("query", "min_price", `must not be greater than max_price (${min} > ${max})`)
  }
  const amount: Record<string, number> = {}
  if (min !== undefined) amount.$gte = min
  if (max !== undefined) amount.$lte = max
  return { prices: { currency_code: selection.currency_code, amount } }
}

/**
 * The graph filters of `GET /store/products`: published products, free-text `q`, categories and the
 * price range.
 *
 * @example
 * storeProductFilters({ q: "shirt", category_id: ["pcat_1"], min_price: 1000 }, { currency_code: "usd" })
 * // { status: "published", q: "shirt", categories: { id: ["pcat_1"] },
 * //   variants: { prices: { currency_code: "usd", amount: { $gte: 1000 } } } }
 */
export function storeProductFilters(query: StoreProductsQuery, selection?: PricingSelection): Record<string, unknown> {
  const filters: Record<string, unknown> = { status: "published" }
  if (query.q !== undefined) filters.q = query.q
  if (query.category_id !== undefined) filters.categories = { id: query.category_id }
  const variants = priceRange(query, selection)
  if (variants !== undefined) filters.variants = variants
  return filters
}

/**
 * The graph filters of `GET /admin/products`: free-text `q`, status and categories.
 *
 * @example
 * adminProductFilters({ status: ["draft"], q: "mug" }) // { q: "mug", status: ["draft"] }
 */
export function adminProductFilters(query: AdminProductsQuery): Record<string, unknown> {
  const filters: Record<string, unknown> = {}
  if (query.q !== undefined) filters.q = query.q
  if (query.status !== undefined) filters.status = query.status
  if (query.category_id !== undefined) filters.categories = { id: query.category_id }
  return filters
}
