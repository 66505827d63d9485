import { Module } from "@stratum/framework/utils"
import { BlogModuleService } from "./service.js"

export { BlogModuleService } from "./service.js"
export { BlogPost, BlogAuthor, BlogCategory, BlogComment } from "./models/index.js"

/**
 * The blog module, registered under `"blog"`: posts (`blog_posts`), authors (`blog_authors`),
 * categories (`blog_categories`, pivot `blog_post_categories`) and comments (`blog_comments`).
 *
 * @example
 * const app = await createApp({ modules: [BlogModule] })
 * const blog = app.container.resolve<BlogModuleService>("blog")
 */
const BlogModule = Module("blog", { service: BlogModuleService })
export default BlogModule
