import { dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { Module } from "@stratum/framework/utils"
import { ProductReviewRepository } from "./repositories/index.js"
import { ReviewModuleService } from "./service.js"

export { ReviewModuleService } from "./service.js"
export { ProductReview } from "./models/index.js"
export { ProductReviewRepository } from "./repositories/index.js"
export { MIN_RATING, MAX_RATING } from "./rating.js"
export type { ProductReviewDTO, RatingSummary } from "./types.js"

/** This module's folder (with its `migrations/`), for `{ resolve: reviewModuleDir }` in the configuration. */
export const reviewModuleDir = dirname(fileURLToPath(import.meta.url))

/**
 * The review module, registered under `"review"`: product reviews (`product_reviews`). Its
 * `migrations/` create `legacy_product_feedback` with legacy rows, then run the guide's
 * `Migration20240101120000` (table, indexes, data copy), then add the 1–5 rating check. Load it by path
 * (`{ resolve: "<dir>/review" }`) for its migrations to be found.
 *
 * @example
 * const app = await createApp({ modules: [{ resolve: reviewModuleDir }] }) // runs its migrations
 * const reviews = app.container.resolve<ReviewModuleService>("review")
 */
const ReviewModule = Module("review", { service: ReviewModuleService, repositories: [ProductReviewRepository] })
export default ReviewModule
