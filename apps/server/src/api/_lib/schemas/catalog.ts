import { z } from "zod"
import { currencyCode, id, idFilter, searchText } from "./common.js"
import { listParams } from "./list-params.js"

/** `GET /store/product-categories`: active public categories; search, handle and parent filters. */
export const StoreCategoriesQuery = listParams({ limit: 50, maxLimit: 100, order: "rank" }).extend({
  q: searchText().optional(),
  handle: z.string().min(1).optional(),
  parent_category_id: z.union([id(), z.literal("null")]).optional(),
  id: idFilter().optional(),
})
export type StoreCategoriesQuery = z.infer<typeof StoreCategoriesQuery>

/** `GET /store/regions`: search and currency filters. */
export const StoreRegionsQuery = listParams({ limit: 50, maxLimit: 100, order: "name" }).extend({
  q: searchText().optional(),
  currency_code: currencyCode().optional(),
  id: idFilter().optional(),
})
export type StoreRegionsQuery = z.infer<typeof StoreRegionsQuery>
