import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { ADMIN_TOKEN, call, startFixture, type Fixture } from "./http-fixture.js"

describe("admin auth", () => {
  let f: Fixture
  before(async () => {
    f = await startFixture({ projectConfig: { http: { adminTokens: [ADMIN_TOKEN, "second-admin-token-abcdef"] } } })
  })
  after(() => f?.close())

  test("no Authorization header -> 401 with a clear message", async () => {
    const response = await call(`${f.url}/admin/database`)
    assert.equal(response.status, 401)
    assert.equal(response.body.type, "unauthorized")
    assert.match(response.body.message, /Missing Authorization header/)
    assert.match(response.headers.get("www-authenticate") ?? "", /^Bearer/)
  })

  test("a wrong or malformed token -> 401", async () => {
    for (const header of [`Bearer ${ADMIN_TOKEN}x`, `Basic ${ADMIN_TOKEN}`, `Bearer`, ADMIN_TOKEN]) {
      const response = await call(`${f.url}/admin/database`, { headers: { authorization: header } })
      assert.equal(response.status, 401, header)
    }
  })

  test("a configured token -> 200 (any of them)", async () => {
    for (const token of [ADMIN_TOKEN, "second-admin-token-abcdef"]) {
      const response = await call(`${f.url}/admin/database`, { headers: { authorization: `Bearer ${token}` } })
      assert.equal(response.status, 200)
      assert.equal(response.body.status, "healthy")
    }
  })

  test("unknown admin paths are 401 before 404, so they reveal nothing", async () => {
    assert.equal((await call(`${f.url}/admin/secret-thing`)).status, 401)
    const authed = await call(`${f.url}/admin/secret-thing`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    assert.equal(authed.status, 404)
  })

  test("/store stays public", async () => {
    assert.equal((await call(`${f.url}/store/items/featured`)).status, 200)
  })
})

describe("admin auth without a configured token", () => {
  let f: Fixture
  before(async () => {
    f = await startFixture({}, { env: {} })
  })
  after(() => f?.close())

  test("/admin is refused and the message says how to configure a token", async () => {
    const response = await call(`${f.url}/admin/database`, {
      headers: { authorization: "Bearer anything-at-all-here" },
    })
    assert.equal(response.status, 401)
    assert.match(response.body.message, /STRATUM_ADMIN_TOKEN/)
  })
})

describe("admin auth from STRATUM_ADMIN_TOKEN", () => {
  let f: Fixture
  before(async () => {
    f = await startFixture({}, { env: { STRATUM_ADMIN_TOKEN: "env-token-one, env-token-two" } })
  })
  after(() => f?.close())

  test("each comma-separated token works", async () => {
    for (const token of ["env-token-one", "env-token-two"]) {
      const response = await call(`${f.url}/admin/database`, { headers: { authorization: `Bearer ${token}` } })
      assert.equal(response.status, 200, token)
    }
    assert.equal(
      (await call(`${f.url}/admin/database`, { headers: { authorization: "Bearer env-token" } })).status,
      401,
    )
  })
})

describe("CORS per namespace", () => {
  let f: Fixture
  before(async () => {
    f = await startFixture({
      projectConfig: {
        http: {
          storeCors: "https://shop.example, http://localhost:3000",
          adminCors: "https://admin.example",
          adminTokens: [ADMIN_TOKEN],
        },
      },
    })
  })
  after(() => f?.close())

  test("an allowed store origin is echoed with credentials", async () => {
    const response = await call(`${f.url}/store/items/featured`, { headers: { origin: "http://localhost:3000" } })
    assert.equal(response.headers.get("access-control-allow-origin"), "http://localhost:3000")
    assert.equal(response.headers.get("access-control-allow-credentials"), "true")
    assert.match(response.headers.get("vary") ?? "", /Origin/)
  })

  test("another origin gets no CORS header; admin origins do not leak into store", async () => {
    for (const origin of ["https://evil.example", "https://admin.example"]) {
      const response = await call(`${f.url}/store/items/featured`, { headers: { origin } })
      assert.equal(response.headers.get("access-control-allow-origin"), null, origin)
    }
  })

  test("an admin preflight is answered before auth, with the allowed methods and headers", async () => {
    const response = await call(`${f.url}/admin/database`, {
      method: "OPTIONS",
      headers: {
        origin: "https://admin.example",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    })
    assert.equal(response.status, 204)
    assert.equal(response.headers.get("access-control-allow-origin"), "https://admin.example")
    assert.match(response.headers.get("access-control-allow-methods") ?? "", /GET/)
    assert.equal(response.headers.get("access-control-allow-headers"), "authorization")
  })

  test("a store origin is not allowed on admin", async () => {
    const response = await call(`${f.url}/admin/database`, {
      method: "OPTIONS",
      headers: { origin: "https://shop.example", "access-control-request-method": "GET" },
    })
    assert.equal(response.headers.get("access-control-allow-origin"), null)
  })
})

describe("CORS wildcard", () => {
  let f: Fixture
  before(async () => {
    f = await startFixture({ projectConfig: { http: { storeCors: "*" } } })
  })
  after(() => f?.close())

  test("* allows any origin without credentials", async () => {
    const response = await call(`${f.url}/store/items/featured`, { headers: { origin: "https://anything.example" } })
    assert.equal(response.headers.get("access-control-allow-origin"), "*")
    assert.equal(response.headers.get("access-control-allow-credentials"), null)
  })
})
