import { createFindParams, createSelectParams, queryBoolean } from "@stratum/framework/http"
import { z } from "zod"
import { id, idFilter, MAX_IDS, searchText } from "./common.js"
import { listParams } from "./list-params.js"

/** `GET /store/blog/posts`: published posts, newest first; search, category and author filters. */
export const StorePostsQuery = listParams({ limit: 20, maxLimit: 100, order: "-published_at" }).extend({
  q: searchText().optional(),
  category_id: idFilter().optional(),
  author_id: idFilter().optional(),
})
export type StorePostsQuery = z.infer<typeof StorePostsQuery>

/** `GET /store/blog/posts/:id`. */
export const StorePostQuery = createSelectParams()

/** `GET /admin/blog/posts`: every post (archived ones with `with_deleted=true`); filters as in the store plus `published`. */
export const AdminPostsQuery = createFindParams({ limit: 20, maxLimit: 100, order: "-created_at" }).extend({
  q: searchText().optional(),
  category_id: idFilter().optional(),
  author_id: idFilter().optional(),
  published: queryBoolean().optional(),
})
export type AdminPostsQuery = z.infer<typeof AdminPostsQuery>

/** `GET /admin/blog/posts/:id`: `with_deleted=true` shows an archived post. */
export const AdminPostQuery = createSelectParams().extend({ with_deleted: queryBoolean().optional() })

const postFields = {
  title: z.string().trim().min(1, { error: "must not be empty" }).max(300),
  excerpt: z.string().max(1000).nullable().optional(),
  body: z.string().max(200_000).optional(),
  author_id: id().nullable().optional(),
  category_ids: z.array(id()).max(MAX_IDS).optional(),
  published: z.boolean().optional(),
}

/** A post to create; `published: true` publishes it at once. */
export const CreatePostBody = z.strictObject(postFields)
export type CreatePostBody = z.infer<typeof CreatePostBody>

/** Changes to a post; `published` publishes or unpublishes it, `category_ids` replaces its categories. */
export const UpdatePostBody = z.strictObject(postFields).partial()
export type UpdatePostBody = z.infer<typeof UpdatePostBody>
