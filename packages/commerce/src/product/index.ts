import { Module } from "@stratum/framework/utils"
import { ProductModuleService } from "./service.js"

export { ProductModuleService } from "./service.js"
export { Product, ProductVariant, ProductCategory, PRODUCT_STATUSES } from "./models/index.js"
export { toHandle } from "./handle.js"
export type { ProductDTO, ProductVariantDTO, ProductCategoryDTO, CreateProductDTO } from "./types.js"

/**
 * The product module, registered under `"product"`.
 *
 * @example
 * const app = await createApp({ modules: [ProductModule] })
 * const products = app.container.resolve<ProductModuleService>("product")
 */
const ProductModule = Module("product", { service: ProductModuleService })
export default ProductModule
