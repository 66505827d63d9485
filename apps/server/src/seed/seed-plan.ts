import { planBlog, type SeedBlog } from "./steps/blog.js"
import { planCategories, type SeedCategory } from "./steps/categories.js"
import { planCustomers, type SeedCustomer } from "./steps/customers.js"
import { planOrders, type SeedOrder } from "./steps/orders.js"
import { planPricing, type SeedPricing } from "./steps/prices.js"
import { planProducts, type SeedProduct } from "./steps/products.js"
import { planRegions, type SeedRegion } from "./steps/regions.js"

/** Everything the seed writes, built in memory before the first statement. */
export interface SeedPlan {
  now: Date
  regions: SeedRegion[]
  categories: SeedCategory[]
  products: SeedProduct[]
  pricing: SeedPricing
  customers: SeedCustomer[]
  orders: SeedOrder[]
  blog: SeedBlog
}

/**
 * Builds the demo data. Every value comes from named pseudo-random streams, so the plan is the same on
 * every run; only dates are relative to `now` (ids never are).
 *
 * @example
 * const plan = buildSeedPlan(new Date("2025-01-01T00:00:00Z"))
 * plan.products.length // 2000
 */
export function buildSeedPlan(now: Date): SeedPlan {
  const regions = planRegions()
  const categories = planCategories()
  const products = planProducts(categories, now)
  const customers = planCustomers(regions, now)
  return {
    now,
    regions,
    categories,
    products,
    pricing: planPricing(products),
    customers,
    orders: planOrders(products, customers, now),
    blog: planBlog(now),
  }
}
