import type { CreateInput, InferTypeOf } from "@stratum/framework/utils"
import type { Product, ProductCategory, ProductVariant } from "./models/index.js"

export type ProductDTO = InferTypeOf<typeof Product>
export type ProductVariantDTO = InferTypeOf<typeof ProductVariant>
export type ProductCategoryDTO = InferTypeOf<typeof ProductCategory>

/** Input of `createProducts`: `handle` defaults to the title's handle; variants and categories may be nested. */
export type CreateProductDTO = Omit<CreateInput<typeof Product>, "handle"> & {
  handle?: string
  variants?: Array<Omit<CreateInput<typeof ProductVariant>, "product_id"> & Record<string, unknown>>
  categories?: Array<{ id: string }>
} & Record<string, unknown>
