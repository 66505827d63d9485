import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { idParam } from "../../../_lib/params.js"
import { adminProducts } from "../../../_lib/products/admin-products.js"
import { deleteProducts, updateProducts } from "../../../_lib/products/product-writes.js"
import { deleteResponse, firstOrNotFound } from "../../../_lib/responses.js"
import type { UpdateProductBody } from "../../../_lib/schemas/product.js"

/** GET /admin/products/:id: one product, drafts included, with variants, prices and categories. */
export async function GET(req: MedusaRequest) {
  const id = idParam(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const result = await query.graph({ entity: "product", fields: req.queryConfig.fields, filters: { id } })

  return { product: firstOrNotFound(result, "Product", id) }
}

/** POST /admin/products/:id: changes the product's own fields and categories; 404 for an unknown id. */
export async function POST(req: MedusaRequest<UpdateProductBody>) {
  const id = idParam(req)
  await updateProducts(req, [{ ...req.validatedBody, id }])
  const [product] = await adminProducts(req, [id])
  return { product }
}

/** DELETE /admin/products/:id: soft-deletes the product and its variants. */
export async function DELETE(req: MedusaRequest) {
  const id = idParam(req)
  await deleteProducts(req, [id])
  return deleteResponse(id, "product")
}
