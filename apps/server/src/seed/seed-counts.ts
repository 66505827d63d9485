/**
 * How much demo data the seed writes (the fixed counts; derived ones such as order items are listed in
 * `README.md`). Money is in minor units (cents).
 */
export const SEED_COUNTS = {
  regions: 2,
  products: 2_000,
  variantsPerProduct: 3,
  customers: 500,
  orders: 10_000,
  /** Orders are spread over this many months before the seed day. */
  orderMonths: 24,
  /** Share of variants with a price in the sale price list. */
  saleShare: 0.1,
  blogAuthors: 6,
  blogPosts: 60,
} as const
