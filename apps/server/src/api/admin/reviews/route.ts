import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { adminReviewFilters } from "../../_lib/reviews/review-filters.js"
import { listResponse } from "../../_lib/responses.js"
import type { AdminReviewsQuery } from "../../_lib/schemas/review.js"

/** GET /admin/reviews: reviews to moderate, newest first; removed ones too with `with_deleted=true`. */
export async function GET(req: MedusaRequest<unknown, AdminReviewsQuery>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const result = await query.graph({
    entity: "product_review",
    fields: req.queryConfig.fields,
    filters: adminReviewFilters(req.validatedQuery),
    pagination: req.queryConfig.pagination,
    withDeleted: req.queryConfig.withDeleted,
  })

  return listResponse("reviews", result, req.queryConfig)
}
