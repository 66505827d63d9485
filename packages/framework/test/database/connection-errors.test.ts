import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { createApp } from "../../src/app/create-app.js"
import { DatabaseConnectionError } from "../../src/database/connection-error.js"
import { parseConnectionUrl, toConnectionUrl } from "../../src/database/connection-target.js"
import type { EmbeddedServer } from "../../src/database/embedded/embedded-server.js"
import { embeddedTestServer, testServerUrl } from "../../src/testing/test-server.js"
import { closedPort } from "../support/tcp-tools.js"

async function startFailure(url: string): Promise<{ error: DatabaseConnectionError; millis: number }> {
  const started = Date.now()
  const error = await createApp({
    projectConfig: { databaseUrl: url, databaseExtra: { pool: { acquireTimeoutMillis: 3000 } } },
  }).then(
    () => assert.fail("start-up should have failed"),
    (e: unknown) => e,
  )
  assert.ok(error instanceof DatabaseConnectionError, String(error))
  return { error, millis: Date.now() - started }
}

describe("connection errors name the real cause", () => {
  let embedded: EmbeddedServer
  before(async () => {
    embedded = await embeddedTestServer()
  })
  after(() => embedded?.stop())

  test("wrong password: fails at once, names host, port, database and user, never the password", async () => {
    const target = { ...parseConnectionUrl(embedded.url), password: "wrong-Secret-42" }
    const { error, millis } = await startFailure(toConnectionUrl(target))
    assert.equal(error.reason, "authentication")
    assert.equal(
      error.message,
      `Cannot connect to PostgreSQL at postgres@127.0.0.1:${target.port}/postgres: password authentication failed for user "postgres"`,
    )
    assert.doesNotMatch(error.message, /wrong-Secret-42/)
    assert.ok(millis < 2000, `took ${millis} ms`)
  })

  test("unknown database: fails at once with its name", async () => {
    const target = { ...parseConnectionUrl(await testServerUrl()), database: "no_such_db_here" }
    const { error, millis } = await startFailure(toConnectionUrl(target))
    assert.equal(error.reason, "unknown_database")
    assert.equal(
      error.message,
      `Cannot connect to PostgreSQL at ${target.user}@${target.host}:${target.port}/no_such_db_here: database "no_such_db_here" does not exist`,
    )
    assert.ok(millis < 2000)
  })

  test("refused port: retried until the deadline, then reported as refused", async () => {
    const port = await closedPort()
    const { error } = await startFailure(`postgres://shop:pw@127.0.0.1:${port}/shop`)
    assert.equal(error.reason, "refused")
    assert.match(
      error.message,
      new RegExp(
        `^Cannot connect to PostgreSQL at shop@127\\.0\\.0\\.1:${port}/shop: connection refused .*gave up after \\d+ attempts in 3000 ms`,
      ),
    )
  })

  test("unknown host: fails at once", async () => {
    const { error, millis } = await startFailure("postgres://shop@no-such-host.invalid:5432/shop")
    assert.equal(error.reason, "host_not_found")
    assert.match(error.message, /host "no-such-host\.invalid" could not be resolved/)
    assert.ok(millis < 2500)
  })

  test("each cause has a distinct message", async () => {
    const port = await closedPort()
    const messages = await Promise.all([
      startFailure(toConnectionUrl({ ...parseConnectionUrl(embedded.url), password: "nope" })),
      startFailure(toConnectionUrl({ ...parseConnectionUrl(embedded.url), database: "missing_db" })),
      startFailure(`postgres://postgres@127.0.0.1:${port}/x`),
    ])
    const reasons = messages.map(
      ({ error }) => error.message.replace(/^Cannot connect to PostgreSQL at \S+: /, "").split(" (")[0],
    )
    assert.equal(new Set(reasons).size, 3)
  })

  test("a malformed URL fails before any connection attempt", async () => {
    await assert.rejects(createApp({ projectConfig: { databaseUrl: "postgres//nope" } }), /not a valid URL/)
  })
})
