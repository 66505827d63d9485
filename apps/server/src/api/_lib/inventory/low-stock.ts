import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys, type GraphResultSet } from "@stratum/framework/utils"
import type { LowStockQuery } from "../schemas/inventory.js"

interface StockedVariant {
  inventory_quantity: number
}

/** The fields of the low-stock list: the product and its variants' stock. */
export const LOW_STOCK_FIELDS = {
  defaults: [
    "id",
    "title",
    "handle",
    "status",
    "variants.id",
    "variants.title",
    "variants.sku",
    "variants.inventory_quantity",
  ],
  allowed: ["id", "title", "handle", "status", "created_at", "variants.*"],
}

/**
 * The guide's `ProductRepository.findProductsWithLowStock` through the query graph: products having a
 * variant with `inventory_quantity` below `threshold`, each with only those variants (as the guide's
 * inner join returns them). One statement for the page and its count.
 *
 * @example
 * await findProductsWithLowStock(req, { threshold: 5, ... })
 * // { data: [{ id, title, variants: [{ sku: "MUG-1", inventory_quantity: 2 }] }], metadata: { count: 1, ... } }
 */
export async function findProductsWithLowStock(
  req: MedusaRequest,
  { threshold }: LowStockQuery,
): Promise<GraphResultSet<Record<string, unknown>>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const fields = [...new Set([...req.queryConfig.fields, "variants.inventory_quantity"])]
  const result = await query.graph({
    entity: "product",
    fields,
    filters: { variants: { inventory_quantity: { $lt: threshold } } },
    pagination: req.queryConfig.pagination,
  })
  const data = result.data.map((product) => ({
    ...product,
    variants: ((product.variants ?? []) as StockedVariant[]).filter((v) => v.inventory_quantity < threshold),
  }))
  return { ...result, data }
}
