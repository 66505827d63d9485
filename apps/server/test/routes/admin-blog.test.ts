import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { seedCatalog, type Catalog } from "./support/catalog-fixture.js"
import { startRouteApp, type ErrorBody, type RouteApp } from "./support/route-app.js"

interface Post {
  id: string
  title: string
  published: boolean
  published_at: string | null
  deleted_at: string | null
  categories: { id: string }[]
  comments?: { id: string }[]
}

let api: RouteApp
let catalog: Catalog
before(async () => {
  api = await startRouteApp()
  catalog = await seedCatalog(api.app)
})
after(() => api?.close())

async function createPost(title: string): Promise<Post> {
  const { status, body } = await api.post<{ post: Post }>("/admin/blog/posts", {
    title,
    body: "Text",
    author_id: catalog.blog.author,
    category_ids: [catalog.blog.category],
    published: true,
  })
  assert.equal(status, 200)
  return body.post
}

async function commentCount(postId: string): Promise<{ live: number; all: number }> {
  const [row] = await api.app.manager.query<{ live: number; all: number }>(
    `select count(*) filter (where deleted_at is null)::int as live, count(*)::int as all
     from blog_comments where post_id = $1`,
    [postId],
  )
  return row ?? { live: -1, all: -1 }
}

describe("admin blog posts", () => {
  test("lists drafts and published posts, filtered by published", async () => {
    const all = await api.get<{ posts: Post[]; count: number }>("/admin/blog/posts")
    assert.equal(all.status, 200)
    assert.equal(all.body.count, 2)
    const drafts = await api.get<{ posts: Post[] }>("/admin/blog/posts?published=false")
    assert.deepEqual(
      drafts.body.posts.map((p) => p.id),
      [catalog.blog.draft],
    )
  })

  test("creates a published post with its categories", async () => {
    const post = await createPost("Launch day")
    assert.equal(post.published, true)
    assert.notEqual(post.published_at, null)
    assert.deepEqual(
      post.categories.map((c) => c.id),
      [catalog.blog.category],
    )
    const store = await api.get(`/store/blog/posts/${post.id}`)
    assert.equal(store.status, 200)
  })

  test("updates fields, publishes a draft and unpublishes it again", async () => {
    const published = await api.post<{ post: Post }>(`/admin/blog/posts/${catalog.blog.draft}`, {
      title: "Final thoughts",
      published: true,
    })
    assert.equal(published.status, 200)
    assert.equal(published.body.post.title, "Final thoughts")
    assert.equal(published.body.post.published, true)
    assert.notEqual(published.body.post.published_at, null)
    const unpublished = await api.post<{ post: Post }>(`/admin/blog/posts/${catalog.blog.draft}`, {
      published: false,
      category_ids: [],
    })
    assert.equal(unpublished.body.post.published, false)
    assert.equal(unpublished.body.post.published_at, null)
    assert.deepEqual(unpublished.body.post.categories, [])
  })

  test("DELETE archives the post with its comments; restore brings both back", async () => {
    const id = catalog.blog.published
    const archived = await api.delete(`/admin/blog/posts/${id}`)
    assert.equal(archived.status, 200)
    assert.deepEqual(archived.body, { id, object: "post", deleted: true })
    assert.deepEqual(await commentCount(id), { live: 0, all: 2 })
    assert.equal((await api.get(`/store/blog/posts/${id}`)).status, 404)
    assert.equal((await api.get(`/admin/blog/posts/${id}`)).status, 404)
    const withDeleted = await api.get<{ post: Post }>(`/admin/blog/posts/${id}?with_deleted=true`)
    assert.notEqual(withDeleted.body.post.deleted_at, null)
    const listed = await api.get<{ posts: Post[] }>("/admin/blog/posts?with_deleted=true&fields=id")
    assert.ok(listed.body.posts.some((p) => p.id === id))
    assert.equal((await api.delete(`/admin/blog/posts/${id}`)).status, 404)

    const restored = await api.post<{ post: Post }>(`/admin/blog/posts/${id}/restore`)
    assert.equal(restored.status, 200)
    assert.equal(restored.body.post.deleted_at, null)
    assert.deepEqual(await commentCount(id), { live: 2, all: 2 })
    assert.equal((await api.get(`/store/blog/posts/${id}`)).status, 200)
  })

  test("DELETE .../permanent removes an archived post for good", async () => {
    const post = await createPost("Short-lived")
    await api.delete(`/admin/blog/posts/${post.id}`)
    const { status, body } = await api.delete(`/admin/blog/posts/${post.id}/permanent`)
    assert.equal(status, 200)
    assert.deepEqual(body, { id: post.id, object: "post", deleted: true })
    const [row] = await api.app.manager.query<{ n: number }>(
      "select count(*)::int as n from blog_posts where id = $1",
      [post.id],
    )
    assert.equal(row?.n, 0)
    assert.equal((await api.post(`/admin/blog/posts/${post.id}/restore`)).status, 404)
    assert.equal((await api.delete(`/admin/blog/posts/${post.id}/permanent`)).status, 404)
  })

  test("bad input is a 400 naming the field; unknown posts are 404s", async () => {
    const cases: [string, string, unknown, RegExp][] = [
      ["POST", "/admin/blog/posts", { title: "" }, /field 'title': must not be empty/],
      ["POST", "/admin/blog/posts", { title: "X", slug: "x" }, /unknown field 'slug'/],
      ["POST", "/admin/blog/posts", { title: "X", published: "yes" }, /field 'published'/],
      ["POST", `/admin/blog/posts/${catalog.blog.draft}`, { deleted_at: null }, /unknown field 'deleted_at'/],
      ["POST", `/admin/blog/posts/${catalog.blog.draft}/restore`, { force: true }, /unknown field 'force'/],
      ["GET", "/admin/blog/posts?published=maybe", undefined, /query parameter 'published': must be true or false/],
    ]
    for (const [method, path, body, message] of cases) {
      const reply = await api.request<ErrorBody>(method, path, { body })
      assert.equal(reply.status, 400, path)
      assert.match(reply.body.message, message, path)
    }
    assert.equal((await api.post("/admin/blog/posts/bp_missing", { title: "X" })).status, 404)
    assert.equal((await api.get("/admin/blog/posts/bp_missing")).status, 404)
  })
})
