import type { Manager } from "@stratum/framework"
import { boolean, insertColumns, text, timestamp } from "../bulk-insert.js"
import { createRandom } from "../random.js"
import { SEED_COUNTS } from "../seed-counts.js"
import { seedId } from "../seed-ids.js"
import { slug } from "../slug.js"
import { BLOG_CATEGORIES, BLOG_TOPICS, COMMENTS, FIRST_NAMES, LAST_NAMES } from "../words.js"

/** The demo blog: authors, categories, posts (with their categories) and comments. */
export interface SeedBlog {
  authors: { id: string; name: string; email: string; bio: string }[]
  categories: { id: string; name: string; handle: string }[]
  posts: {
    id: string
    title: string
    excerpt: string
    body: string
    author_id: string
    published_at: Date | null
    created_at: Date
    category_ids: string[]
  }[]
  comments: { id: string; post_id: string; author_name: string; body: string; created_at: Date }[]
}

const DAY = 86_400_000

/**
 * `SEED_COUNTS.blogAuthors` authors, the five `BLOG_CATEGORIES`, `SEED_COUNTS.blogPosts` posts (one in six
 * a draft, the others published over the last two years, in one or two categories) and up to eight
 * comments per published post.
 *
 * @example
 * planBlog(now).posts.filter((post) => post.published_at === null).length // 10
 */
export function planBlog(now: Date): SeedBlog {
  const r = createRandom("blog")
  const authors = Array.from({ length: SEED_COUNTS.blogAuthors }, (_, i) => {
    const name = `${FIRST_NAMES[(i * 7) % FIRST_NAMES.length]} ${LAST_NAMES[(i * 11) % LAST_NAMES.length]}`
    return { id: seedId("bauth", i), name, email: `${slug(name)}@blog.example.com`, bio: `${name} writes about gear.` }
  })
  const categories = BLOG_CATEGORIES.map((name, i) => ({ id: seedId("bcat", i), name, handle: slug(name) }))
  const posts: SeedBlog["posts"] = []
  const comments: SeedBlog["comments"] = []
  for (let i = 0; i < SEED_COUNTS.blogPosts; i++) {
    const topic = BLOG_TOPICS[i % BLOG_TOPICS.length] as string
    const round = Math.floor(i / BLOG_TOPICS.length)
    const created_at = new Date(now.getTime() - r.int(1, SEED_COUNTS.orderMonths * 30) * DAY)
    const draft = i % 6 === 5
    const picked = new Set([r.pick(categories).id, ...(r.chance(0.4) ? [r.pick(categories).id] : [])])
    const post = {
      id: seedId("bp", i),
      title: round === 0 ? topic : `${topic}, part ${round + 1}`,
      excerpt: `${topic}: what we learned.`,
      body: `${topic}. ${r.pick(COMMENTS)} More on this soon.`,
      author_id: r.pick(authors).id,
      published_at: draft ? null : created_at,
      created_at,
      category_ids: [...picked],
    }
    posts.push(post)
    if (draft) continue
    for (let c = r.int(0, 8); c > 0; c--) {
      comments.push({
        id: seedId("bcom", comments.length),
        post_id: post.id,
        author_name: r.pick(FIRST_NAMES),
        body: r.pick(COMMENTS),
        created_at: new Date(Math.min(now.getTime(), created_at.getTime() + r.int(1, 20) * DAY)),
      })
    }
  }
  return { authors, categories, posts, comments }
}

/**
 * Inserts the blog (`blog_authors`, `blog_categories`, `blog_posts`, `blog_post_categories`,
 * `blog_comments`).
 *
 * @example
 * await insertBlog(manager, planBlog(now)) // about 350 rows
 */
export async function insertBlog(manager: Manager, blog: SeedBlog): Promise<number> {
  const { authors, categories, posts, comments } = blog
  let inserted = await insertColumns(manager, "blog_authors", {
    id: text(authors.map((a) => a.id)),
    name: text(authors.map((a) => a.name)),
    email: text(authors.map((a) => a.email)),
    bio: text(authors.map((a) => a.bio)),
  })
  inserted += await insertColumns(manager, "blog_categories", {
    id: text(categories.map((c) => c.id)),
    name: text(categories.map((c) => c.name)),
    handle: text(categories.map((c) => c.handle)),
  })
  inserted += await insertColumns(manager, "blog_posts", {
    id: text(posts.map((p) => p.id)),
    title: text(posts.map((p) => p.title)),
    excerpt: text(posts.map((p) => p.excerpt)),
    body: text(posts.map((p) => p.body)),
    published: boolean(posts.map((p) => p.published_at !== null)),
    published_at: timestamp(posts.map((p) => p.published_at)),
    author_id: text(posts.map((p) => p.author_id)),
    created_at: timestamp(posts.map((p) => p.created_at)),
    updated_at: timestamp(posts.map((p) => p.created_at)),
  })
  const memberships = posts.flatMap((post) => post.category_ids.map((category) => ({ post: post.id, category })))
  inserted += await insertColumns(manager, "blog_post_categories", {
    blog_post_id: text(memberships.map((m) => m.post)),
    blog_category_id: text(memberships.map((m) => m.category)),
  })
  inserted += await insertColumns(manager, "blog_comments", {
    id: text(comments.map((c) => c.id)),
    post_id: text(comments.map((c) => c.post_id)),
    author_name: text(comments.map((c) => c.author_name)),
    body: text(comments.map((c) => c.body)),
    created_at: timestamp(comments.map((c) => c.created_at)),
    updated_at: timestamp(comments.map((c) => c.created_at)),
  })
  return inserted
}
