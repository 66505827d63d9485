import { model } from "@stratum/framework/utils"
import { Product } from "./product.js"

/**
 * A purchasable variant of a product (table `product_variants`). Its prices live in the pricing module,
 * reached through the `product_variant_price_set` link.
 *
 * @example
 * await productModule.createProductVariants({ product_id: product.id, title: "M", sku: "SHIRT-M" })
 */
export const ProductVariant = model.define(
  { name: "product_variant", tableName: "product_variants" },
  {
    id: model.id({ prefix: "variant" }).primaryKey(),
    title: model.text().searchable(),
    sku: model.text().searchable().unique().nullable(),
    barcode: model.text().unique().nullable(),
    allow_backorder: model.boolean().default(false),
    manage_inventory: model.boolean().default(true),
    inventory_quantity: model.number().default(0),
    variant_rank: model.number().default(0),
    metadata: model.json().nullable(),
    product: model.belongsTo(() => Product, { mappedBy: "variants" }).nullable(),
  },
)
