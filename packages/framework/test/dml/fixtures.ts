import { model } from "../../src/dml/index.js"

/** Shared blog models: posts with comments (cascading), tags (many-to-many) and an optional cover. */
export const BlogPost = model
  .define("blog_post", {
    id: model.id({ prefix: "bp" }).primaryKey(),
    title: model.text().searchable(),
    slug: model.text().unique(),
    status: model.enum(["draft", "published"]).default("draft"),
    views: model.number().default(0),
    rating: model.float().nullable(),
    amount: model.bigNumber().nullable(),
    published: model.boolean().default(false),
    published_at: model.dateTime().nullable(),
    metadata: model.json().default({ source: "import", flags: [] }),
    keywords: model.array().default([]),
    comments: model.hasMany(() => Comment),
    tags: model.manyToMany(() => Tag, { mappedBy: "posts" }),
    cover: model.hasOne(() => Cover),
  })
  .cascades({ delete: ["comments"] })
  .indexes([
    { on: ["status", "views"], where: { status: "published" } },
    { on: ["title"], unique: true, where: null },
  ])

export const Comment = model.define("comment", {
  id: model.id({ prefix: "com" }).primaryKey(),
  body: model.text().searchable(),
  blog_post: model.belongsTo(() => BlogPost, { mappedBy: "comments" }),
  reply_to: model.belongsTo(() => Comment, { foreignKeyName: "parent_comment_id" }).nullable(),
})

export const Tag = model.define("tag", {
  id: model.id({ prefix: "tag" }).primaryKey(),
  name: model.text().index(),
  posts: model.manyToMany(() => BlogPost),
})

export const Cover = model.define(
  { name: "cover", tableName: "post_cover" },
  {
    id: model.id().primaryKey(),
    url: model.text(),
    blog_post: model.belongsTo(() => BlogPost),
  },
)

export const blogModels = [BlogPost, Comment, Tag, Cover]
