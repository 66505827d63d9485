import {
  MedusaRepository,
  Repository,
  type Context,
  type Filters,
  type InferTypeOf,
  type Row,
} from "@stratum/framework/utils"
import { ProductReview } from "../models/product-review.js"
import { assertRating } from "../rating.js"

type ProductReviewRow = InferTypeOf<typeof ProductReview>

/**
 * Product reviews' data access: every write refuses a rating outside 1–5 before anything is written
 * (the database's `product_reviews_rating_check` constraint backs it up).
 *
 * @example
 * await reviews.createProductReviews({ product_id, customer_id, rating: 0 }) // invalid_data, nothing written
 */
@Repository(ProductReview)
export class ProductReviewRepository extends MedusaRepository<ProductReviewRow> {
  override create(data: Row[], context?: Context): Promise<ProductReviewRow[]> {
    for (const row of data) assertRating(row, true)
    return super.create(data, context)
  }

  override update(updates: { selector: Filters; data: Row }[], context?: Context): Promise<ProductReviewRow[]> {
    for (const { data } of updates) assertRating(data, false)
    return super.update(updates, context)
  }

  override updateById(rows: Row[], context?: Context): Promise<ProductReviewRow[]> {
    for (const row of rows) assertRating(row, false)
    return super.updateById(rows, context)
  }

  override upsert(data: Row[], context?: Context): Promise<ProductReviewRow[]> {
    for (const row of data) assertRating(row, false)
    return super.upsert(data, context)
  }
}
