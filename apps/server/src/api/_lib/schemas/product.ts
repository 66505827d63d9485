import { createFindParams, createSelectParams } from "@stratum/framework/http"
import { PRODUCT_STATUSES } from "@stratum/commerce/product"
import { z } from "zod"
import { currencyCode, id, idFilter, MAX_IDS, metadata, minorUnits, searchText } from "./common.js"
import { pricingParams } from "./pricing.js"
import { listParams } from "./list-params.js"

/** `GET /store/products`: paging, search, category, price range (minor units) and pricing context. */
export const StoreProductsQuery = listParams({ limit: 20, maxLimit: 100, order: "-created_at" }).extend({
  q: searchText().optional(),
  category_id: idFilter().optional(),
  min_price: minorUnits().optional(),
  max_price: minorUnits().optional(),
  ...pricingParams,
})
export type StoreProductsQuery = z.infer<typeof StoreProductsQuery>

/** `GET /store/products/:id`: `fields` and pricing context. */
export const StoreProductQuery = createSelectParams().extend(pricingParams)

/** `GET /admin/products`: paging, search, status and category filters, `with_deleted`. */
export const AdminProductsQuery = createFindParams({ limit: 20, maxLimit: 100, order: "-created_at" }).extend({
  q: searchText().optional(),
  status: z.union([z.enum(PRODUCT_STATUSES), z.array(z.enum(PRODUCT_STATUSES)).min(1)]).optional(),
  category_id: idFilter().optional(),
})
export type AdminProductsQuery = z.infer<typeof AdminProductsQuery>

/** `GET /admin/products/:id`. */
export const AdminProductQuery = createSelectParams()

const PriceInput = z.strictObject({
  amount: z.number().int({ error: "must be an integer amount in minor units (cents)" }).min(0),
  currency_code: currencyCode(),
  region_id: id().optional(),
})

const VariantInput = z.strictObject({
  title: z.string().min(1),
  sku: z.string().min(1).nullable().optional(),
  barcode: z.string().min(1).nullable().optional(),
  inventory_quantity: z.number().int().min(0).optional(),
  manage_inventory: z.boolean().optional(),
  allow_backorder: z.boolean().optional(),
  variant_rank: z.number().int().optional(),
  metadata: metadata().nullable().optional(),
  prices: z.array(PriceInput).max(20).optional(),
})
export type VariantInput = z.infer<typeof VariantInput>

const productFields = {
  title: z.string().min(1),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be lower-case letters, digits and dashes, e.g. blue-shirt" })
    .optional(),
  subtitle: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  status: z.enum(PRODUCT_STATUSES).optional(),
  thumbnail: z.string().nullable().optional(),
  is_giftcard: z.boolean().optional(),
  discountable: z.boolean().optional(),
  external_id: z.string().nullable().optional(),
  metadata: metadata().nullable().optional(),
  category_ids: z.array(id()).max(MAX_IDS).optional(),
}

/** A product to create, with its variants and their prices (minor units). */
export const CreateProductBody = z.strictObject({
  ...productFields,
  variants: z.array(VariantInput).max(100).optional(),
})
export type CreateProductBody = z.infer<typeof CreateProductBody>

/** Changes to a product's own fields; `category_ids` replaces its categories. */
export const UpdateProductBody = z.strictObject(productFields).partial()
export type UpdateProductBody = z.infer<typeof UpdateProductBody>

/** `POST /admin/products/batch`: creates, updates and deletes in one transaction, 100 of each at most. */
export const BatchProductsBody = z.strictObject({
  create: z.array(CreateProductBody).max(100).optional(),
  update: z
    .array(UpdateProductBody.extend({ id: id() }))
    .max(100)
    .optional(),
  delete: z.array(id()).max(100).optional(),
})
export type BatchProductsBody = z.infer<typeof BatchProductsBody>
