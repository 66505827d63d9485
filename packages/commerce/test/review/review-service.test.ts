import assert from "node:assert/strict"
import { after, before, beforeEach, describe, test } from "node:test"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import { reviewModuleDir, type ReviewModuleService } from "../../src/review/index.js"
import { rejection } from "../support/rejection.js"

describe("review module service", () => {
  let app: TestApp
  let reviews: ReviewModuleService
  before(async () => {
    app = await createTestApp({ modules: [{ resolve: reviewModuleDir }] })
    reviews = app.container.resolve<ReviewModuleService>("review")
  })
  after(() => app?.close())
  beforeEach(async () => {
    await app.manager.query("delete from product_reviews where product_id like 'prod_new%'")
  })

  test("creates, lists and searches reviews; migrated legacy reviews are readable through the service", async () => {
    const review = await reviews.createProductReviews({
      product_id: "prod_new",
      customer_id: "cus_1",
      rating: 4,
      comment: "Good value",
      verified_purchase: true,
    })
    assert.match(review.id, /^prev_/)
    assert.equal(review.verified_purchase, true)
    const legacy = await reviews.listProductReviews({ product_id: "prod_legacy_tee" }, { order: { rating: "DESC" } })
    assert.equal(legacy.length, 3)
    assert.equal(legacy[0]?.rating, 5)
    assert.deepEqual(
      (await reviews.listProductReviews({ q: "value" })).map((r) => r.id),
      [review.id],
    )
  })

  test("a rating outside 1-5 (or not an integer) is invalid_data and nothing is written", async () => {
    for (const rating of [0, 6, -1, 4.5, "5", null]) {
      const error = await rejection(
        reviews.createProductReviews([
          { product_id: "prod_new_ok", customer_id: "cus_1", rating: 5 },
          { product_id: "prod_new_bad", customer_id: "cus_1", rating: rating as number },
        ]),
      )
      assert.equal(error.type, "invalid_data", String(rating))
      assert.match(error.message, /rating/)
    }
    assert.equal(await reviews.listProductReviews({ product_id: { $like: "prod_new%" } }, { count: true }), 0)
    const review = await reviews.createProductReviews({ product_id: "prod_new", customer_id: "cus_2", rating: 1 })
    assert.equal((await rejection(reviews.updateProductReviews(review.id, { rating: 9 }))).type, "invalid_data")
    assert.equal(
      (await rejection(reviews.updateProductReviews({ selector: { id: review.id }, data: { rating: 0 } }))).type,
      "invalid_data",
    )
    assert.equal((await reviews.retrieveProductReview(review.id)).rating, 1)
    assert.equal((await reviews.updateProductReviews(review.id, { rating: 2 })).rating, 2)
  })

  test("getProductRatingSummary counts live reviews per star", async () => {
    assert.deepEqual(await reviews.getProductRatingSummary("prod_legacy_tee"), {
      product_id: "prod_legacy_tee",
      count: 3,
      average: 4.67,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 2 },
    })
    const [, gone] = await reviews.createProductReviews([
      { product_id: "prod_new", customer_id: "cus_1", rating: 2 },
      { product_id: "prod_new", customer_id: "cus_2", rating: 5 },
    ])
    await reviews.softDeleteProductReviews(gone!.id)
    assert.deepEqual(await reviews.getProductRatingSummary("prod_new"), {
      product_id: "prod_new",
      count: 1,
      average: 2,
      distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 },
    })
    assert.deepEqual(await reviews.getProductRatingSummary("prod_none"), {
      product_id: "prod_none",
      count: 0,
      average: null,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
    })
  })
})
