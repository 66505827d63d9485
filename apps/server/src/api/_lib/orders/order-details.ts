import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { pricedFields } from "../pricing/priced-fields.js"
import type { PricingSelection } from "../pricing/pricing-selection.js"
import { firstOrNotFound } from "../responses.js"
import { ORDER_DETAIL_FIELDS } from "./order-fields.js"

/**
 * The guide's `getOrderWithFullDetails`: one `query.graph` statement for the order, its customer, its
 * items with their product and variant, and both addresses. With a pricing context (`region_id` /
 * `currency_code` from the query string or the guide's headers) each variant also carries its current
 * `calculated_price`; a 404 when there is no such order.
 *
 * @example
 * const order = await getOrderWithFullDetails("order_01J...", req, { currency_code: "usd" })
 * order.items[0].variant.calculated_price.calculated_amount
 */
export async function getOrderWithFullDetails(
  orderId: string,
  req: MedusaRequest,
  selection?: PricingSelection,
): Promise<Record<string, unknown>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { fields, context } = pricedFields(ORDER_DETAIL_FIELDS, "items.variant", selection)

  const result = await query.graph({
    entity: "order",
    fields,
    filters: { id: orderId },
    context,
  })

  return firstOrNotFound(result, "Order", orderId)
}
