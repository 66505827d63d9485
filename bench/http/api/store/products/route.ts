import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { pricedGraph } from "../../../priced-graph.js"

/**
 * GET /store/products?limit=20&offset=0&currency_code=usd: a page of products with their variants and
 * each variant's calculated price, as the guide writes it (one query.graph call), in Medusa's list shape.
 */
export async function GET(req: MedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, currency_code } = req.validatedQuery as {
    limit: number
    offset: number
    currency_code?: string
  }
  const { data, metadata } = await query.graph({
    ...pricedGraph(currency_code),
    pagination: { take: limit, skip: offset },
  })
  return { products: data, count: metadata?.count ?? data.length, offset, limit }
}
