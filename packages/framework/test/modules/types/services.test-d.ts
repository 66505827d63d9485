// Type tests for generated services: compiled by the root `tsc -p tsconfig.json`, never run.
import type { Context } from "../../../src/context/shared-context.js"
import {
  MedusaService,
  Module,
  model,
  type InferTypeOf,
  type Linkable,
  type TypedFilters,
  type TypedFindConfig,
} from "../../../src/utils.js"

const Comment = model.define("comment", {
  id: model.id({ prefix: "com" }).primaryKey(),
  body: model.text(),
  post: model.belongsTo(() => BlogPost, { mappedBy: "comments" }),
})

const BlogPost = model.define("blog_post", {
  id: model.id({ prefix: "bp" }).primaryKey(),
  title: model.text(),
  views: model.number().default(0),
  comments: model.hasMany(() => Comment, { mappedBy: "post" }),
})

const Tag = model.define("tag", { id: model.id().primaryKey(), value: model.text() })

type Post = InferTypeOf<typeof BlogPost>

// With stratum-env.d.ts (generated for BlogPost and Comment), generated methods can be overridden as methods.
class BlogService extends MedusaService({ BlogPost, Comment, Tag }) {
  override listBlogPosts(
    filters: TypedFilters<Post> | undefined,
    config: TypedFindConfig<Post> & { count: true },
    sharedContext?: Context,
  ): Promise<number>
  override listBlogPosts(
    filters?: TypedFilters<Post>,
    config?: TypedFindConfig<Post>,
    sharedContext?: Context,
  ): Promise<Post[]>
  override async listBlogPosts(
    filters?: TypedFilters<Post>,
    config?: TypedFindConfig<Post> & { count?: boolean },
    sharedContext?: Context,
  ): Promise<Post[] | number> {
    const visible = { ...filters, views: { $gte: 0 } }
    return config?.count
      ? super.listBlogPosts(visible, { ...config, count: true }, sharedContext)
      : super.listBlogPosts(visible, config, sharedContext)
  }

  override async retrieveBlogPost(id: string, config?: TypedFindConfig<Post>, sharedContext?: Context): Promise<Post> {
    return super.retrieveBlogPost(id, config, sharedContext)
  }

  async titles(): Promise<string[]> {
    const posts = await this.listBlogPosts({ title: { $ilike: "%a%" } }, { select: ["id", "title"], take: 5 })
    const count: number = await this.listBlogPosts({}, { count: true })
    const [rows, total] = await this.listAndCountComments({ post_id: "bp_1" })
    void count
    void total
    void rows
    return posts.map((post) => post.title)
  }

  async writes(): Promise<void> {
    const one: Post = await this.createBlogPosts({ title: "x" })
    const many: Post[] = await this.createBlogPosts([{ title: "x" }])
    const updated: Post = await this.updateBlogPosts(one.id, { views: 2 })
    const selected: Post[] = await this.updateBlogPosts({ selector: { views: { $gt: 1 } }, data: { title: "y" } })
    const removed: Record<string, string[]> = await this.softDeleteBlogPosts(one.id)
    // Tag has no generated declarations: still typed through mapped methods.
    const tags = await this.listTags({ value: "a" })
    void [many, updated, selected, removed, tags]
  }

  async wrong(): Promise<void> {
    // @ts-expect-error misspelled method
    await this.listBlogPost()
    // @ts-expect-error misspelled field in filters
    await this.listBlogPosts({ titel: "x" })
    // @ts-expect-error misspelled field in select
    await this.listBlogPosts({}, { select: ["titel"] })
    // @ts-expect-error unknown relation
    await this.retrieveBlogPost("bp_1", { relations: ["author"] })
    // @ts-expect-error wrong value type
    await this.createBlogPosts({ title: 5 })
    // @ts-expect-error required field missing
    await this.createBlogPosts({ views: 1 })
    // @ts-expect-error misspelled field on a model without declarations
    await this.listTags({ valu: "a" })
  }
}

// Module(...).linkable is typed per model.
const BlogModule = Module("blog", { service: BlogService })
const postLink: Linkable = BlogModule.linkable.blogPost
const commentLink: Linkable = BlogModule.linkable.comment
// @ts-expect-error no such model in the module
void BlogModule.linkable.author
void [postLink, commentLink]
