import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { ADMIN_PRODUCT_FIELDS } from "./product-fields.js"

/**
 * Products as the admin sees them (every column, variants with prices, categories), in the order of
 * `ids`, in one statement.
 *
 * @example
 * const [product] = await adminProducts(req, [productId])
 */
export async function adminProducts(req: MedusaRequest, ids: string[]): Promise<Record<string, unknown>[]> {
  if (ids.length === 0) return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ADMIN_PRODUCT_FIELDS.defaults, filters: { id: ids } })
  const byId = new Map<unknown, Record<string, unknown>>(data.map((row) => [row.id, row]))
  return ids.map((id) => byId.get(id)).filter((row) => row !== undefined)
}
