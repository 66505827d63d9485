import { model } from "@stratum/framework/utils"
import { BlogPost } from "./blog-post.js"

/**
 * A category of blog posts (table `blog_categories`); `handle` is unique among live categories.
 *
 * @example
 * const news = await blog.createBlogCategories({ name: "News", handle: "news" })
 */
export const BlogCategory = model.define(
  { name: "blog_category", tableName: "blog_categories" },
  {
    id: model.id({ prefix: "bcat" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text().unique(),
    posts: model.manyToMany(() => BlogPost, { mappedBy: "categories" }),
  },
)
