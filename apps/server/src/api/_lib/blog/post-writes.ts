import type { BlogModuleService } from "@stratum/commerce"
import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { notFound } from "../errors.js"
import type { CreatePostBody, UpdatePostBody } from "../schemas/blog.js"

function blogOf(req: MedusaRequest): BlogModuleService {
  return req.scope.resolve<BlogModuleService>("blog")
}

/**
 * Creates a post (published at once with `published: true`); resolves to its id.
 *
 * @example
 * await createPost(req, { title: "Hello", category_ids: ["bcat_1"], published: true })
 */
export async function createPost(req: MedusaRequest, body: CreatePostBody): Promise<string> {
  const { category_ids, published = false, ...fields } = body
  const post = await blogOf(req).createBlogPosts({
    ...fields,
    ...(category_ids !== undefined && { categories: category_ids }),
    published,
    published_at: published ? new Date() : null,
  })
  return post.id
}

/**
 * Changes a post in one transaction: its fields, its categories (`category_ids` replaces them), and
 * publishes (the guide's `publishPost`) or unpublishes it when `published` changes. A 404 for a
 * missing or archived post.
 *
 * @example
 * await updatePost(req, "bp_1", { title: "Hello again", published: true })
 */
export async function updatePost(req: MedusaRequest, id: string, body: UpdatePostBody): Promise<void> {
  const blog = blogOf(req)
  const { category_ids, published, ...fields } = body
  const changes = { ...fields, ...(category_ids !== undefined && { categories: category_ids }) }
  const manager = req.scope.resolve(ContainerRegistrationKeys.MANAGER)
  await manager.transaction(async () => {
    const current = await blog.retrieveBlogPost(id, { select: ["id", "published"] })
    if (Object.keys(changes).length > 0) await blog.updateBlogPosts({ id, ...changes })
    if (published === true && !current.published) await blog.publishPost(id)
    if (published === false && current.published) await blog.unpublishPost(id)
  })
}

/**
 * Archives a post with the guide's `archivePost` (soft delete; its comments go with it). A 404 when
 * there is no live post with this id.
 *
 * @example
 * await archivePost(req, "bp_1")
 */
export async function archivePost(req: MedusaRequest, id: string): Promise<void> {
  const archived = await blogOf(req).archivePost(id)
  if (!(archived.blog_post_id ?? []).includes(id)) throw notFound("BlogPost", id)
}

/**
 * Resolves when a post with this id exists, archived or not; a 404 otherwise.
 *
 * @example
 * await assertPostExists(req, "bp_1")
 */
export async function assertPostExists(req: MedusaRequest, id: string): Promise<void> {
  const [post] = await blogOf(req).listBlogPosts({ id }, { select: ["id"], withDeleted: true, take: 1 })
  if (post === undefined) throw notFound("BlogPost", id)
}
