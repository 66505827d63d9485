import { createFindParams, type FindParamsOptions } from "@stratum/framework/http"

/**
 * Medusa's list parameters (`fields`, `offset`, `limit`, `order`) without `with_deleted`, for lists that
 * never show deleted rows: asking for them is a 400 rather than silently ignored.
 *
 * @example
 * listParams({ limit: 20, order: "-created_at" }).extend({ q: searchText().optional() })
 */
export function listParams(options: FindParamsOptions) {
  return createFindParams(options).omit({ with_deleted: true })
}
