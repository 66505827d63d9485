import type { CreateProductDTO } from "@stratum/commerce/product"
import type { CreatePriceDTO } from "@stratum/commerce/pricing"
import type { CreateProductBody, UpdateProductBody, VariantInput } from "../schemas/product.js"

type PriceBody = NonNullable<VariantInput["prices"]>[number]

/**
 * A product body as `createProducts` input: `category_ids` become `categories`, variants lose their
 * prices (the pricing module stores those).
 *
 * @example
 * toCreateProduct({ title: "Mug", category_ids: ["pcat_1"], variants: [{ title: "One size", prices: [...] }] })
 * // { title: "Mug", categories: [{ id: "pcat_1" }], variants: [{ title: "One size" }] }
 */
export function toCreateProduct(body: CreateProductBody): CreateProductDTO {
  const { category_ids, variants, ...product } = body
  const input: CreateProductDTO = { ...product }
  if (category_ids !== undefined) input.categories = category_ids.map((id) => ({ id }))
  if (variants !== undefined) input.variants = variants.map(({ prices: _prices, ...variant }) => variant)
  return input
}

/**
 * A product update body as `updateProducts` input (`category_ids` replace the categories).
 *
 * @example
 * toUpdateProduct({ title: "Big mug", category_ids: [] }) // { title: "Big mug", categories: [] }
 */
export function toUpdateProduct(body: UpdateProductBody): Record<string, unknown> {
  const { category_ids, ...product } = body
  return category_ids === undefined ? product : { ...product, categories: category_ids.map((id) => ({ id })) }
}

/**
 * A price body as pricing input: a `region_id` becomes a price rule.
 *
 * @example
 * toPrice({ amount: 1000, currency_code: "eur", region_id: "reg_eu" })
 * // { amount: 1000, currency_code: "eur", rules: { region_id: "reg_eu" } }
 */
export function toPrice(price: PriceBody): CreatePriceDTO {
  const { region_id, ...rest } = price
  return region_id === undefined ? rest : { ...rest, rules: { region_id } }
}
