import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { call, rawRequest, startFixture, type Fixture } from "./http-fixture.js"

describe("file routes", () => {
  let f: Fixture
  before(async () => {
    f = await startFixture()
  })
  after(() => f?.close())

  test("a [param] folder becomes a path parameter", async () => {
    const { status, body } = await call(`${f.url}/store/items/it_42`)
    assert.equal(status, 200)
    assert.equal(body.item.id, "it_42")
  })

  test("a static segment wins over a parameter at the same depth", async () => {
    const { body } = await call(`${f.url}/store/items/featured`)
    assert.deepEqual(body, { featured: true })
  })

  test("a value returned by the handler is sent as JSON", async () => {
    const response = await call(`${f.url}/store/items/abc`, { method: "DELETE" })
    assert.equal(response.status, 200)
    assert.match(response.headers.get("content-type") ?? "", /application\/json/)
    assert.deepEqual(response.body, { id: "abc", object: "item", deleted: true })
  })

  test("a handler that sends its own response keeps its status", async () => {
    const response = await call(`${f.url}/store/items`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "Mug", price: 1200 }),
    })
    assert.equal(response.status, 201)
    assert.deepEqual(response.body, { item: { id: "item_1", title: "Mug", price: 1200 } })
  })

  test("a handler that returns nothing and sends nothing answers 204", async () => {
    const response = await call(`${f.url}/store/nothing`, { method: "POST" })
    assert.equal(response.status, 204)
    assert.equal(response.text, "")
  })

  test("folders starting with _ are not served", async () => {
    const response = await call(`${f.url}/store/_hidden`)
    assert.equal(response.status, 404)
    assert.equal(response.body.type, "not_found")
  })

  test("middlewares from middlewares.ts run before the handler", async () => {
    const response = await call(`${f.url}/store/items/featured`)
    assert.equal(response.headers.get("x-store-middleware"), "ran")
    const outside = await call(`${f.url}/admin/database`)
    assert.equal(outside.headers.get("x-store-middleware"), null)
  })

  test("req.scope is a fresh scope per request", async () => {
    const [a, b] = await Promise.all([
      call(`${f.url}/store/scope`, { headers: { "x-tag": "first" } }),
      call(`${f.url}/store/scope`, { headers: { "x-tag": "second" } }),
    ])
    assert.deepEqual(a.body, { tag: "first", hasManager: true })
    assert.deepEqual(b.body, { tag: "second", hasManager: true })
    assert.equal(f.app.container.hasRegistration("requestTag"), false)
  })

  test("path parameters that could traverse paths are refused", async () => {
    for (const name of ["..", "%2e%2e", "a%2Fb", "a%5Cb", "a%00b"]) {
      const response = await rawRequest(f.http.port, `/store/files/${name}`)
      assert.equal(response.status, 400, name)
      assert.match(response.body.message, /path parameter 'name'/)
    }
    const ok = await call(`${f.url}/store/files/report.pdf`)
    assert.deepEqual(ok.body, { name: "report.pdf" })
  })
})
