import { model } from "@stratum/framework/utils"

/**
 * A customer's review of a product (table `product_reviews`, created by the guide's migration
 * `Migration20240101120000`, which also copies the legacy feedback). `rating` is an integer from 1 to 5.
 *
 * @example
 * await reviews.createProductReviews({ product_id: "prod_01", customer_id: "cus_01", rating: 5, comment: "Great" })
 */
export const ProductReview = model.define(
  { name: "product_review", tableName: "product_reviews" },
  {
    id: model.id({ prefix: "prev" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text(),
    rating: model.number(),
    comment: model.text().searchable().nullable(),
    verified_purchase: model.boolean().default(false),
  },
)
