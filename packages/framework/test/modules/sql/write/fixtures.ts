import { model } from "../../../../src/dml/index.js"

/** A small catalog: products with variants (with options), a detail, tags, a brand; categories nest. */
export const Product = model
  .define("product", {
    id: model.id({ prefix: "prod" }).primaryKey(),
    title: model.text(),
    status: model.enum(["draft", "published"]).default("draft"),
    stock: model.number().default(0),
    weight: model.float().nullable(),
    price: model.bigNumber().nullable(),
    discountable: model.boolean().default(true),
    launched_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    keywords: model.array().default([]),
    variants: model.hasMany(() => Variant),
    detail: model.hasOne(() => Detail),
    tags: model.manyToMany(() => Tag, { mappedBy: "products" }),
    brand: model.belongsTo(() => Brand, { mappedBy: "products" }).nullable(),
  })
  .cascades({ delete: ["variants", "detail"] })

export const Variant = model
  .define("variant", {
    id: model.id({ prefix: "var" }).primaryKey(),
    sku: model.text(),
    product: model.belongsTo(() => Product, { mappedBy: "variants" }),
    options: model.hasMany(() => VariantOption),
  })
  .cascades({ delete: ["options"] })

export const VariantOption = model.define("variant_option", {
  id: model.id({ prefix: "opt" }).primaryKey(),
  value: model.text(),
  variant: model.belongsTo(() => Variant, { mappedBy: "options" }),
})

export const Detail = model.define("detail", {
  id: model.id({ prefix: "det" }).primaryKey(),
  note: model.text(),
  product: model.belongsTo(() => Product, { mappedBy: "detail" }),
})

export const Tag = model.define("tag", {
  id: model.id({ prefix: "tag" }).primaryKey(),
  value: model.text(),
  products: model.manyToMany(() => Product),
})

export const Brand = model.define("brand", {
  id: model.id({ prefix: "brand" }).primaryKey(),
  name: model.text(),
  products: model.hasMany(() => Product, { mappedBy: "brand" }),
})

export const Category = model
  .define("category", {
    id: model.id({ prefix: "cat" }).primaryKey(),
    name: model.text(),
    parent: model.belongsTo(() => Category, { mappedBy: "children" }).nullable(),
    children: model.hasMany(() => Category, { mappedBy: "parent" }),
  })
  .cascades({ delete: ["children"] })

/** The simplest cascade: posts and their comments. */
export const Post = model
  .define("post", {
    id: model.id({ prefix: "post" }).primaryKey(),
    title: model.text(),
    comments: model.hasMany(() => Remark),
  })
  .cascades({ delete: ["comments"] })

export const Remark = model.define("remark", {
  id: model.id({ prefix: "rem" }).primaryKey(),
  body: model.text(),
  post: model.belongsTo(() => Post, { mappedBy: "comments" }),
})

export const catalogModels = [Product, Variant, VariantOption, Detail, Tag, Brand, Category, Post, Remark]
