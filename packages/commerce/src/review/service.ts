import { InjectManager, MedusaContext, MedusaService, type Context } from "@stratum/framework/utils"
import { ProductReview } from "./models/index.js"
import type { RatingSummary } from "./types.js"

/**
 * The review module's service: Medusa's generated methods for product reviews (`createProductReviews`,
 * `listProductReviews`, ... — ratings outside 1–5 are invalid_data) and a product's rating summary.
 *
 * @example
 * const reviews = container.resolve<ReviewModuleService>("review")
 * await reviews.createProductReviews({ product_id: "prod_01", customer_id: "cus_01", rating: 4 })
 * const { average, count } = await reviews.getProductRatingSummary("prod_01")
 */
export class ReviewModuleService extends MedusaService({ ProductReview }) {
  /**
   * Count, average and per-star distribution of a product's live reviews, in one statement.
   *
   * @example
   * await reviews.getProductRatingSummary("prod_01")
   * // { product_id: "prod_01", count: 3, average: 4.33, distribution: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 } }
   */
  @InjectManager()
  async getProductRatingSummary(
    productId: string,
    @MedusaContext() sharedContext: Context = {},
  ): Promise<RatingSummary> {
    const manager = sharedContext.transactionManager ?? sharedContext.manager ?? this.container_.resolve("manager")
    const [row] = await manager.query<
      { count: number; average: number | null } & Record<`r${1 | 2 | 3 | 4 | 5}`, number>
    >(
      `select count(*) as count, round(avg(rating), 2) as average,
         count(*) filter (where rating = 1) as r1, count(*) filter (where rating = 2) as r2,
         count(*) filter (where rating = 3) as r3, count(*) filter (where rating = 4) as r4,
         count(*) filter (where rating = 5) as r5
       from product_reviews where product_id = $1 and deleted_at is null`,
      [productId],
    )
    return {
      product_id: productId,
      count: row?.count ?? 0,
      average: row?.average ?? null,
      distribution: { 1: row?.r1 ?? 0, 2: row?.r2 ?? 0, 3: row?.r3 ?? 0, 4: row?.r4 ?? 0, 5: row?.r5 ?? 0 },
    }
  }
}
