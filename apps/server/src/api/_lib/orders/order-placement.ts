import type { CustomerModuleService, OrderModuleService, RegionModuleService } from "@stratum/commerce"
import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { invalidInput } from "../errors.js"
import type { CreateOrderBody } from "../schemas/order.js"
import { priceOrderLines } from "./order-lines.js"

/** Refuses an unknown region or a currency other than the region's. */
async function checkRegion(req: MedusaRequest, body: CreateOrderBody): Promise<void> {
  const regions = req.scope.resolve<RegionModuleService>("region")
  const [region] = await regions.listRegions({ id: body.region_id }, { select: ["id", "currency_code"], take: 1 })
  if (region === undefined) throw invalidInput("body", "region_id", `no region with id ${body.region_id}`)
  const expected = region.currency_code.toLowerCase()
  if (body.currency_code !== expected) {
    throw invalidInput(
      "body",
      "currency_code",
      `${body.currency_code} does not match region ${body.region_id}, which uses ${expected}`,
    )
  }
}

/** Refuses an unknown customer. */
async function checkCustomer(req: MedusaRequest, customerId: string): Promise<void> {
  const customers = req.scope.resolve<CustomerModuleService>("customer")
  const [customer] = await customers.listCustomers({ id: customerId }, { select: ["id"], take: 1 })
  if (customer === undefined) throw invalidInput("body", "customer_id", `no customer with id ${customerId}`)
}

/**
 * Places a store order: checks the region and its currency, the customer and every line (known,
 * published, priced variants; quantities were checked by the body schema), then writes the order and
 * its items with the guide's atomic `createOrderWithItems`. Any bad input is a 400 before anything is
 * written. Resolves to the new order's id.
 *
 * @example
 * const orderId = await placeOrder(req, { customer_id, region_id, currency_code: "usd", items: [{ variant_id, quantity: 1 }] })
 */
export async function placeOrder(req: MedusaRequest, body: CreateOrderBody): Promise<string> {
  await checkRegion(req, body)
  await checkCustomer(req, body.customer_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const items = await priceOrderLines(query, body.items, {
    region_id: body.region_id,
    currency_code: body.currency_code,
  })
  const orders = req.scope.resolve<OrderModuleService>("order")
  const { order } = await orders.createOrderWithItems({
    customer_id: body.customer_id,
    currency_code: body.currency_code,
    region_id: body.region_id,
    items,
  })
  return order.id
}
