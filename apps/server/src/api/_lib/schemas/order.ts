import { ORDER_STATUSES } from "@stratum/commerce"
import { z } from "zod"
import { currencyCode, dateRange, id, idFilter, searchText } from "./common.js"
import { pricingParams } from "./pricing.js"
import { listParams } from "./list-params.js"

const positive = "must be a positive integer"

/** One line of a store order: the variant and how many; the price is the variant's price in the region. */
const OrderLineInput = z.strictObject({
  variant_id: id(),
  quantity: z
    .number({ error: positive })
    .int({ error: positive })
    .min(1, { error: positive })
    .max(1000, { error: "must be at most 1000" }),
})

/** `POST /store/orders`: who orders, in which region and currency, and what. */
export const CreateOrderBody = z.strictObject({
  customer_id: id(),
  region_id: id(),
  currency_code: currencyCode(),
  items: z.array(OrderLineInput).min(1, { error: "must list at least one item" }).max(100),
})
export type CreateOrderBody = z.infer<typeof CreateOrderBody>

/** `GET /store/orders/:id`: the pricing context for the variants' current prices. */
export const StoreOrderQuery = z.object(pricingParams)

const statusFilter = z.union([z.enum(ORDER_STATUSES), z.array(z.enum(ORDER_STATUSES)).min(1)])

/** `GET /admin/orders`: paging plus status, customer, region, currency, creation date range and email search. */
export const AdminOrdersQuery = listParams({ limit: 20, maxLimit: 100, order: "-created_at" }).extend({
  status: statusFilter.optional(),
  customer_id: idFilter().optional(),
  region_id: idFilter().optional(),
  currency_code: currencyCode().optional(),
  created_at: dateRange().optional(),
  q: searchText().optional(),
})
export type AdminOrdersQuery = z.infer<typeof AdminOrdersQuery>
