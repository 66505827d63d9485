import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { storeRegionFilters } from "../../_lib/catalog/catalog-filters.js"
import { listResponse } from "../../_lib/responses.js"
import type { StoreRegionsQuery } from "../../_lib/schemas/catalog.js"

/** GET /store/regions: the regions a shopper can buy in, with their currency and countries. */
export async function GET(req: MedusaRequest<unknown, StoreRegionsQuery>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const result = await query.graph({
    entity: "region",
    fields: req.queryConfig.fields,
    filters: storeRegionFilters(req.validatedQuery),
    pagination: req.queryConfig.pagination,
  })

  return listResponse("regions", result, req.queryConfig)
}
