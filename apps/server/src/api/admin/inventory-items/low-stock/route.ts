import type { MedusaRequest } from "@stratum/framework/http"
import { findProductsWithLowStock } from "../../../_lib/inventory/low-stock.js"
import { listResponse } from "../../../_lib/responses.js"
import type { LowStockQuery } from "../../../_lib/schemas/inventory.js"

/** GET /admin/inventory-items/low-stock: products with variants below `threshold` units (default 10). */
export async function GET(req: MedusaRequest<unknown, LowStockQuery>) {
  const result = await findProductsWithLowStock(req, req.validatedQuery)
  return { ...listResponse("products", result, req.queryConfig), threshold: req.validatedQuery.threshold }
}
