import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { adminPost } from "../../../_lib/blog/admin-post.js"
import { adminPostFilters } from "../../../_lib/blog/post-filters.js"
import { createPost } from "../../../_lib/blog/post-writes.js"
import { listResponse } from "../../../_lib/responses.js"
import type { AdminPostsQuery, CreatePostBody } from "../../../_lib/schemas/blog.js"

/** GET /admin/blog/posts: drafts and published posts; archived ones too with `with_deleted=true`. */
export async function GET(req: MedusaRequest<unknown, AdminPostsQuery>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const result = await query.graph({
    entity: "blog_post",
    fields: req.queryConfig.fields,
    filters: adminPostFilters(req.validatedQuery),
    pagination: req.queryConfig.pagination,
    withDeleted: req.queryConfig.withDeleted,
  })

  return listResponse("posts", result, req.queryConfig)
}

/** POST /admin/blog/posts: creates a post, published at once with `published: true`. */
export async function POST(req: MedusaRequest<CreatePostBody>) {
  const id = await createPost(req, req.validatedBody)
  return { post: await adminPost(req, id) }
}
