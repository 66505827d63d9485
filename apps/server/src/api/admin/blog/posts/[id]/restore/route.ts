import type { BlogModuleService } from "@stratum/commerce"
import type { MedusaRequest } from "@stratum/framework/http"
import { adminPost } from "../../../../../_lib/blog/admin-post.js"
import { assertPostExists } from "../../../../../_lib/blog/post-writes.js"
import { idParam } from "../../../../../_lib/params.js"

/**
 * POST /admin/blog/posts/:id/restore: the guide's `restorePost`: brings back an archived post and exactly
 * the comments its archiving removed. Restoring a live post changes nothing; an unknown id is a 404.
 */
export async function POST(req: MedusaRequest) {
  const id = idParam(req)
  await assertPostExists(req, id)
  await req.scope.resolve<BlogModuleService>("blog").restorePost(id)
  return { post: await adminPost(req, id) }
}
