// `count: "estimate"`: query.graph's `pagination.count` and listAndCount's `config.count` take the total
// from the planner's estimate (EXPLAIN of the counted rows: reltuples and column statistics) instead of
// a count scan; exact stays the default, and a page that is not full is counted exactly for free.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { MedusaError } from "../../src/errors/medusa-error.js"
import { estimateRows, settleCount } from "../../src/modules/sql/read/estimate-rows.js"
import type { TestApp } from "../../src/testing/create-test-app.js"
import { queryFor, recording, seed, startGraphApp, type Mode } from "./support.js"

/** Bulk products: 6,000 rows, every third one a draft, every tenth (g % 10 = 1) soft-deleted. */
const BULK = 6000

interface UntypedProducts {
  listAndCountProducts(filters: object, config: object): Promise<[unknown[], number]>
}

async function invalid(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error = await promise.then(
    () => assert.fail("expected an invalid_data error"),
    (e: unknown) => e,
  )
  assert.ok(MedusaError.isMedusaError(error), String(error))
  assert.equal(error.type, "invalid_data")
  assert.match(error.message, pattern)
}

/** Within `tolerance` (a fraction) of the exact value. */
function near(actual: number, exact: number, tolerance: number): void {
  assert.ok(Math.abs(actual - exact) <= exact * tolerance, `expected about ${exact}, got ${actual}`)
}

describe("count estimates", () => {
  let app: TestApp
  let live: number
  let drafts: number
  before(async () => {
    app = await startGraphApp()
    await seed(app)
    await app.manager.query(
      `insert into product (id, title, status, created_at, updated_at, deleted_at)
       select 'prod_bulk_' || lpad(g::text, 5, '0'), 'Bulk ' || g, case when g % 3 = 0 then 'draft' else 'published' end,
              now(), now(), case when g % 10 = 1 then now() end
       from generate_series(1, $1::int) g`,
      [BULK],
    )
    await app.manager.query("analyze product")
    const [counts] = await app.manager.query<{ live: number; drafts: number }>(
      `select count(*)::int as live, (count(*) filter (where status = 'draft'))::int as drafts
       from product where deleted_at is null`,
    )
    live = counts!.live
    drafts = counts!.drafts
  })
  after(() => app?.close())

  for (const mode of ["compiled", "in-memory"] as Mode[]) {
    describe(`query.graph (${mode})`, () => {
      const page = (pagination: Record<string, unknown>, filters: Record<string, unknown> = {}) =>
        queryFor(app, mode).graph({ entity: "product", fields: ["id", "title"], filters, pagination })

      test("exact is the default: the count is in the page's statement, no estimate flag", async () => {
        const [result, statements] = await recording(app, () => page({ skip: 0, take: 10 }))
        assert.equal(result.data.length, 10)
        assert.deepEqual(result.metadata, { count: live, skip: 0, take: 10 })
        assert.equal(statements.length, 1)
        assert.match(statements[0]!.sql, /count\(\*\)/)
      })

      test("unfiltered estimate: the table's row count scaled by the deleted_at null fraction, no count scan", async () => {
        const [result, statements] = await recording(app, () => page({ skip: 0, take: 10, count: "estimate" }))
        assert.equal(result.data.length, 10)
        assert.equal(result.metadata?.estimate, true)
        assert.equal(result.metadata?.skip, 0)
        assert.equal(result.metadata?.take, 10)
        near(result.metadata!.count, live, 0.02)
        // The page, the statistics check (reltuples), the planner's estimate: no count(*) anywhere.
        assert.equal(statements.length, 3, statements.map((s) => s.sql).join("\n"))
        assert.ok(statements.every((s) => !/count\(\*\)/.test(s.sql)))
        assert.match(statements[1]!.sql, /reltuples/)
        assert.match(
          statements[2]!.sql,
          /^EXPLAIN \(FORMAT JSON\) SELECT 1 FROM "product" AS \w+ WHERE \w+\."deleted_at" IS NULL$/,
        )
      })

      test("filtered estimate: the planner's rows of EXPLAIN with the same bound values", async () => {
        const [result, statements] = await recording(app, () =>
          page({ skip: 20, take: 10, count: "estimate" }, { status: "draft" }),
        )
        assert.equal(result.data.length, 10)
        assert.equal(result.metadata?.estimate, true)
        near(result.metadata!.count, drafts, 0.1)
        assert.equal(statements.length, 3)
        assert.match(statements[2]!.sql, /^EXPLAIN \(FORMAT JSON\) SELECT 1 FROM "product"/)
        assert.deepEqual(statements[2]!.params, ["draft"])
      })

      test("a filter on a relation is estimated too, never below the rows already seen", async () => {
        const { data, metadata } = await page(
          { skip: 0, take: 1, count: "estimate" },
          { variants: { price: { $gt: 0 } } },
        )
        assert.equal(data.length, 1)
        assert.equal(metadata?.estimate, true)
        assert.ok(metadata!.count >= 1)
      })

      test("a page that is not full is counted exactly for free (estimate: false, one statement)", async () => {
        const [result, statements] = await recording(app, () =>
          page({ skip: 0, take: 10, count: "estimate" }, { title: { $in: ["Shirt", "Pants"] } }),
        )
        assert.deepEqual(result.metadata, { count: 2, skip: 0, take: 10, estimate: false })
        assert.equal(statements.length, 1)
      })

      test("an empty page past the end is estimated; without skip there is no count to estimate", async () => {
        const past = await page({ skip: 100_000, take: 10, count: "estimate" })
        assert.equal(past.data.length, 0)
        assert.equal(past.metadata?.estimate, true)
        near(past.metadata!.count, live, 0.02)
        const takeOnly = await page({ take: 10, count: "estimate" })
        assert.equal(takeOnly.metadata, undefined)
      })

      test("pagination.count accepts only exact or estimate", async () => {
        await invalid(page({ skip: 0, take: 10, count: "fast" }), /pagination\.count.*"fast"/)
        const exact = await page({ skip: 0, take: 10, count: "exact" })
        assert.deepEqual(exact.metadata, { count: live, skip: 0, take: 10 })
      })
    })
  }

  describe("listAndCount", () => {
    const products = () => app.container.resolve<UntypedProducts>("product")

    test("exact by default; { count: 'estimate' } estimates a full page without a count scan", async () => {
      const [rows, exact] = await products().listAndCountProducts({}, { take: 10 })
      assert.equal(rows.length, 10)
      assert.equal(exact, live)
      const [[estimatedRows, estimate], statements] = await recording(app, () =>
        products().listAndCountProducts({}, { take: 10, count: "estimate" }),
      )
      assert.equal(estimatedRows.length, 10)
      near(estimate, live, 0.02)
      assert.ok(statements.every((s) => !/count\(\*\)/.test(s.sql)))
      assert.ok(statements.some((s) => /^EXPLAIN/.test(s.sql)))
    })

    test("filtered: the planner's estimate; a page that is not full: the exact total", async () => {
      const [, estimate] = await products().listAndCountProducts(
        { status: "draft" },
        { take: 10, skip: 10, count: "estimate" },
      )
      near(estimate, drafts, 0.1)
      const [rows, count] = await products().listAndCountProducts({ title: "Shirt" }, { take: 10, count: "estimate" })
      assert.equal(rows.length, 1)
      assert.equal(count, 1)
    })

    test("withDeleted counts deleted rows too; a wrong mode is invalid_data", async () => {
      const [, estimate] = await products().listAndCountProducts({}, { take: 5, withDeleted: true, count: "estimate" })
      near(estimate, BULK + 4, 0.02)
      await invalid(products().listAndCountProducts({}, { take: 5, count: "fast" }), /count.*"fast"/)
    })
  })

  test("settleCount keeps an estimate consistent with the page it came with", async () => {
    const estimate = (value: number) => async () => value
    const exact = async () => assert.fail("an estimate was available: no count")
    const settle = (rows: number, skip: number, take: number | undefined, value: number) =>
      settleCount({ rows, skip, take }, estimate(value), exact)
    assert.deepEqual(await settle(7, 0, 20, 999), { count: 7, estimate: false })
    assert.deepEqual(await settle(7, 40, undefined, 999), { count: 47, estimate: false })
    assert.deepEqual(await settle(20, 40, 20, 999), { count: 999, estimate: true })
    // A full page proves skip + rows exist; an empty page past the end proves at most skip do.
    assert.deepEqual(await settle(20, 40, 20, 10), { count: 60, estimate: true })
    assert.deepEqual(await settle(0, 50, 10, 5000), { count: 50, estimate: true })
    // take 0 asks for the count alone: the empty page proves nothing.
    assert.deepEqual(await settle(0, 50, 0, 5000), { count: 5000, estimate: true })
  })

  test("a table never analyzed has no estimate: its count is exact (estimate: false)", async () => {
    // autovacuum off: nothing analyzes the table behind the test's back.
    await app.manager.query(
      "create table estimate_probe (id int primary key, deleted_at timestamptz) with (autovacuum_enabled = false)",
    )
    await app.manager.query("insert into estimate_probe select g, null from generate_series(1, 5000) g")
    const target = { table: "estimate_probe", alias: "t0", where: 't0."deleted_at" IS NULL', params: [] }
    // Without statistics the planner would say 0.5% of the rows are live (25 of 5,000): no estimate.
    assert.equal(await estimateRows(app.manager.runner, target), undefined)
    const settled = await settleCount(
      { rows: 10, skip: 0, take: 10 },
      () => estimateRows(app.manager.runner, target),
      async () => 5000,
    )
    assert.deepEqual(settled, { count: 5000, estimate: false })
    await app.manager.query("analyze estimate_probe")
    near((await estimateRows(app.manager.runner, target))!, 5000, 0.02)
  })
})
