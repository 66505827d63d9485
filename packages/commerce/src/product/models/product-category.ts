import { model } from "@stratum/framework/utils"
import { Product } from "./product.js"

/**
 * A category of products (table `product_categories`), optionally nested under a parent category.
 *
 * @example
 * const shirts = await productModule.createProductCategories({ name: "Shirts", handle: "shirts" })
 * await productModule.createProductCategories({ name: "Polos", handle: "polos", parent_category_id: shirts.id })
 */
export const ProductCategory = model.define(
  { name: "product_category", tableName: "product_categories" },
  {
    id: model.id({ prefix: "pcat" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().searchable().default(""),
    handle: model.text().unique(),
    is_active: model.boolean().default(false),
    is_internal: model.boolean().default(false),
    rank: model.number().default(0),
    metadata: model.json().nullable(),
    parent_category: model.belongsTo(() => ProductCategory, { mappedBy: "category_children" }).nullable(),
    category_children: model.hasMany(() => ProductCategory, { mappedBy: "parent_category" }),
    products: model.manyToMany(() => Product, { mappedBy: "categories" }),
  },
)
