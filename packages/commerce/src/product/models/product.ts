import { model } from "@stratum/framework/utils"
import { ProductCategory } from "./product-category.js"
import { ProductVariant } from "./product-variant.js"

/** Lifecycle of a product, as Medusa names it. */
export const PRODUCT_STATUSES = ["draft", "proposed", "published", "rejected"] as const

/**
 * A product (table `products`): its variants are soft-deleted with it, its categories are detached.
 *
 * @example
 * await productModule.createProducts({ title: "Shirt", variants: [{ title: "S", sku: "SHIRT-S" }] })
 */
export const Product = model
  .define(
    { name: "product", tableName: "products" },
    {
      id: model.id({ prefix: "prod" }).primaryKey(),
      title: model.text().searchable(),
      handle: model.text().unique(),
      subtitle: model.text().nullable(),
      description: model.text().searchable().nullable(),
      status: model.enum(PRODUCT_STATUSES).default("draft"),
      thumbnail: model.text().nullable(),
      is_giftcard: model.boolean().default(false),
      discountable: model.boolean().default(true),
      external_id: model.text().nullable(),
      metadata: model.json().nullable(),
      variants: model.hasMany(() => ProductVariant, { mappedBy: "product" }),
      categories: model.manyToMany(() => ProductCategory, {
        mappedBy: "products",
        pivotTable: "product_category_product",
        joinColumn: "product_id",
        inverseJoinColumn: "product_category_id",
      }),
    },
  )
  .cascades({ delete: ["variants"], detach: ["categories"] })
