import { model } from "@stratum/framework/utils"
import { BlogAuthor } from "./blog-author.js"
import { BlogCategory } from "./blog-category.js"
import { BlogComment } from "./blog-comment.js"

/**
 * A blog post (table `blog_posts`). Soft-deleting a post soft-deletes its comments; restoring it brings
 * back exactly those comments.
 *
 * @example
 * await blog.createBlogPosts({ title: "Hello", body: "...", author_id: author.id, categories: [news.id] })
 */
export const BlogPost = model
  .define(
    { name: "blog_post", tableName: "blog_posts" },
    {
      id: model.id({ prefix: "bp" }).primaryKey(),
      title: model.text().searchable(),
      excerpt: model.text().searchable().nullable(),
      body: model.text().default(""),
      published: model.boolean().default(false),
      published_at: model.dateTime().nullable(),
      author: model.belongsTo(() => BlogAuthor, { mappedBy: "posts" }).nullable(),
      categories: model.manyToMany(() => BlogCategory, {
        mappedBy: "posts",
        pivotTable: "blog_post_categories",
        joinColumn: "blog_post_id",
        inverseJoinColumn: "blog_category_id",
      }),
      comments: model.hasMany(() => BlogComment, { mappedBy: "post" }),
    },
  )
  .cascades({ delete: ["comments"] })
