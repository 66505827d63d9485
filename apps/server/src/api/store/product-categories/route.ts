import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { storeCategoryFilters } from "../../_lib/catalog/catalog-filters.js"
import { listResponse } from "../../_lib/responses.js"
import type { StoreCategoriesQuery } from "../../_lib/schemas/catalog.js"

/** GET /store/product-categories: active, public product categories, by rank. */
export async function GET(req: MedusaRequest<unknown, StoreCategoriesQuery>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const result = await query.graph({
    entity: "product_category",
    fields: req.queryConfig.fields,
    filters: storeCategoryFilters(req.validatedQuery),
    pagination: req.queryConfig.pagination,
  })

  return listResponse("product_categories", result, req.queryConfig)
}
