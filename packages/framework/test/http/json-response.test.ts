import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import express from "express"
import { fastJsonResponses, isoDate, jsonText, weakEtag } from "../../src/http/pipeline/json-response.js"
import { DATED } from "./fixtures/api/store/dates/route.js"
import { call, rawRequest, startFixture, withServer, type Fixture } from "./http-fixture.js"

class Money {
  constructor(
    readonly amount: number,
    readonly at: Date,
  ) {}
}

class LocalDate extends Date {
  override toJSON(): string {
    return "local"
  }
}

const shared = new Date(Date.UTC(2020, 0, 1))
const deep: Record<string, unknown> = { at: new Date(Date.UTC(2001, 1, 3)) }
let nested = deep
for (let level = 0; level < 80; level++) nested = { child: nested }
// eslint-disable-next-line no-sparse-arrays
const sparse = [1, , new Date(0)]

/** Values whose JSON must come out exactly as `JSON.stringify` writes it. */
const CASES: Record<string, unknown> = {
  "a date": new Date(Date.UTC(2024, 4, 1, 10, 0, 0, 5)),
  "dates in rows": [{ id: "p_1", created_at: new Date(1_700_000_000_123), deleted_at: null }],
  "an invalid date": { at: new Date(Number.NaN) },
  "years below 1000 and above 9999": [new Date(Date.UTC(5, 0, 1)), new Date(Date.UTC(12_000, 0, 1)), new Date(-1)],
  "a year before 0": new Date(Date.UTC(-50, 6, 1)),
  "the same date twice": { a: shared, b: [shared] },
  "a date subclass with its own toJSON": { at: new LocalDate(0) },
  "an object with toJSON": { money: { toJSON: () => ({ at: new Date(0) }) } },
  "a class instance holding a date": new Money(5, new Date(86_400_000)),
  "a null-prototype object": Object.assign(Object.create(null) as object, { at: new Date(0) }),
  "a sparse array": sparse,
  "undefined and functions": { a: undefined, b: () => 1, c: [undefined, new Date(0)] },
  "nesting deeper than the conversion": nested,
  "no dates at all": { id: "x", n: 1.5, ok: true, list: ["a", null], inner: { s: 'é\u2028"' } },
  "a primitive": "text",
}

describe("JSON responses", () => {
  test("jsonText writes exactly what JSON.stringify writes", () => {
    for (const [name, value] of Object.entries(CASES)) {
      assert.equal(jsonText(value), JSON.stringify(value), name)
    }
    assert.equal(jsonText(undefined), undefined)
  })

  test("jsonText leaves the caller's objects as they were", () => {
    const row = { created_at: new Date(0), tags: [new Date(1)] }
    jsonText(row)
    assert.ok(row.created_at instanceof Date)
    assert.ok(row.tags[0] instanceof Date)
  })

  test("isoDate matches toISOString across the calendar", () => {
    for (let time = Date.UTC(1000, 0, 1); time < Date.UTC(9999, 11, 31); time += 86_400_000 * 97 + 3_723_456) {
      const date = new Date(time)
      assert.equal(isoDate(date), date.toISOString())
    }
    assert.equal(isoDate(new Date(Number.NaN)), null)
  })

  test("a cyclic body still fails as JSON.stringify fails", () => {
    const cyclic: Record<string, unknown> = { at: new Date(0) }
    cyclic["self"] = cyclic
    assert.throws(() => jsonText(cyclic), TypeError)
  })

  describe("through the server", () => {
    let f: Fixture
    before(async () => {
      f = await startFixture()
    })
    after(() => f?.close())

    test("returned values and res.json in a handler send dates as ISO strings", async () => {
      const returned = await call(`${f.url}/store/dates`)
      assert.equal(returned.status, 200)
      assert.match(returned.headers.get("content-type") ?? "", /^application\/json/)
      assert.equal(returned.text, JSON.stringify(DATED))
      const sent = await call(`${f.url}/store/dates`, { method: "POST" })
      assert.equal(sent.status, 201)
      assert.equal(sent.text, '{"created":"2024-02-29T23:59:59.007Z"}')
    })

    test("responses carry Express's weak ETag, answer a matching If-None-Match with 304, and HEAD with headers only", async () => {
      const first = await call(`${f.url}/store/dates`)
      const tag = first.headers.get("etag")
      assert.equal(tag, weakEtag(first.text))
      assert.equal(first.headers.get("content-type"), "application/json; charset=utf-8")
      assert.equal(first.headers.get("content-length"), String(Buffer.byteLength(first.text)))
      // fetch marks conditional requests no-cache (never fresh), so these go out as written
      const again = await rawRequest(f.http.port, "/store/dates", { headers: { "if-none-match": tag ?? "" } })
      assert.equal(again.status, 304)
      assert.equal(again.text, "")
      assert.equal(again.headers["content-type"], undefined)
      const changed = await rawRequest(f.http.port, "/store/dates", { headers: { "if-none-match": 'W/"0-other"' } })
      assert.equal(changed.status, 200)
      assert.equal(changed.text, first.text)
      const head = await call(`${f.url}/store/dates`, { method: "HEAD" })
      assert.equal(head.status, 200)
      assert.equal(head.text, "")
      assert.equal(head.headers.get("etag"), tag)
      assert.equal(head.headers.get("content-length"), first.headers.get("content-length"))
    })
  })

  test("weakEtag writes the tag Express's default etag writes, for strings and buffers", async () => {
    const bodies = ["", "{}", '{"name":"é – ✓"}', "x".repeat(5000)]
    const app = express()
    app.get("/:index/:encoding", (req, res) => {
      const body = bodies[Number(req.params["index"])] as string
      res.type("json").send(req.params["encoding"] === "latin1" ? Buffer.from(body, "latin1") : body)
    })
    await withServer(app, async (base) => {
      for (const [index, body] of bodies.entries()) {
        const utf8 = (await call(`${base}/${index}/utf8`)).headers.get("etag")
        assert.equal(weakEtag(body), utf8, body.slice(0, 20))
        assert.equal(weakEtag(Buffer.from(body)), utf8)
        assert.equal(weakEtag(body, "latin1"), (await call(`${base}/${index}/latin1`)).headers.get("etag"))
      }
    })
  })

  test("a handler's own content type is kept", async () => {
    const app = express()
    fastJsonResponses(app)
    app.get("/", (_req, res) => {
      res
        .type("application/problem+json")
        .status(422)
        .json({ at: new Date(0) })
    })
    const response = await withServer(app, (url) => call(`${url}/`))
    assert.equal(response.status, 422)
    assert.equal(response.headers.get("content-type"), "application/problem+json; charset=utf-8")
    assert.equal(response.text, JSON.stringify({ at: new Date(0) }))
  })

  test("an application's json spaces setting is still honoured", async () => {
    const app = express()
    fastJsonResponses(app)
    app.set("json spaces", 2)
    app.get("/", (_req, res) => {
      res.json({ at: new Date(0) })
    })
    const { text } = await withServer(app, (url) => call(`${url}/`))
    assert.equal(text, JSON.stringify({ at: new Date(0) }, null, 2))
  })
})
