import type { MedusaRequest } from "@stratum/framework/http"
import { getOrderWithFullDetails } from "../../_lib/orders/order-details.js"
import { placeOrder } from "../../_lib/orders/order-placement.js"
import type { CreateOrderBody } from "../../_lib/schemas/order.js"

/**
 * POST /store/orders: places an order with the guide's atomic `createOrderWithItems`, at the variants'
 * prices in the region. Unknown variants, non-positive quantities and a currency that is not the
 * region's are 400s, and then nothing is written. Answers the order with its details.
 */
export async function POST(req: MedusaRequest<CreateOrderBody>) {
  const body = req.validatedBody
  const orderId = await placeOrder(req, body)
  const selection = { region_id: body.region_id, currency_code: body.currency_code }
  return { order: await getOrderWithFullDetails(orderId, req, selection) }
}
