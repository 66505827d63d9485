import type { CustomerModuleService, ProductReviewDTO, ReviewModuleService } from "@stratum/commerce"
import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys, type Query } from "@stratum/framework/utils"
import { invalidInput } from "../errors.js"
import { assertPublishedProduct } from "../products/published-product.js"
import type { CreateReviewBody } from "../schemas/review.js"

/** Whether the customer has a completed order with this product (the review is then a verified purchase). */
async function hasBought(query: Query, customerId: string, productId: string): Promise<boolean> {
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { customer_id: customerId, status: "completed", items: { product_id: productId } },
    pagination: { take: 1 },
  })
  return data.length > 0
}

/**
 * Records a customer's review of a published product: 404 for an unknown product, 400 for an unknown
 * customer (the rating was checked by the body schema, and the review module checks it again). The
 * review is marked `verified_purchase` when the customer has a completed order with the product.
 *
 * @example
 * const review = await submitReview(req, "prod_123", { customer_id: "cus_1", rating: 5, comment: "Great" })
 */
export async function submitReview(
  req: MedusaRequest,
  productId: string,
  body: CreateReviewBody,
): Promise<ProductReviewDTO> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await assertPublishedProduct(query, productId)
  const customers = req.scope.resolve<CustomerModuleService>("customer")
  const [customer] = await customers.listCustomers({ id: body.customer_id }, { select: ["id"], take: 1 })
  if (customer === undefined) throw invalidInput("body", "customer_id", `no customer with id ${body.customer_id}`)
  const reviews = req.scope.resolve<ReviewModuleService>("review")
  return reviews.createProductReviews({
    product_id: productId,
    customer_id: body.customer_id,
    rating: body.rating,
    comment: body.comment ?? null,
    verified_purchase: await hasBought(query, body.customer_id, productId),
  })
}
