import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { call, startFixture, type Fixture } from "./http-fixture.js"

describe("health endpoints", () => {
  let f: Fixture
  before(async () => {
    f = await startFixture({
      projectConfig: { databaseExtra: { pool: { min: 0, max: 2, acquireTimeoutMillis: 20_000 } } },
    })
  })
  after(() => f?.close())

  test("GET /health answers 200 { status: ok }", async () => {
    const response = await call(`${f.url}/health`)
    assert.equal(response.status, 200)
    assert.deepEqual(response.body, { status: "ok" })
  })

  test("GET /health/ready is 200 with the report while the database answers", async () => {
    const response = await call(`${f.url}/health/ready`)
    assert.equal(response.status, 200)
    assert.equal(response.body.status, "healthy")
    assert.equal(response.body.details.connection, "active")
    assert.equal(response.body.details.pool.max, 2)
  })

  test("GET /health/ready is 503 with the details when the pool is exhausted", async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const holders = [1, 2].map(() =>
      f.app.manager.transaction(async (tm) => {
        await tm.query("select 1")
        await gate
      }),
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    const waiter = f.app.manager.query("select 1")
    await new Promise((resolve) => setTimeout(resolve, 50))
    try {
      const response = await call(`${f.url}/health/ready`)
      assert.equal(response.status, 503)
      assert.equal(response.body.status, "unhealthy")
      assert.match(response.body.details.error, /exhausted/)
      const live = await call(`${f.url}/health`)
      assert.equal(live.status, 200)
    } finally {
      release()
      await Promise.all([...holders, waiter])
    }
    assert.equal((await call(`${f.url}/health/ready`)).status, 200)
  })
})
