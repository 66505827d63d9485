const PRODUCT_COLUMNS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "status",
  "thumbnail",
  "is_giftcard",
  "discountable",
  "metadata",
  "created_at",
  "updated_at",
]

/** What a store product shows unless `fields` says otherwise: prices only with a pricing context. */
export const STORE_PRODUCT_FIELDS = {
  defaults: [
    "id",
    "title",
    "subtitle",
    "handle",
    "description",
    "thumbnail",
    "created_at",
    "variants.id",
    "variants.title",
    "variants.sku",
    "variants.calculated_price.*",
    "categories.id",
    "categories.name",
    "categories.handle",
  ],
  allowed: [...PRODUCT_COLUMNS, "variants.*", "variants.calculated_price.*", "categories.*"],
}

/** What the admin sees of a product: every column, its variants with their prices, its categories. */
export const ADMIN_PRODUCT_FIELDS = {
  defaults: [...PRODUCT_COLUMNS, "external_id", "deleted_at", "variants.*", "variants.prices.*", "categories.*"],
  allowed: [...PRODUCT_COLUMNS, "external_id", "deleted_at", "variants.*", "variants.prices.*", "categories.*"],
}
