import { currencyCode, id } from "./common.js"

/**
 * The pricing parameters of store routes: `region_id` and `currency_code`. Either may also come
 * from the guide's `region_id` / `currency_code` headers; the query string wins.
 *
 * @example
 * createFindParams().extend(pricingParams) // ?region_id=reg_1&currency_code=eur
 */
export const pricingParams = {
  region_id: id().optional(),
  currency_code: currencyCode().optional(),
}
