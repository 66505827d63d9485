import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@stratum/framework/utils"
import { pricedGraph } from "../../../../priced-graph.js"

/** GET /store/products/:id?currency_code=usd: one product with its variants' calculated prices. */
export async function GET(req: MedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const id = String(req.params["id"])
  const { currency_code } = req.validatedQuery as { currency_code?: string }
  const { data } = await query.graph({ ...pricedGraph(currency_code), filters: { id } })
  if (data[0] === undefined) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)
  return { product: data[0] }
}
