import { model } from "@stratum/framework/utils"
import { BlogPost } from "./blog-post.js"

/**
 * A comment on a blog post (table `blog_comments`), soft-deleted and restored with its post.
 *
 * @example
 * await blog.createBlogComments({ post_id: post.id, author_name: "Grace", body: "Nice post" })
 */
export const BlogComment = model.define(
  { name: "blog_comment", tableName: "blog_comments" },
  {
    id: model.id({ prefix: "bcom" }).primaryKey(),
    author_name: model.text().nullable(),
    body: model.text().searchable(),
    post: model.belongsTo(() => BlogPost, { mappedBy: "comments" }),
  },
)
