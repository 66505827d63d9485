import { model } from "@stratum/framework/utils"
import { BlogPost } from "./blog-post.js"

/**
 * An author of blog posts (table `blog_authors`).
 *
 * @example
 * const author = await blog.createBlogAuthors({ name: "Ada Lovelace", email: "ada@example.com" })
 */
export const BlogAuthor = model.define(
  { name: "blog_author", tableName: "blog_authors" },
  {
    id: model.id({ prefix: "bauth" }).primaryKey(),
    name: model.text().searchable(),
    email: model.text().unique().nullable(),
    bio: model.text().nullable(),
    posts: model.hasMany(() => BlogPost, { mappedBy: "author" }),
  },
)
