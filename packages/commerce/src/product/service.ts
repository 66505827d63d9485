import { MedusaService, type Context } from "@stratum/framework/utils"
import "./service-methods.js"
import { toHandle } from "./handle.js"
import { Product, ProductCategory, ProductVariant } from "./models/index.js"
import type { CreateProductDTO, ProductDTO } from "./types.js"

/**
 * The product module (`"product"`): Medusa's generated methods for products, variants and categories
 * (`createProducts`, `listProducts`, `createProductVariants`, `listProductCategories`, ...).
 * `createProducts` fills a missing `handle` from the title, as Medusa does.
 *
 * @example
 * const product = await productModule.createProducts({ title: "Blue Shirt", variants: [{ title: "S" }] })
 * product.handle // "blue-shirt"
 */
export class ProductModuleService extends MedusaService({ Product, ProductVariant, ProductCategory }) {
  override createProducts(data: CreateProductDTO, sharedContext?: Context): Promise<ProductDTO>
  override createProducts(data: CreateProductDTO[], sharedContext?: Context): Promise<ProductDTO[]>
  override async createProducts(
    data: CreateProductDTO | CreateProductDTO[],
    sharedContext?: Context,
  ): Promise<ProductDTO | ProductDTO[]> {
    const withHandles = (Array.isArray(data) ? data : [data]).map((product) => ({
      ...product,
      handle: product.handle ?? toHandle(product.title),
    }))
    const created = await super.createProducts(withHandles, sharedContext)
    return Array.isArray(data) ? created : (created[0] as ProductDTO)
  }
}
