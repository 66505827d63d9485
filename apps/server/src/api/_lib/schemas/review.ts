import { createFindParams, queryInteger } from "@stratum/framework/http"
import { MAX_RATING, MIN_RATING } from "@stratum/commerce"
import { z } from "zod"
import { id, idFilter, searchText } from "./common.js"
import { listParams } from "./list-params.js"

const ratingMessage = `must be an integer from ${MIN_RATING} to ${MAX_RATING}`

/** A rating from 1 to 5 in the query string. */
function ratingParam() {
  return queryInteger({ min: MIN_RATING, max: MAX_RATING })
}

/** `GET /store/products/:id/reviews`: paging, optionally one rating. */
export const StoreReviewsQuery = listParams({ limit: 20, maxLimit: 100, order: "-created_at" }).extend({
  rating: ratingParam().optional(),
})

/** `POST /store/products/:id/reviews`. */
export const CreateReviewBody = z.strictObject({
  customer_id: id(),
  rating: z
    .number({ error: ratingMessage })
    .int({ error: ratingMessage })
    .min(MIN_RATING, { error: ratingMessage })
    .max(MAX_RATING, { error: ratingMessage }),
  comment: z.string().max(5000).nullable().optional(),
})
export type CreateReviewBody = z.infer<typeof CreateReviewBody>

/** `GET /admin/reviews`: paging, product, customer, rating, comment search, `with_deleted`. */
export const AdminReviewsQuery = createFindParams({ limit: 20, maxLimit: 100, order: "-created_at" }).extend({
  product_id: idFilter().optional(),
  customer_id: idFilter().optional(),
  rating: ratingParam().optional(),
  q: searchText().optional(),
})
export type AdminReviewsQuery = z.infer<typeof AdminReviewsQuery>
