import type { MedusaRequest } from "@stratum/framework/http"
import { getOrderWithFullDetails } from "../../../_lib/orders/order-details.js"
import { idParam } from "../../../_lib/params.js"
import { resolvePricingSelection } from "../../../_lib/pricing/pricing-selection.js"

/**
 * GET /store/orders/:id: the guide's `getOrderWithFullDetails` (customer, items with product and
 * variant, addresses), with the variants' current prices when a region or currency is given.
 */
export async function GET(req: MedusaRequest) {
  const selection = await resolvePricingSelection(req)
  return { order: await getOrderWithFullDetails(idParam(req), req, selection) }
}
