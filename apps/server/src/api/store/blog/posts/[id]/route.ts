import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { idParam } from "../../../../_lib/params.js"
import { firstOrNotFound } from "../../../../_lib/responses.js"

/** GET /store/blog/posts/:id: a published post with its author, categories and comments. */
export async function GET(req: MedusaRequest) {
  const id = idParam(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const result = await query.graph({
    entity: "blog_post",
    fields: req.queryConfig.fields,
    filters: { id, published: true },
  })

  return { post: firstOrNotFound(result, "BlogPost", id) }
}
