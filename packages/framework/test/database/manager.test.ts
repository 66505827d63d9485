import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { MedusaError } from "../../src/errors/medusa-error.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"

describe("manager", () => {
  let app: TestApp
  before(async () => {
    app = await createTestApp()
    await app.manager.query(
      "create table orders (id text primary key, customer_id text, total integer not null, status text not null, created_at timestamptz not null default now())",
    )
  })
  after(() => app?.close())

  test("query binds $1 placeholders and returns rows", async () => {
    await app.manager.query(
      "insert into orders (id, customer_id, total, status) values ($1, $2, $3, $4), ($5, $6, $7, $8)",
      ["o1", "c1", 1000, "completed", "o2", "c2", 2500, "completed"],
    )
    const rows = await app.manager.query<{ id: string }>("select id from orders where total > $1 order by id", [1500])
    assert.deepEqual(rows, [{ id: "o2" }])
  })

  test("aggregates come back as numbers", async () => {
    const [stats] = await app.manager.query<Record<string, unknown>>(
      "select count(*) as total_orders, sum(total) as revenue, avg(total) as average, count(distinct customer_id) as customers from orders where status = $1",
      ["completed"],
    )
    assert.deepEqual(stats, { total_orders: 2, revenue: 3500, average: 1750, customers: 2 })
  })

  test("transaction commits on resolve and rolls back on throw", async () => {
    await app.manager.transaction(async (tm) => {
      await tm.query("insert into orders (id, total, status) values ($1, $2, $3)", ["o3", 1, "pending"])
    })
    await assert.rejects(
      app.manager.transaction(async (tm) => {
        await tm.query("insert into orders (id, total, status) values ($1, $2, $3)", ["o4", 1, "pending"])
        throw new Error("boom")
      }),
      /boom/,
    )
    const ids = await app.manager.query<{ id: string }>("select id from orders where id in ('o3', 'o4')")
    assert.deepEqual(ids, [{ id: "o3" }])
  })

  test("work inside a transaction joins it without being passed the transaction manager", async () => {
    await assert.rejects(
      app.manager.transaction(async () => {
        await app.manager.query("insert into orders (id, total, status) values ($1, $2, $3)", ["o5", 1, "pending"])
        await Promise.all(
          [1, 2, 3].map((n) =>
            app.manager.query("insert into orders (id, total, status) values ($1, $2, $3)", [`p${n}`, n, "pending"]),
          ),
        )
        const seen = await app.manager.query("select id from orders where id = 'p2'")
        assert.equal(seen.length, 1)
        throw new Error("undo")
      }),
      /undo/,
    )
    const left = await app.manager.query("select id from orders where id in ('o5', 'p1', 'p2', 'p3')")
    assert.deepEqual(left, [])
  })

  test("isolationLevel is honoured and invalid levels are refused", async () => {
    const level = await app.manager.transaction(
      (tm) => tm.query<{ transaction_isolation: string }>("show transaction_isolation"),
      {
        isolationLevel: "serializable",
      },
    )
    assert.equal(level[0]?.transaction_isolation, "serializable")
    await assert.rejects(
      app.manager.transaction(async () => 1, { isolationLevel: "chaos" as never }),
      /allowed: read uncommitted/,
    )
  })

  test("database errors are translated once, keeping the statement", async () => {
    const error = await app.manager
      .query("insert into orders (id, total, status) values ('o1', 1, 'x')")
      .catch((e: unknown) => e)
    assert.ok(MedusaError.isMedusaError(error))
    assert.equal(error.type, "duplicate_error")
    assert.equal(error.message, "Orders with id: o1, already exists.")
    assert.match(error.statement ?? "", /insert into orders/)
    const notNull = await app.manager
      .query("insert into orders (id, status) values ('o9', 'x')")
      .catch((e: unknown) => e)
    assert.ok(MedusaError.isMedusaError(notNull))
    assert.equal(notNull.message, "Cannot set field 'total' of Orders to null")
  })

  test("bad arguments are refused with a clear message", async () => {
    await assert.rejects(app.manager.query("select $1::int", 5 as never), /parameters as an array/)
    await assert.rejects(app.manager.nativeDelete("Nope", { id: 1 }), /Unknown entity "Nope"/)
  })
})
