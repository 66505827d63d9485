import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
  type Context,
} from "@stratum/framework/utils"
import { BlogAuthor, BlogCategory, BlogComment, BlogPost } from "./models/index.js"

/**
 * The blog module's service: Medusa's generated methods for posts, authors, categories and comments
 * (`createBlogPosts`, `listBlogPosts`, `softDeleteBlogPosts`, ...) plus the guide's blog methods, as written.
 *
 * @example
 * const blog = container.resolve<BlogModuleService>("blog")
 * const post = await blog.createBlogPosts({ title: "Hello" })
 * await blog.publishPost(post.id)
 */
export class BlogModuleService extends MedusaService({ BlogPost, BlogAuthor, BlogCategory, BlogComment }) {
  // For standard queries
  /**
   * A post with its author; NOT_FOUND (`BlogPost with id: bp_1 was not found`) when missing or deleted.
   *
   * @example
   * const post = await blog.findBlogPost("bp_01J...")
   * post.author?.name
   */
  @InjectManager()
  async findBlogPost(id: string, @MedusaContext() sharedContext = {}) {
    return await this.blogPostService_.retrieve(
      id,
      {
        relations: ["author"],
      },
      sharedContext,
    )
  }

  // For transactional operations
  /**
   * Publishes a post (sets `published` and `published_at`) in one transaction and returns it.
   *
   * @example
   * const post = await blog.publishPost("bp_01J...") // post.published === true
   */
  @InjectTransactionManager()
  async publishPost(id: string, @MedusaContext() sharedContext = {}) {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const post = await this.blogPostService_.retrieve(id, {}, sharedContext)

    return await this.blogPostService_.update(id, { published: true, published_at: new Date() }, sharedContext)
  }

  /**
   * Takes a post offline again: `published` false, `published_at` cleared.
   *
   * @example
   * await blog.unpublishPost("bp_01J...")
   */
  @InjectTransactionManager()
  async unpublishPost(id: string, @MedusaContext() sharedContext: Context = {}) {
    await this.blogPostService_.retrieve(id, { select: ["id"] }, sharedContext)
    return await this.blogPostService_.update(id, { published: false, published_at: null }, sharedContext)
  }

  /**
   * One page of posts, newest first, with the total count of posts matching `filters`.
   *
   * @example
   * const { posts, pagination } = await blog.getPaginatedPosts(2, 10, { published: true })
   * // pagination: { page: 2, limit: 10, total: 42, pages: 5 }
   */
  async getPaginatedPosts(page = 1, limit = 20, filters = {}, sharedContext = {}) {
    const offset = (page - 1) * limit

    const [posts, total] = await Promise.all([
      this.listBlogPosts(
        filters,
        {
          skip: offset,
          take: limit,
          order: { created_at: "DESC" },
        },
        sharedContext,
      ),
      this.listBlogPosts(filters, { count: true }, sharedContext),
    ])

    return {
      posts,
      pagination: {
        page,
        limit,
        total,
        pages: Math.ceil(total / limit),
      },
    }
  }

  // Optimized relationship loading
  /**
   * A post with its author, categories and comments, loaded in one statement.
   *
   * @example
   * const post = await blog.getPostWithFullDetails("bp_01J...")
   * post.comments?.length
   */
  async getPostWithFullDetails(id: string, sharedContext = {}) {
    return await this.retrieveBlogPost(
      id,
      {
        relations: ["author", "categories", "comments"],
        relationLoadStrategy: "joined", // Single query vs N+1
      },
      sharedContext,
    )
  }

  // Efficient field selection
  /**
   * Up to 100 posts, newest first, with only `id`, `title`, `excerpt` and `created_at`.
   *
   * @example
   * const summaries = await blog.getPostSummaries({ published: true })
   */
  async getPostSummaries(filters = {}, sharedContext = {}) {
    return await this.listBlogPosts(
      filters,
      {
        select: ["id", "title", "excerpt", "created_at"],
        order: { created_at: "DESC" },
        take: 100,
      },
      sharedContext,
    )
  }

  // Soft delete (sets deleted_at timestamp)
  /**
   * Soft-deletes a post and its comments; returns `{ blog_post_id: [...], blog_comment_id: [...] }`.
   *
   * @example
   * await blog.archivePost("bp_01J...")
   */
  async archivePost(id: string, sharedContext = {}) {
    return await this.softDeleteBlogPosts(id, sharedContext)
  }

  // Restore soft-deleted record
  /**
   * Restores an archived post and exactly the comments its archiving deleted.
   *
   * @example
   * await blog.restorePost("bp_01J...")
   */
  async restorePost(id: string, sharedContext = {}) {
    return await this.restoreBlogPosts(id, sharedContext)
  }

  // Include soft-deleted records in queries
  /**
   * Every post; archived ones too when `includeDeleted` is true.
   *
   * @example
   * const everything = await blog.getAllPosts(true)
   */
  async getAllPosts(includeDeleted = false, sharedContext = {}) {
    const config = includeDeleted ? { withDeleted: true } : {}

    return await this.listBlogPosts({}, config, sharedContext)
  }

  // Permanently delete records
  /**
   * Deletes a post for good, with its comments and category assignments, in one transaction.
   *
   * @example
   * await blog.permanentlyDeletePost("bp_01J...")
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  async permanentlyDeletePost(id: string, sharedContext = {}) {
    const manager = this.container_.resolve("manager")

    return await manager.transaction(async (transactionManager) => {
      // First soft delete to trigger any cascade operations
      await this.softDeleteBlogPosts(id, { transactionManager })

      // Then permanently remove
      await transactionManager.nativeDelete("BlogPost", { id })
    })
  }
}
