import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { call, rawRequest, startFixture, type Fixture } from "./http-fixture.js"

describe("request ids and request logs", () => {
  let f: Fixture
  before(async () => {
    f = await startFixture()
  })
  after(() => f?.close())

  test("x-request-id is echoed when the client sends one, generated otherwise", async () => {
    const echoed = await call(`${f.url}/store/items/featured`, { headers: { "x-request-id": "client-id-123" } })
    assert.equal(echoed.headers.get("x-request-id"), "client-id-123")
    const generated = await call(`${f.url}/store/items/featured`)
    assert.match(generated.headers.get("x-request-id") ?? "", /^[0-9a-f-]{36}$/)
    const unsafe = await call(`${f.url}/store/items/featured`, { headers: { "x-request-id": "a b\tc<script>" } })
    assert.notEqual(unsafe.headers.get("x-request-id"), "a b\tc<script>")
  })

  test("each request is logged with method, path, status, duration and its SQL statement count", async () => {
    await call(`${f.url}/store/sql?n=4`, { headers: { "x-request-id": "sql-four" } })
    await call(`${f.url}/store/sql`, {
      method: "POST",
      headers: { "x-request-id": "sql-post", "content-type": "application/json" },
      body: "{}",
    })
    const padding = JSON.stringify({ padding: "x".repeat(600_000) })
    await call(`${f.url}/store/sql`, {
      method: "POST",
      headers: { "x-request-id": "sql-big", "content-type": "application/json" },
      body: padding,
    })
    await call(`${f.url}/store/sql`, {
      method: "POST",
      headers: { "x-request-id": "sql-detached", "x-resume-detached": "1", "content-type": "application/json" },
      body: "{}",
    })
    await call(`${f.url}/store/errors/not_found`, { headers: { "x-request-id": "log-404" } })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const line = (id: string) => f.lines.find((entry) => entry.requestId === id && entry.status !== undefined)
    const four = line("sql-four")
    assert.ok(four)
    assert.equal(four.method, "GET")
    assert.equal(four.path, "/store/sql")
    assert.equal(four.status, 200)
    assert.equal(four.sqlStatements, 4)
    assert.equal(typeof four.durationMs, "number")
    assert.equal(line("sql-post")?.sqlStatements, 2, "counted after the JSON body was parsed")
    assert.equal(line("sql-big")?.sqlStatements, 2, "counted after a body that arrived in many chunks")
    assert.equal(
      line("sql-detached")?.sqlStatements,
      2,
      "counted after a middleware resumed from a callback outside the request's async flow",
    )
    assert.equal(line("log-404")?.status, 404)
    assert.equal(line("log-404")?.sqlStatements, 0)
  })

  test("concurrent requests count only their own statements", async () => {
    await Promise.all(
      [1, 2, 3, 5].map((n) => call(`${f.url}/store/sql?n=${n}`, { headers: { "x-request-id": `par-${n}` } })),
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    for (const n of [1, 2, 3, 5]) {
      assert.equal(
        f.lines.find((entry) => entry.requestId === `par-${n}` && entry.status !== undefined)?.sqlStatements,
        n,
      )
    }
  })
})

describe("graceful close", () => {
  test("in-flight requests finish, then close resolves and new connections are refused", async () => {
    const f = await startFixture()
    try {
      const slow = call(`${f.url}/store/slow?ms=400`)
      await new Promise((resolve) => setTimeout(resolve, 100))
      const started = Date.now()
      const closing = f.http.close()
      const response = await slow
      assert.equal(response.status, 200)
      assert.deepEqual(response.body, { waited: 400 })
      await closing
      assert.ok(Date.now() - started >= 250, "close waited for the request")
      await assert.rejects(fetch(`${f.url}/health`))
    } finally {
      await f.close()
    }
  })

  test("every response still in flight when close starts says Connection: close", async () => {
    const f = await startFixture()
    try {
      // Earlier requests leave freed places behind, which later ones take over.
      const port = Number(new URL(f.url).port)
      for (let i = 0; i < 3; i++) {
        assert.equal((await rawRequest(port, "/health", { headers: { connection: "close" } })).status, 200)
      }
      const slow = [300, 400, 500].map((ms) => rawRequest(port, `/store/slow?ms=${ms}`))
      await new Promise((resolve) => setTimeout(resolve, 100))
      const closing = f.http.close()
      for (const response of await Promise.all(slow)) {
        assert.equal(response.status, 200)
        assert.equal(response.headers["connection"], "close")
      }
      await closing
    } finally {
      await f.close()
    }
  })

  test("close is bounded: a request running past the timeout is cut", async () => {
    const f = await startFixture({}, { shutdownTimeoutMs: 300 })
    try {
      // Two finished requests leave two freed places; the count must not include them.
      await Promise.all([fetch(`${f.url}/store/slow?ms=50`), fetch(`${f.url}/store/slow?ms=50`)])
      const slow = fetch(`${f.url}/store/slow?ms=5000`).then(
        () => "answered",
        () => "cut",
      )
      await new Promise((resolve) => setTimeout(resolve, 100))
      const started = Date.now()
      await f.http.close()
      assert.ok(Date.now() - started < 2_000, "close did not wait for the 5 s request")
      assert.equal(await slow, "cut")
      assert.ok(
        f.lines.some((line) => line.msg === "1 request(s) still running after 300 ms; closing their connections"),
        "the warning counts the requests it cuts",
      )
    } finally {
      await f.close()
    }
  })
})
