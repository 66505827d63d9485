import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { adminProducts } from "../../../_lib/products/admin-products.js"
import { createProducts, deleteProducts, updateProducts } from "../../../_lib/products/product-writes.js"
import type { BatchProductsBody } from "../../../_lib/schemas/product.js"

/**
 * POST /admin/products/batch: creates, updates and soft-deletes products in one transaction (Medusa's
 * batch shape); one unknown id or bad row and nothing of the batch is written.
 */
export async function POST(req: MedusaRequest<BatchProductsBody>) {
  const { create = [], update = [], delete: remove = [] } = req.validatedBody
  const manager = req.scope.resolve(ContainerRegistrationKeys.MANAGER)
  const { created, updated, deleted } = await manager.transaction(async () => ({
    created: await createProducts(req, create),
    updated: await updateProducts(req, update),
    deleted: await deleteProducts(req, remove),
  }))
  return {
    created: await adminProducts(req, created),
    updated: await adminProducts(req, updated),
    deleted: { ids: deleted, object: "product", deleted: true },
  }
}
