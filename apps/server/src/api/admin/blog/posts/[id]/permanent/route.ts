import type { BlogModuleService } from "@stratum/commerce"
import type { MedusaRequest } from "@stratum/framework/http"
import { assertPostExists } from "../../../../../_lib/blog/post-writes.js"
import { idParam } from "../../../../../_lib/params.js"
import { deleteResponse } from "../../../../../_lib/responses.js"

/**
 * DELETE /admin/blog/posts/:id/permanent: the guide's `permanentlyDeletePost`: removes the post (live or
 * archived) for good, with its comments and category assignments. An unknown id is a 404.
 */
export async function DELETE(req: MedusaRequest) {
  const id = idParam(req)
  await assertPostExists(req, id)
  await req.scope.resolve<BlogModuleService>("blog").permanentlyDeletePost(id)
  return deleteResponse(id, "post")
}
