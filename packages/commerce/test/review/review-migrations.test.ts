import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { rollbackMigrations, runMigrations } from "@stratum/framework"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import { reviewModuleDir } from "../../src/review/index.js"

describe("review module migrations: legacy feedback -> the guide's product_reviews", () => {
  let app: TestApp
  before(async () => {
    app = await createTestApp({ modules: [{ resolve: reviewModuleDir }] })
  })
  after(() => app?.close())

  const query = <T>(sql: string) => app.manager.query<T>(sql)

  test("the three migrations ran in order and are recorded", async () => {
    const applied = await query<{ name: string }>(
      "select name from stratum_migrations where module = 'review' order by name",
    )
    assert.deepEqual(
      applied.map((row) => row.name),
      ["Migration20240101110000", "Migration20240101120000", "Migration20240101130000"],
    )
  })

  test("the legacy feedback was copied: rows with text only, scores mapped to 1-5 ratings", async () => {
    const [legacy] = await query<{ n: number }>("select count(*) as n from legacy_product_feedback")
    assert.equal(legacy?.n, 8)
    const reviews = await query<{ product_id: string; customer_id: string; rating: number; comment: string }>(
      "select product_id, customer_id, rating, comment from product_reviews order by product_id, customer_id",
    )
    assert.deepEqual(reviews, [
      { product_id: "prod_legacy_cap", customer_id: "cus_legacy_alan", rating: 5, comment: "Perfect fit." },
      { product_id: "prod_legacy_mug", customer_id: "cus_legacy_ada", rating: 3, comment: "Handle got hot." },
      { product_id: "prod_legacy_mug", customer_id: "cus_legacy_barbara", rating: 1, comment: "Never arrived." },
      { product_id: "prod_legacy_mug", customer_id: "cus_legacy_edsger", rating: 2, comment: "Arrived chipped." },
      { product_id: "prod_legacy_tee", customer_id: "cus_legacy_ada", rating: 5, comment: "Softest shirt I own." },
      { product_id: "prod_legacy_tee", customer_id: "cus_legacy_alan", rating: 4, comment: "Fine for the price." },
      { product_id: "prod_legacy_tee", customer_id: "cus_legacy_grace", rating: 5, comment: "Runs a little small." },
    ])
    const [defaults] = await query<{ verified: number; dated: number }>(
      "select count(*) filter (where not verified_purchase) as verified, count(*) filter (where created_at is not null) as dated from product_reviews",
    )
    assert.deepEqual(defaults, { verified: 7, dated: 7 })
  })

  test("product_reviews has the guide's indexes and the rating check", async () => {
    const indexes = await query<{ indexname: string }>(
      "select indexname from pg_indexes where tablename = 'product_reviews' order by indexname",
    )
    assert.deepEqual(
      indexes.map((row) => row.indexname),
      [
        "product_reviews_created_at_idx",
        "product_reviews_pkey",
        "product_reviews_product_id_idx",
        "product_reviews_rating_idx",
      ],
    )
    await assert.rejects(
      query("insert into product_reviews (id, product_id, customer_id, rating) values ('x', 'p', 'c', 6)"),
      (error: { type?: string }) => error.type === "invalid_data",
    )
  })

  test("rolling back undoes all three (check, table, legacy table) and running again redoes them", async () => {
    const reverted = await rollbackMigrations({
      database: app.database,
      modules: app.modules,
      module: "review",
      steps: 3,
    })
    assert.deepEqual(
      reverted.map((file) => file.name),
      ["Migration20240101130000", "Migration20240101120000", "Migration20240101110000"],
    )
    assert.deepEqual(
      await query("select to_regclass('product_reviews') as reviews, to_regclass('legacy_product_feedback') as legacy"),
      [{ reviews: null, legacy: null }],
    )
    const again = await runMigrations({ database: app.database, modules: app.modules })
    assert.equal(again.applied.length, 3)
    const [count] = await query<{ n: number }>("select count(*) as n from product_reviews")
    assert.equal(count?.n, 7)
  })
})
