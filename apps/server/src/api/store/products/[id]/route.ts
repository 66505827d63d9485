import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { pricedFields } from "../../../_lib/pricing/priced-fields.js"
import { resolvePricingSelection } from "../../../_lib/pricing/pricing-selection.js"
import { idParam } from "../../../_lib/params.js"
import { firstOrNotFound } from "../../../_lib/responses.js"

/** GET /store/products/:id: a published product with its variants' prices for the request's region or currency. */
export async function GET(req: MedusaRequest) {
  const id = idParam(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const selection = await resolvePricingSelection(req)
  const { fields, context } = pricedFields(req.queryConfig.fields, "variants", selection)

  const result = await query.graph({ entity: "product", fields, filters: { id, status: "published" }, context })

  return { product: firstOrNotFound(result, "Product", id) }
}
