import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { seedCatalog, type Catalog } from "./support/catalog-fixture.js"
import { startRouteApp, type ErrorBody, type RouteApp } from "./support/route-app.js"

interface Review {
  id: string
  rating: number
  comment: string | null
  customer_id: string
  verified_purchase: boolean
}

let api: RouteApp
let catalog: Catalog
before(async () => {
  api = await startRouteApp()
  catalog = await seedCatalog(api.app)
})
after(() => api?.close())

async function reviewCount(productId: string): Promise<number> {
  const [row] = await api.app.manager.query<{ n: number }>(
    "select count(*)::int as n from product_reviews where product_id = $1",
    [productId],
  )
  return row?.n ?? 0
}

describe("GET /store/products/:id/reviews", () => {
  test("lists the product's reviews", async () => {
    const { status, body } = await api.get<{ reviews: Review[]; count: number; limit: number }>(
      `/store/products/${catalog.products.mug}/reviews`,
    )
    assert.equal(status, 200)
    assert.deepEqual(
      body.reviews.map((r) => [r.id, r.rating]),
      [[catalog.reviews.graceOnMug, 4]],
    )
    assert.equal(body.count, 1)
    assert.equal(body.limit, 20)
  })

  test("a draft or unknown product is a 404", async () => {
    const { status } = await api.get(`/store/products/${catalog.products.poster}/reviews`)
    assert.equal(status, 404)
  })
})

describe("POST /store/products/:id/reviews", () => {
  test("records a review; a customer who bought the product is a verified purchase", async () => {
    const bought = await api.post<{ review: Review }>(`/store/products/${catalog.products.mug}/reviews`, {
      customer_id: catalog.customers.ada,
      rating: 5,
      comment: "Best mug",
    })
    assert.equal(bought.status, 200)
    assert.equal(bought.body.review.rating, 5)
    assert.equal(bought.body.review.verified_purchase, true)
    const notBought = await api.post<{ review: Review }>(`/store/products/${catalog.products.shirt}/reviews`, {
      customer_id: catalog.customers.ada,
      rating: 3,
    })
    assert.equal(notBought.status, 200)
    assert.equal(notBought.body.review.verified_purchase, false)
    assert.equal(notBought.body.review.comment, null)
  })

  test("a rating outside 1-5 is a 400 naming rating, and nothing is written", async () => {
    const before = await reviewCount(catalog.products.shirt)
    for (const rating of [0, 6, 4.5, "5"]) {
      const { status, body } = await api.post<ErrorBody>(`/store/products/${catalog.products.shirt}/reviews`, {
        customer_id: catalog.customers.grace,
        rating,
      })
      assert.equal(status, 400, String(rating))
      assert.match(body.message, /field 'rating': must be an integer from 1 to 5/)
    }
    assert.equal(await reviewCount(catalog.products.shirt), before)
  })

  test("an unknown customer is a 400, an unknown product a 404, unknown fields a 400", async () => {
    const unknownCustomer = await api.post<ErrorBody>(`/store/products/${catalog.products.mug}/reviews`, {
      customer_id: "cus_missing",
      rating: 5,
    })
    assert.equal(unknownCustomer.status, 400)
    assert.match(unknownCustomer.body.message, /field 'customer_id': no customer with id cus_missing/)
    const unknownProduct = await api.post<ErrorBody>("/store/products/prod_missing/reviews", {
      customer_id: catalog.customers.ada,
      rating: 5,
    })
    assert.equal(unknownProduct.status, 404)
    const extra = await api.post<ErrorBody>(`/store/products/${catalog.products.mug}/reviews`, {
      customer_id: catalog.customers.ada,
      rating: 5,
      verified_purchase: true,
    })
    assert.equal(extra.status, 400)
    assert.match(extra.body.message, /unknown field 'verified_purchase'/)
  })
})
