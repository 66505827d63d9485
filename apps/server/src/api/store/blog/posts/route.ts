import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { storePostFilters } from "../../../_lib/blog/post-filters.js"
import { listResponse } from "../../../_lib/responses.js"
import type { StorePostsQuery } from "../../../_lib/schemas/blog.js"

/** GET /store/blog/posts: published posts, newest first, with author and categories. */
export async function GET(req: MedusaRequest<unknown, StorePostsQuery>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const result = await query.graph({
    entity: "blog_post",
    fields: req.queryConfig.fields,
    filters: storePostFilters(req.validatedQuery),
    pagination: req.queryConfig.pagination,
  })

  return listResponse("posts", result, req.queryConfig)
}
