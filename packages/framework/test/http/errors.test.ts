import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { call, rawRequest, startFixture, type Fixture } from "./http-fixture.js"

describe("error handling", () => {
  let f: Fixture
  before(async () => {
    f = await startFixture({ projectConfig: { http: { bodyLimit: "1kb" } } })
  })
  after(() => f?.close())

  const statuses: [string, number][] = [
    ["not_found", 404],
    ["invalid_data", 400],
    ["not_allowed", 400],
    ["invalid_argument", 400],
    ["unauthorized", 401],
    ["forbidden", 403],
    ["conflict", 409],
    ["duplicate_error", 422],
    ["unexpected_state", 500],
  ]
  for (const [type, status] of statuses) {
    test(`MedusaError ${type} -> ${status} with { type, message }`, async () => {
      const response = await call(`${f.url}/store/errors/${type}`)
      assert.equal(response.status, status)
      assert.deepEqual(response.body, { type, message: `raised ${type}` })
    })
  }

  test("the error code is passed on", async () => {
    const response = await call(`${f.url}/store/errors/coded`)
    assert.deepEqual(response.body, {
      type: "not_allowed",
      message: "cart is completed",
      code: "cart_incompatible_state",
    })
  })

  test("database_error -> 500 without the internal message", async () => {
    const response = await call(`${f.url}/store/errors/database_error`)
    assert.equal(response.status, 500)
    assert.equal(response.body.type, "database_error")
    assert.doesNotMatch(response.text, /raised database_error/)
  })

  test("an unknown error is a generic 500, logged with the request id, never a stack trace", async () => {
    for (const kind of ["crash", "reject"]) {
      const response = await call(`${f.url}/store/errors/${kind}`, { headers: { "x-request-id": `req-${kind}` } })
      assert.equal(response.status, 500)
      assert.deepEqual(response.body, { type: "unknown_error", message: "An unknown error occurred." })
      assert.doesNotMatch(response.text, /hunter2|secret|at \/|\.ts:/)
      const logged = f.lines.find((line) => line.requestId === `req-${kind}` && line.msg === "unhandled error")
      assert.ok(logged, "the error is logged with the request id")
      assert.match(logged.err?.stack ?? "", /route\.ts/)
    }
  })

  test("malformed JSON -> 400", async () => {
    const response = await call(`${f.url}/store/items`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"title": "Mug",',
    })
    assert.equal(response.status, 400)
    assert.deepEqual(response.body, { type: "invalid_data", message: "Malformed JSON in request body" })
  })

  test("a body over projectConfig.http.bodyLimit -> 413", async () => {
    const response = await call(`${f.url}/store/items`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "x".repeat(2048), price: 1 }),
    })
    assert.equal(response.status, 413)
    assert.match(response.body.message, /larger than 1kb/)
  })

  test("an unsupported method on an existing path -> 405 with Allow", async () => {
    const response = await call(`${f.url}/store/items/abc`, { method: "PUT" })
    assert.equal(response.status, 405)
    assert.equal(response.headers.get("allow"), "DELETE, GET, HEAD, OPTIONS")
    assert.equal(response.body.type, "not_allowed")
  })

  test("a wrong verb is 405 even with a malformed body, and OPTIONS lists the verbs", async () => {
    const response = await call(`${f.url}/store/slow`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{oops",
    })
    assert.equal(response.status, 405)
    assert.equal(response.headers.get("allow"), "GET, HEAD, OPTIONS")
    const options = await call(`${f.url}/store/items`, { method: "OPTIONS" })
    assert.equal(options.status, 204)
    assert.equal(options.headers.get("allow"), "GET, HEAD, OPTIONS, POST")
  })

  test("an unknown path -> 404 JSON", async () => {
    const response = await call(`${f.url}/store/nope/nothing`)
    assert.equal(response.status, 404)
    assert.equal(response.body.type, "not_found")
    assert.match(response.headers.get("content-type") ?? "", /json/)
  })

  test("no request makes the server print a stack trace", async () => {
    const probes = [
      rawRequest(f.http.port, "/store/items?%E0%A4%A=1"),
      rawRequest(f.http.port, "/store/items/%E0%A4%A"),
      rawRequest(f.http.port, "/store/items", {
        method: "POST",
        headers: { "content-type": "application/json; charset=klingon" },
        body: "{}",
      }),
      rawRequest(f.http.port, "/store/items", {
        method: "POST",
        headers: { "content-type": "application/json", "content-encoding": "br-x" },
        body: "{}",
      }),
      rawRequest(f.http.port, "/store/items", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "[1,2",
      }),
    ]
    for (const response of await Promise.all(probes)) {
      assert.ok(response.status >= 400 && response.status < 500, `${response.status} ${response.text}`)
      assert.doesNotMatch(response.text, /\n\s+at |node_modules|\.js:\d+/)
      assert.equal(typeof response.body.message, "string")
    }
  })
})
