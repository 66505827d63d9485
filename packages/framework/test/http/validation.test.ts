import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { call, startFixture, type Fixture } from "./http-fixture.js"

describe("query and body validation", () => {
  let f: Fixture
  before(async () => {
    f = await startFixture()
  })
  after(() => f?.close())

  const list = (query: string) => call(`${f.url}/store/items?${query}`)

  test("defaults: fields, limit and offset fill queryConfig", async () => {
    const { status, body } = await list("")
    assert.equal(status, 200)
    assert.deepEqual(body.queryConfig, { fields: ["id", "title"], pagination: { skip: 0, take: 20 } })
    assert.deepEqual(body.filters, {})
  })

  test("fields: + adds, - removes, bare names replace, rel.* and *rel select a relation", async () => {
    assert.deepEqual((await list("fields=%2Bprice,-title")).body.queryConfig.fields, ["id", "price"])
    assert.deepEqual((await list("fields=price,created_at")).body.queryConfig.fields, ["price", "created_at"])
    assert.deepEqual((await list("fields=%2Bvariants.*")).body.queryConfig.fields, ["id", "title", "variants.*"])
    assert.deepEqual((await list("fields=*variants")).body.queryConfig.fields, ["variants.*"])
  })

  test("order=-created_at sorts descending; limit and offset become take and skip", async () => {
    const { body } = await list("order=-created_at&limit=5&offset=10")
    assert.deepEqual(body.queryConfig.pagination, { skip: 10, take: 5, order: { created_at: "DESC" } })
    assert.equal(body.validatedQuery.limit, 5)
  })

  test("filters and operator maps land in filterableFields", async () => {
    const { status, body } = await list("q=mug&status[$in][]=draft&status[$in][]=published&created_at[$gte]=2024-01-01")
    assert.equal(status, 200)
    assert.deepEqual(body.filters, {
      q: "mug",
      status: { $in: ["draft", "published"] },
      created_at: { $gte: "2024-01-01" },
    })
  })

  const rejects: [string, string, RegExp][] = [
    ["unknown query key", "colour=red", /unknown query parameter 'colour'/],
    ["negative limit", "limit=-1", /query parameter 'limit': must not be negative/],
    ["huge limit", "limit=100000", /query parameter 'limit': must be at most 50/],
    ["non-numeric limit", "limit=ten", /query parameter 'limit': must be an integer/],
    ["fractional offset", "offset=1.5", /query parameter 'offset': must be an integer/],
    ["repeated limit", "limit=1&limit=2", /query parameter 'limit'/],
    ["unknown field", "fields=secret", /query parameter 'fields': 'secret' is not an allowed field/],
    ["unknown added field", "fields=%2Bpassword_hash", /'password_hash' is not an allowed field/],
    ["malformed field", "fields=id;drop table", /query parameter 'fields'/],
    ["unknown order field", "order=-secret", /query parameter 'order': 'secret' is not a sortable field/],
    ["unknown operator", "created_at[$where]=1", /created_at/],
    ["enum value", "status=archived", /query parameter 'status'/],
    ["too deep", "a[b][c][d]=1", /query parameter 'a\[b\]\[c\]\[d\]' is nested deeper/],
    ["prototype key", "__proto__[x]=1", /reserved name/],
    ["bad boolean", "with_deleted=maybe", /query parameter 'with_deleted': must be true or false/],
  ]
  for (const [name, query, message] of rejects) {
    test(`400 naming the parameter: ${name}`, async () => {
      const { status, body, text } = await list(query)
      assert.equal(status, 400, text)
      assert.equal(body.type, "invalid_data")
      assert.match(body.message, message)
    })
  }

  test("a retrieve route validates fields against its own allow-list and has no pagination", async () => {
    const ok = await call(`${f.url}/store/items/it_1?fields=price`)
    assert.deepEqual(ok.body.queryConfig, { fields: ["price"] })
    const bad = await call(`${f.url}/store/items/it_1?limit=5`)
    assert.equal(bad.status, 400)
    assert.match(bad.body.message, /unknown query parameter 'limit'/)
  })

  test("a route without a query validator refuses every query parameter", async () => {
    for (const path of [
      "/store/scope?limit=-1",
      "/store/items/featured?limit=5",
      "/openapi.json?debug=1",
      "/health?x=1",
    ]) {
      const { status, body } = await call(`${f.url}${path}`)
      assert.equal(status, 400, path)
      assert.match(body.message, /unknown query parameter/, path)
    }
    const ok = await call(`${f.url}/store/sql?n=1`)
    assert.deepEqual(ok.body, { ran: 1 })
    const bad = await call(`${f.url}/store/sql?n=999`)
    assert.equal(bad.status, 400)
    assert.match(bad.body.message, /query parameter 'n': must be at most 20/)
  })

  const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
    call(`${f.url}/store/items`, { method: "POST", headers, body })

  test("body: unknown keys fail (strict) with the field named", async () => {
    const { status, body } = await post(JSON.stringify({ title: "Mug", price: 1, is_admin: true }))
    assert.equal(status, 400)
    assert.match(body.message, /unknown field 'is_admin'/)
  })

  test("body: wrong types and missing fields name the field", async () => {
    const wrong = await post(JSON.stringify({ title: "Mug", price: "cheap" }))
    assert.equal(wrong.status, 400)
    assert.match(wrong.body.message, /field 'price'/)
    const missing = await post(JSON.stringify({ price: 1 }))
    assert.equal(missing.status, 400)
    assert.match(missing.body.message, /field 'title'/)
  })

  test("body: a non-JSON content type is 415", async () => {
    const { status, body } = await post("title=Mug", { "content-type": "application/x-www-form-urlencoded" })
    assert.equal(status, 415)
    assert.match(body.message, /application\/json/)
  })
})
