// query.graph plans and compiles each request shape once: later calls of the shape must still bind
// their own values, and nothing a caller does to its objects afterwards may reach a kept plan.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { BoundedCache } from "../../src/query/bounded-cache.js"
import type { ComputedFieldDefinition } from "../../src/query/computed-field.js"
import { dataKey } from "../../src/query/data-key.js"
import type { TestApp } from "../../src/testing/create-test-app.js"
import { QueryContext, queryFor, recording, seed, startGraphApp, type Seeded, type UntypedQuery } from "./support.js"

type AnyRow = Record<string, unknown>

/** Binds its context's `tags` array and returns it joined: shows which values a statement was sent with. */
const taggedSku: ComputedFieldDefinition = {
  entity: "ProductVariant",
  name: "tagged_sku",
  compile: ({ alias, context, params }) =>
    `${alias}."sku" || ':' || array_to_string($${params.push(context?.["tags"] ?? [])}::text[], ',')`,
}

const skus = (rows: AnyRow[]) =>
  rows.flatMap((row) => (row["variants"] as AnyRow[]).map((variant) => variant["tagged_sku"] ?? variant["sku"]))

describe("query.graph keeps plans and statements per request shape", () => {
  let app: TestApp
  let query: UntypedQuery
  let inMemory: UntypedQuery
  let ids: Seeded
  before(async () => {
    app = await startGraphApp()
    query = queryFor(app, "compiled", undefined, [taggedSku])
    inMemory = queryFor(app, "in-memory")
    ids = await seed(app)
  })
  after(() => app?.close())

  test("a repeated shape sends the same text with each call's own filter values and context", async () => {
    const request = (id: string, taxRate: number) => ({
      entity: "product",
      fields: ["title", "variants.sku", "variants.price_with_tax"],
      filters: { id },
      context: { variants: { price_with_tax: QueryContext({ tax_rate: taxRate }) } },
    })
    const calls = [
      [ids.shirt, 0.2, [1200, 2400]],
      [ids.pants, 0.2, [3600]],
      [ids.shirt, 0.5, [1500, 3000]],
      [ids.shirt, 0.2, [1200, 2400]],
    ] as const
    const texts = new Set<string>()
    for (const [id, rate, prices] of calls) {
      const [{ data }, statements] = await recording(app, () => query.graph(request(id, rate)))
      assert.deepEqual(
        (data[0]?.["variants"] as AnyRow[]).map((variant) => variant["price_with_tax"]),
        prices,
        `${id} at ${rate}`,
      )
      assert.deepEqual(data, (await inMemory.graph(request(id, rate))).data)
      texts.add(statements[0]?.sql as string)
    }
    assert.equal(texts.size, 1)
  })

  test("pages of one shape follow skip and take, and a new filter shape gets its own statement", async () => {
    const page = (skip: number, take: number, filters: AnyRow = {}) =>
      query.graph({
        entity: "product",
        fields: ["title"],
        filters,
        pagination: { skip, take, order: { title: "ASC" } },
      })
    const titles = async (skip: number, take: number, filters?: AnyRow) =>
      (await page(skip, take, filters)).data.map((row) => row["title"])
    assert.deepEqual(await titles(0, 1), ["Hat"])
    assert.deepEqual(await titles(1, 1), ["Pants"])
    assert.deepEqual(await titles(2, 1), ["Shirt"])
    assert.deepEqual(await titles(0, 1), ["Hat"])
    assert.deepEqual(await titles(1, 2), ["Pants", "Shirt"])
    assert.deepEqual(await titles(0, 5, { id: [ids.shirt, ids.pants] }), ["Pants", "Shirt"])
    assert.deepEqual(await titles(0, 5, { id: ids.hat }), ["Hat"])
    assert.deepEqual(await titles(1, 5, { id: [ids.shirt, ids.pants] }), ["Shirt"])
    assert.deepEqual((await page(3, 1)).metadata, { count: 3, skip: 3, take: 1 })
  })

  test("a context the caller changes after a call does not change what later calls bind", async () => {
    const request = (context: AnyRow) => ({
      entity: "product",
      fields: ["variants.tagged_sku"],
      filters: { id: ids.pants },
      context: { variants: { tagged_sku: QueryContext(context) } },
    })
    const first = { tags: ["red"] }
    assert.deepEqual(skus((await query.graph(request(first))).data), ["P-1:red"])
    first.tags[0] = "blue"
    assert.deepEqual(skus((await query.graph(request({ tags: ["red"] }))).data), ["P-1:red"])
    assert.deepEqual(skus((await query.graph(request(first))).data), ["P-1:blue"])
  })

  test("a context that is not plain data is planned on every call and still answers", async () => {
    for (const tags of [["a"], ["b", "c"]]) {
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.tagged_sku"],
        filters: { id: ids.pants },
        context: { variants: { tagged_sku: QueryContext({ tags, at: new Date() }) } },
      })
      assert.deepEqual(skus(data), [`P-1:${tags.join(",")}`])
    }
  })

  test("dataKey tells plain data apart and refuses what it cannot key", () => {
    const distinct = [1, "1", true, "t", null, "n", undefined, [1], [[1]], { a: 1 }, { a: "1" }, { b: 1 }]
    const keys = distinct.map((value) => dataKey(value))
    assert.equal(new Set(keys).size, distinct.length)
    assert.equal(dataKey({ a: [1, { b: "x" }] }), dataKey({ a: [1, { b: "x" }] }))
    assert.notEqual(dataKey({ a: 1, b: 2 }), undefined)
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 2]
    for (const value of [new Date(0), Number.NaN, -0, Infinity, () => 1, new Map(), sparse, { a: 10n }]) {
      assert.equal(dataKey(value), undefined, String(value))
    }
  })

  test("BoundedCache keeps at most its limit, forgetting the oldest", () => {
    const cache = new BoundedCache<string, number>(2)
    cache.set("a", 1)
    cache.set("b", 2)
    cache.set("a", 3)
    cache.set("c", 4)
    assert.equal(cache.size, 2)
    assert.equal(cache.get("a"), undefined)
    assert.deepEqual([cache.get("b"), cache.get("c")], [2, 4])
  })
})
