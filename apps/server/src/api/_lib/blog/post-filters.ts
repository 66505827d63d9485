import type { AdminPostsQuery, StorePostsQuery } from "../schemas/blog.js"

function common(query: StorePostsQuery | AdminPostsQuery): Record<string, unknown> {
  const filters: Record<string, unknown> = {}
  if (query.q !== undefined) filters.q = query.q
  if (query.author_id !== undefined) filters.author_id = query.author_id
  if (query.category_id !== undefined) filters.categories = { id: query.category_id }
  return filters
}

/**
 * The graph filters of `GET /store/blog/posts`: published posts only.
 *
 * @example
 * storePostFilters({ q: "pricing" }) // { q: "pricing", published: true }
 */
export function storePostFilters(query: StorePostsQuery): Record<string, unknown> {
  return { ...common(query), published: true }
}

/**
 * The graph filters of `GET /admin/blog/posts`.
 *
 * @example
 * adminPostFilters({ published: false }) // { published: false }
 */
export function adminPostFilters(query: AdminPostsQuery): Record<string, unknown> {
  const filters = common(query)
  if (query.published !== undefined) filters.published = query.published
  return filters
}
