const REVIEW_COLUMNS = ["id", "product_id", "customer_id", "rating", "comment", "verified_purchase", "created_at"]

/** Reviews as the store shows them. */
export const STORE_REVIEW_FIELDS = { defaults: REVIEW_COLUMNS, allowed: REVIEW_COLUMNS }

/** Reviews as moderators see them, removed ones included on request (`with_deleted`). */
export const ADMIN_REVIEW_FIELDS = {
  defaults: [...REVIEW_COLUMNS, "updated_at", "deleted_at"],
  allowed: [...REVIEW_COLUMNS, "updated_at", "deleted_at"],
}
