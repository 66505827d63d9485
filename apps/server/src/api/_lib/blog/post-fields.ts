const POST_COLUMNS = ["id", "title", "excerpt", "published", "published_at", "created_at", "updated_at"]
const RELATED = ["author.id", "author.name", "categories.id", "categories.name", "categories.handle"]

/** Store post lists: summaries with author and categories. */
export const STORE_POSTS_FIELDS = {
  defaults: ["id", "title", "excerpt", "published_at", ...RELATED],
  allowed: [...POST_COLUMNS, "body", "author.*", "categories.*"],
}

/** A store post: the body and its comments too. */
export const STORE_POST_FIELDS = {
  defaults: ["id", "title", "excerpt", "body", "published_at", ...RELATED, "comments.*"],
  allowed: [...POST_COLUMNS, "body", "author.*", "categories.*", "comments.*"],
}

/** Admin post lists and detail: every column, author, categories; comments on request. */
export const ADMIN_POST_FIELDS = {
  defaults: [...POST_COLUMNS, "body", "deleted_at", "author.*", "categories.*"],
  allowed: [...POST_COLUMNS, "body", "deleted_at", "author.*", "categories.*", "comments.*"],
}
