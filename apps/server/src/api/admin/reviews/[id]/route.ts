import type { ReviewModuleService } from "@stratum/commerce"
import type { MedusaRequest } from "@stratum/framework/http"
import { notFound } from "../../../_lib/errors.js"
import { idParam } from "../../../_lib/params.js"
import { deleteResponse } from "../../../_lib/responses.js"

/** DELETE /admin/reviews/:id: removes a review from the store (soft delete, kept for the record). */
export async function DELETE(req: MedusaRequest) {
  const id = idParam(req)
  const removed = await req.scope.resolve<ReviewModuleService>("review").softDeleteProductReviews([id])
  if (!(removed.product_review_id ?? []).includes(id)) throw notFound("ProductReview", id)
  return deleteResponse(id, "review")
}
