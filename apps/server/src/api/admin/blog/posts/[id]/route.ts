import type { MedusaRequest } from "@stratum/framework/http"
import { adminPost } from "../../../../_lib/blog/admin-post.js"
import { archivePost, updatePost } from "../../../../_lib/blog/post-writes.js"
import { idParam } from "../../../../_lib/params.js"
import { deleteResponse } from "../../../../_lib/responses.js"
import type { UpdatePostBody } from "../../../../_lib/schemas/blog.js"

/** GET /admin/blog/posts/:id: a post with author and categories (an archived one with `with_deleted=true`). */
export async function GET(req: MedusaRequest) {
  const { fields, withDeleted } = req.queryConfig
  return { post: await adminPost(req, idParam(req), { fields, withDeleted }) }
}

/** POST /admin/blog/posts/:id: changes a post; `published` publishes or unpublishes it. */
export async function POST(req: MedusaRequest<UpdatePostBody>) {
  const id = idParam(req)
  await updatePost(req, id, req.validatedBody)
  return { post: await adminPost(req, id) }
}

/** DELETE /admin/blog/posts/:id: archives the post and its comments (soft delete; restore brings them back). */
export async function DELETE(req: MedusaRequest) {
  const id = idParam(req)
  await archivePost(req, id)
  return deleteResponse(id, "post")
}
