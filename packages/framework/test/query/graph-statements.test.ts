// What the graph sends: one prepared statement per request in one database, a bounded number of
// batched statements across databases.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { countStatements } from "../../src/context/execution-scope.js"
import type { TestApp } from "../../src/testing/create-test-app.js"
import { QueryContext, queryFor, type UntypedQuery, recording, seed, startGraphApp, type Seeded } from "./support.js"

type AnyRow = Record<string, unknown>

describe("query.graph statements", () => {
  let app: TestApp
  let compiled: UntypedQuery
  let inMemory: UntypedQuery
  let ids: Seeded
  before(async () => {
    app = await startGraphApp()
    compiled = queryFor(app, "compiled")
    inMemory = queryFor(app, "in-memory")
    ids = await seed(app)
  })
  after(() => app?.close())

  const pageRequest = (taxRate: number, brand: string) => ({
    entity: "product",
    fields: ["*", "variants.*", "variants.price_with_tax.*", "brand.name", "categories.name", "notes.*"],
    filters: { brand: { name: { $ne: brand } }, variants: { price: { $gt: 0 } } },
    pagination: { take: 20, skip: 0, order: { brand: { name: "ASC" }, title: "ASC" } },
    context: { variants: { price_with_tax: QueryContext({ tax_rate: taxRate }) } },
  })

  test("a page with relations, links, a computed field, link filters and a link order is ONE statement", async () => {
    const [result, statements] = await recording(app, () => compiled.graph(pageRequest(0.2, "Nobody")))
    assert.equal(statements.length, 1, statements.map((s) => s.sql).join("\n"))
    assert.deepEqual(
      result.data.map((row: AnyRow) => row["title"]),
      ["Shirt", "Pants"],
    )
    assert.deepEqual(result.metadata, { count: 2, skip: 0, take: 20 })
    const shirt = result.data[0] as AnyRow
    assert.deepEqual(
      (shirt["variants"] as AnyRow[]).map((variant) => variant["price_with_tax"]),
      [1200, 2400],
    )
    assert.deepEqual(shirt["brand"], { id: ids.acme, name: "Acme" })
    const [, counter] = await countStatements(() => compiled.graph(pageRequest(0.1, "Acme")))
    assert.equal(counter.statements, 1)
  })

  test("the statement text depends on the request's shape only, and is prepared once per connection", async () => {
    const [, first] = await recording(app, () => compiled.graph(pageRequest(0.2, "Nobody")))
    const [, second] = await recording(app, () => compiled.graph(pageRequest(0.5, "Acme")))
    assert.equal(first[0]?.sql, second[0]?.sql)
    assert.notDeepEqual(first[0]?.params, second[0]?.params)
    assert.match(app.database.pool.preparedName(first[0]?.sql as string) ?? "", /^stratum_\d+$/)
    const prepared = await app.manager.transaction(async (tm) => {
      await compiled.graph(pageRequest(0.3, "Zenith"))
      await compiled.graph(pageRequest(0.4, "Acme"))
      return tm.query<{ n: number }>("select count(*)::int as n from pg_prepared_statements where statement = $1", [
        first[0]?.sql,
      ])
    })
    assert.equal(prepared[0]?.n, 1)
  })

  test("the count rides in the page statement; a page past the end costs one count statement more", async () => {
    const [, paged] = await recording(app, () =>
      compiled.graph({ entity: "product", fields: ["title"], pagination: { take: 1, skip: 1 } }),
    )
    assert.equal(paged.length, 1)
    assert.match(paged[0]?.sql ?? "", /\(SELECT count\(\*\) FROM "product" AS r WHERE .*\) AS "__count"/)
    const [, takeOnly] = await recording(app, () =>
      compiled.graph({ entity: "product", fields: ["title"], pagination: { take: 1 } }),
    )
    assert.doesNotMatch(takeOnly[0]?.sql ?? "", /count\(\*\)/)
    const [result, past] = await recording(app, () =>
      compiled.graph({ entity: "product", fields: ["title"], pagination: { take: 5, skip: 50 } }),
    )
    assert.equal(past.length, 2)
    assert.equal(result.metadata?.count, 3)
  })

  test("pagination happens in SQL with filters on linked fields (LIMIT inside, JSON built for the page only)", async () => {
    const [, statements] = await recording(app, () =>
      compiled.graph({
        entity: "product",
        fields: ["title", "variants.sku"],
        filters: { brand: { name: "Acme" } },
        pagination: { take: 1 },
      }),
    )
    const sql = statements[0]?.sql ?? ""
    assert.match(sql, /FROM \(SELECT r\.\*.* WHERE .*EXISTS \(SELECT 1 FROM "brand".* LIMIT \d+\) AS t0/)
  })

  test("ordering roots by a linked field (to-one), both directions, ties broken by id", async () => {
    const titles = async (direction: string) =>
      (
        await compiled.graph({
          entity: "product",
          fields: ["title"],
          pagination: { order: { brand: { name: direction }, title: "ASC" } },
        })
      ).data.map((row: AnyRow) => row["title"])
    assert.deepEqual(await titles("ASC"), ["Shirt", "Pants", "Hat"])
    assert.deepEqual(await titles("DESC NULLS LAST"), ["Pants", "Shirt", "Hat"])
  })

  test("across databases: one batched fetch per link level (= ANY), never per row", async () => {
    const [result, statements] = await recording(app, () =>
      inMemory.graph({
        entity: "product",
        fields: ["title", "variants.sku", "brand.name", "notes.text"],
        pagination: { take: 20, order: { title: "ASC" } },
      }),
    )
    // page (+count inside), brand link rows, brands, note link rows, notes
    assert.equal(statements.length, 5, statements.map((s) => s.sql).join("\n"))
    assert.ok(statements.slice(1).every((s) => /= ANY\(\$1\)/.test(s.sql)))
    assert.deepEqual(
      result.data.map((row: AnyRow) => (row["brand"] as AnyRow | null)?.["name"] ?? null),
      [null, "Zenith", "Acme"],
    )
  })

  test("across databases, ordering by another database's field is invalid_data", async () => {
    const error = await inMemory
      .graph({ entity: "product", fields: ["title"], pagination: { order: { brand: { name: "ASC" } } } })
      .catch((e: unknown) => e)
    assert.match(String((error as Error).message), /Cannot order Product by "brand": it lives in another database/)
  })

  test("the guide's pricing-context request shape runs as written", async () => {
    const categoryId: string | undefined = undefined
    const result = await compiled.graph({
      entity: "product",
      fields: ["*", "variants.*", "variants.price_with_tax.*"],
      filters: { categories: { id: categoryId } },
      context: { variants: { price_with_tax: QueryContext({ tax_rate: 0 }) } },
    })
    assert.equal(result.data.length, 3)
    const withCategory = await compiled.graph({
      entity: "product",
      fields: ["*", "variants.*"],
      filters: { categories: { id: ids.sale } },
    })
    assert.deepEqual(
      withCategory.data.map((row: AnyRow) => row["title"]),
      ["Pants"],
    )
  })
})
