import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { pricedFields } from "../../_lib/pricing/priced-fields.js"
import { resolvePricingSelection } from "../../_lib/pricing/pricing-selection.js"
import { storeProductFilters } from "../../_lib/products/product-filters.js"
import { listResponse } from "../../_lib/responses.js"
import type { StoreProductsQuery } from "../../_lib/schemas/product.js"

/**
 * GET /store/products: published products with their variants and, for the request's region or
 * currency, each variant's `calculated_price`; search (`q`), categories and a price range. One SQL
 * statement for the page and its count, plus one to look up a given region.
 */
export async function GET(req: MedusaRequest<unknown, StoreProductsQuery>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const selection = await resolvePricingSelection(req)
  const { fields, context } = pricedFields(req.queryConfig.fields, "variants", selection)

  const result = await query.graph({
    entity: "product",
    fields,
    filters: storeProductFilters(req.validatedQuery, selection),
    pagination: req.queryConfig.pagination,
    context,
  })

  return listResponse("products", result, req.queryConfig)
}
