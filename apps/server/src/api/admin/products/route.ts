import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { adminProducts } from "../../_lib/products/admin-products.js"
import { adminProductFilters } from "../../_lib/products/product-filters.js"
import { createProducts } from "../../_lib/products/product-writes.js"
import { listResponse } from "../../_lib/responses.js"
import type { AdminProductsQuery, CreateProductBody } from "../../_lib/schemas/product.js"

/** GET /admin/products: every product (drafts too; deleted ones with `with_deleted=true`), with variants and prices. */
export async function GET(req: MedusaRequest<unknown, AdminProductsQuery>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const result = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: adminProductFilters(req.validatedQuery),
    pagination: req.queryConfig.pagination,
    withDeleted: req.queryConfig.withDeleted,
  })

  return listResponse("products", result, req.queryConfig)
}

/** POST /admin/products: creates a product with its variants and their prices, atomically. */
export async function POST(req: MedusaRequest<CreateProductBody>) {
  const manager = req.scope.resolve(ContainerRegistrationKeys.MANAGER)
  const ids = await manager.transaction(() => createProducts(req, [req.validatedBody]))
  const [product] = await adminProducts(req, ids)
  return { product }
}
