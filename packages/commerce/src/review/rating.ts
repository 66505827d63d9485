import { MedusaError, type Row } from "@stratum/framework/utils"

export const MIN_RATING = 1
export const MAX_RATING = 5

/**
 * Refuses a review input whose `rating` (when present, or always when `required`) is not an integer
 * from 1 to 5.
 *
 * @example
 * assertRating({ rating: 6 }, true) // invalid_data: Invalid ProductReview.rating: expected an integer from 1 to 5, got 6
 */
export function assertRating(row: Row, required: boolean): void {
  if (!required && row.rating === undefined) return
  const rating = row.rating
  if (typeof rating !== "number" || !Number.isInteger(rating) || rating < MIN_RATING || rating > MAX_RATING) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid ProductReview.rating: expected an integer from ${MIN_RATING} to ${MAX_RATING}, got ${JSON.stringify(rating) ?? String(rating)}`,
    )
  }
}
