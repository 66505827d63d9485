import type { InferTypeOf } from "@stratum/framework/utils"
import type { ProductReview } from "./models/index.js"

export type ProductReviewDTO = InferTypeOf<typeof ProductReview>

/** How a product is rated by its live reviews. */
export interface RatingSummary {
  product_id: string
  count: number
  /** Mean rating rounded to two decimals; null without reviews. */
  average: number | null
  /** Number of reviews per star, 1 to 5. */
  distribution: Record<1 | 2 | 3 | 4 | 5, number>
}
