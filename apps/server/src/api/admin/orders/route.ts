import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { adminOrderFilters } from "../../_lib/orders/order-filters.js"
import { listResponse } from "../../_lib/responses.js"
import type { AdminOrdersQuery } from "../../_lib/schemas/order.js"

/** GET /admin/orders: orders, newest first, filtered by status, customer, region, currency and creation date. */
export async function GET(req: MedusaRequest<unknown, AdminOrdersQuery>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const result = await query.graph({
    entity: "order",
    fields: req.queryConfig.fields,
    filters: adminOrderFilters(req.validatedQuery),
    pagination: req.queryConfig.pagination,
  })

  return listResponse("orders", result, req.queryConfig)
}
