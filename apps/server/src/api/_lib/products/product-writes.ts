import type { PricingModuleService, ProductModuleService } from "@stratum/commerce"
import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@stratum/framework/utils"
import { notFound } from "../errors.js"
import type { CreateProductBody, UpdateProductBody } from "../schemas/product.js"
import { toCreateProduct, toPrice, toUpdateProduct } from "./product-input.js"

interface CreatedVariant {
  id: string
  title: string
}

/**
 * Creates products with their variants, then one price set per priced variant and the variant <->
 * price set links: a few multi-row statements whatever the number of products. Run it inside a
 * transaction to make it atomic. Resolves to the new products' ids, in input order.
 *
 * @example
 * await manager.transaction(() => createProducts(req, [{ title: "Mug", variants: [{ title: "One size", prices: [{ amount: 900, currency_code: "usd" }] }] }]))
 */
export async function createProducts(req: MedusaRequest, bodies: CreateProductBody[]): Promise<string[]> {
  if (bodies.length === 0) return []
  const products = req.scope.resolve<ProductModuleService>("product")
  const created = await products.createProducts(bodies.map(toCreateProduct))
  const priced = created.flatMap((product, i) => {
    const inputs = bodies[i]?.variants ?? []
    const variants = (product.variants ?? []) as CreatedVariant[]
    return variants.flatMap((variant, j) => {
      const input = inputs[j]
      if (input?.title !== variant.title) {
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `created variants of ${product.id} are out of order`)
      }
      return input.prices?.length ? [{ variantId: variant.id, prices: input.prices.map(toPrice) }] : []
    })
  })
  if (priced.length > 0) {
    const pricing = req.scope.resolve<PricingModuleService>("pricing")
    const sets = await pricing.createPriceSets(priced.map(({ prices }) => ({ prices })))
    const link = req.scope.resolve(ContainerRegistrationKeys.LINK)
    await link.create(
      priced.map(({ variantId }, i) => ({
        product: { product_variant_id: variantId },
        pricing: { price_set_id: sets[i]?.id },
      })),
    )
  }
  return created.map((product) => product.id)
}

/**
 * Updates products' own fields (and categories); a 404 for an unknown id, and nothing is changed.
 *
 * @example
 * await updateProducts(req, [{ id: "prod_1", title: "Big mug" }])
 */
export async function updateProducts(req: MedusaRequest, updates: (UpdateProductBody & { id: string })[]) {
  if (updates.length === 0) return []
  const products = req.scope.resolve<ProductModuleService>("product")
  const updated = await products.updateProducts(updates.map(({ id, ...body }) => ({ id, ...toUpdateProduct(body) })))
  return updated.map((product) => product.id)
}

/**
 * Soft-deletes products with their variants; a 404 naming the first id that is not a live product.
 *
 * @example
 * await deleteProducts(req, ["prod_1", "prod_2"]) // ["prod_1", "prod_2"]
 */
export async function deleteProducts(req: MedusaRequest, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const products = req.scope.resolve<ProductModuleService>("product")
  const deleted = new Set((await products.softDeleteProducts(ids)).product_id ?? [])
  const missing = ids.find((id) => !deleted.has(id))
  if (missing !== undefined) throw notFound("Product", missing)
  return ids
}
