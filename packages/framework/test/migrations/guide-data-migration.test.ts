import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { rollbackMigrations, runMigrations } from "../../src/migrations/index.js"
import type { TestDatabase } from "../../src/testing/test-database.js"
import { connectModules, emptyDatabase, memoryLogger, sql } from "./support.js"

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures")

describe("the guide's product_reviews data migration", () => {
  let db: TestDatabase
  let session: Awaited<ReturnType<typeof connectModules>>

  before(async () => {
    db = await emptyDatabase()
    session = await connectModules(db.url, fixtures, ["./product-reviews"])
    await sql(
      session.database,
      "create table legacy_product_feedback (product_id text, customer_id text, feedback_score int, feedback_text text)",
    )
    const rows = [
      ["prod_1", "cus_1", 5, "great"],
      ["prod_1", "cus_2", 3, "fine"],
      ["prod_2", "cus_3", 0, "bad"],
      ["prod_2", "cus_4", 2, null],
    ]
    for (const row of rows) {
      await sql(session.database, "insert into legacy_product_feedback values (?, ?, ?, ?)", row)
    }
  })

  after(async () => {
    await session.close()
    await db.drop()
  })

  const query = <T>(text: string) => sql<T>(session.database, text)

  test("up creates the table and indexes and copies the feedback that has text, with mapped ratings", async () => {
    const logger = memoryLogger()
    const result = await runMigrations({ database: session.database, modules: session.group.modules, logger })
    assert.deepEqual(
      result.applied.map((file) => file.name),
      ["Migration20240101120000"],
    )
    assert.match(logger.lines[0] ?? "", /^\[1\/1\] product_reviews Migration20240101120000 applied \(\d+ ms\)$/)
    const reviews = await query<{ customer_id: string; rating: number; comment: string; verified_purchase: boolean }>(
      "select customer_id, rating, comment, verified_purchase from product_reviews order by customer_id",
    )
    assert.deepEqual(reviews, [
      { customer_id: "cus_1", rating: 5, comment: "great", verified_purchase: false },
      { customer_id: "cus_2", rating: 4, comment: "fine", verified_purchase: false },
      { customer_id: "cus_3", rating: 1, comment: "bad", verified_purchase: false },
    ])
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
    const recorded = await query<{ module: string; name: string; checksum: string }>(
      "select module, name, checksum from stratum_migrations",
    )
    assert.equal(recorded.length, 1)
    assert.equal(recorded[0]?.module, "product_reviews")
    assert.match(recorded[0]?.checksum ?? "", /^[0-9a-f]{64}$/)
  })

  test("running again applies nothing", async () => {
    const logger = memoryLogger()
    const result = await runMigrations({ database: session.database, modules: session.group.modules, logger })
    assert.deepEqual(result.applied, [])
    assert.deepEqual(logger.lines, ["No pending migrations"])
  })

  test("down drops the table and forgets the migration", async () => {
    const reverted = await rollbackMigrations({ database: session.database, modules: session.group.modules })
    assert.deepEqual(
      reverted.map((file) => file.name),
      ["Migration20240101120000"],
    )
    assert.deepEqual(await query("select to_regclass('product_reviews') as t"), [{ t: null }])
    assert.deepEqual(await query("select * from stratum_migrations"), [])
  })
})
