export { Product, PRODUCT_STATUSES } from "./product.js"
export { ProductVariant } from "./product-variant.js"
export { ProductCategory } from "./product-category.js"
