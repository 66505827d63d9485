import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { idParam } from "../../../../_lib/params.js"
import { assertPublishedProduct } from "../../../../_lib/products/published-product.js"
import { submitReview } from "../../../../_lib/reviews/review-submission.js"
import { listResponse } from "../../../../_lib/responses.js"
import type { CreateReviewBody } from "../../../../_lib/schemas/review.js"

/** GET /store/products/:id/reviews: a published product's reviews, newest first (optionally one rating). */
export async function GET(req: MedusaRequest) {
  const productId = idParam(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await assertPublishedProduct(query, productId)

  const result = await query.graph({
    entity: "product_review",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, product_id: productId },
    pagination: req.queryConfig.pagination,
  })

  return listResponse("reviews", result, req.queryConfig)
}

/** POST /store/products/:id/reviews: a customer's rating (1–5) and comment; 400 for anything else. */
export async function POST(req: MedusaRequest<CreateReviewBody>) {
  return { review: await submitReview(req, idParam(req), req.validatedBody) }
}
