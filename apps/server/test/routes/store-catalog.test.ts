import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { seedCatalog, type Catalog } from "./support/catalog-fixture.js"
import { startRouteApp, type ErrorBody, type RouteApp } from "./support/route-app.js"

let api: RouteApp
let catalog: Catalog
before(async () => {
  api = await startRouteApp()
  catalog = await seedCatalog(api.app)
})
after(() => api?.close())

describe("GET /store/product-categories", () => {
  test("lists active public categories by rank", async () => {
    const { status, body } = await api.get<{ product_categories: { handle: string }[]; count: number }>(
      "/store/product-categories",
    )
    assert.equal(status, 200)
    assert.deepEqual(
      body.product_categories.map((c) => c.handle),
      ["shirts", "mugs"],
    )
    assert.equal(body.count, 2)
  })

  test("filters by handle and top level", async () => {
    const byHandle = await api.get<{ product_categories: { id: string }[] }>("/store/product-categories?handle=mugs")
    assert.deepEqual(
      byHandle.body.product_categories.map((c) => c.id),
      [catalog.categories.mugs],
    )
    const top = await api.get<{ count: number }>("/store/product-categories?parent_category_id=null")
    assert.equal(top.body.count, 2)
  })

  test("an unknown parameter is a 400", async () => {
    const { status, body } = await api.get<ErrorBody>("/store/product-categories?is_internal=true")
    assert.equal(status, 400)
    assert.match(body.message, /unknown query parameter 'is_internal'/)
  })
})

describe("GET /store/regions", () => {
  test("lists regions with their currency and countries", async () => {
    const { status, body } = await api.get<{ regions: { id: string; currency_code: string; countries: unknown[] }[] }>(
      "/store/regions",
    )
    assert.equal(status, 200)
    assert.deepEqual(
      body.regions.map((r) => [r.id, r.currency_code]),
      [
        [catalog.regions.eu, "eur"],
        [catalog.regions.us, "usd"],
      ],
    )
    assert.ok(body.regions.every((r) => Array.isArray(r.countries)))
  })

  test("filters by currency", async () => {
    const { body } = await api.get<{ regions: { id: string }[] }>("/store/regions?currency_code=USD")
    assert.deepEqual(
      body.regions.map((r) => r.id),
      [catalog.regions.us],
    )
  })
})

interface Post {
  id: string
  title: string
  body?: string
  author: { name: string } | null
  comments?: { body: string }[]
}

describe("GET /store/blog/posts", () => {
  test("lists published posts with author and categories, drafts left out", async () => {
    const { status, body } = await api.get<{ posts: Post[]; count: number }>("/store/blog/posts")
    assert.equal(status, 200)
    assert.deepEqual(
      body.posts.map((p) => p.title),
      ["Hello store"],
    )
    assert.equal(body.posts[0]?.author?.name, "Ada Lovelace")
    assert.equal(body.count, 1)
  })

  test("a published post comes with its body and comments", async () => {
    const { status, body } = await api.get<{ post: Post }>(`/store/blog/posts/${catalog.blog.published}`)
    assert.equal(status, 200)
    assert.equal(body.post.body, "Welcome!")
    assert.deepEqual(body.post.comments?.map((c) => c.body).sort(), ["Congrats", "Nice"])
  })

  test("a draft is a 404", async () => {
    const { status, body } = await api.get<ErrorBody>(`/store/blog/posts/${catalog.blog.draft}`)
    assert.equal(status, 404)
    assert.equal(body.message, `BlogPost with id: ${catalog.blog.draft} was not found`)
  })

  test("filters by category and rejects bad paging", async () => {
    const { body } = await api.get<{ count: number }>(`/store/blog/posts?category_id=${catalog.blog.category}`)
    assert.equal(body.count, 1)
    const bad = await api.get<ErrorBody>("/store/blog/posts?offset=-1")
    assert.equal(bad.status, 400)
    assert.match(bad.body.message, /query parameter 'offset': must not be negative/)
  })
})
