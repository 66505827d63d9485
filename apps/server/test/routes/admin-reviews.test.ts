import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { seedCatalog, type Catalog } from "./support/catalog-fixture.js"
import { startRouteApp, type ErrorBody, type RouteApp } from "./support/route-app.js"

interface ReviewList {
  reviews: { id: string; rating: number; product_id: string; deleted_at: string | null }[]
  count: number
}

let api: RouteApp
let catalog: Catalog
before(async () => {
  api = await startRouteApp()
  catalog = await seedCatalog(api.app)
  await api.post(`/store/products/${catalog.products.shirt}/reviews`, {
    customer_id: catalog.customers.ada,
    rating: 1,
    comment: "Shrank in the wash",
  })
})
after(() => api?.close())

describe("admin reviews moderation", () => {
  test("lists reviews filtered by product, rating and comment text", async () => {
    const mine = await api.get<ReviewList>(`/admin/reviews?product_id=${catalog.products.shirt}`)
    assert.equal(mine.status, 200)
    assert.deepEqual(
      mine.body.reviews.map((r) => r.rating),
      [1],
    )
    const low = await api.get<ReviewList>(`/admin/reviews?rating=4&product_id=${catalog.products.mug}`)
    assert.deepEqual(
      low.body.reviews.map((r) => r.id),
      [catalog.reviews.graceOnMug],
    )
    const text = await api.get<ReviewList>("/admin/reviews?q=shrank")
    assert.equal(text.body.count, 1)
  })

  test("DELETE removes a review from the store; with_deleted still shows it", async () => {
    const id = catalog.reviews.graceOnMug
    const { status, body } = await api.delete(`/admin/reviews/${id}`)
    assert.equal(status, 200)
    assert.deepEqual(body, { id, object: "review", deleted: true })
    const store = await api.get<ReviewList>(`/store/products/${catalog.products.mug}/reviews`)
    assert.equal(store.body.count, 0)
    const archived = await api.get<ReviewList>(`/admin/reviews?product_id=${catalog.products.mug}&with_deleted=true`)
    assert.equal(archived.body.reviews.length, 1)
    assert.notEqual(archived.body.reviews[0]?.deleted_at, null)
    assert.equal((await api.delete(`/admin/reviews/${id}`)).status, 404)
  })

  test("bad filters are 400s", async () => {
    const { status, body } = await api.get<ErrorBody>("/admin/reviews?rating=6")
    assert.equal(status, 400)
    assert.match(body.message, /query parameter 'rating': must be at most 5/)
  })
})
