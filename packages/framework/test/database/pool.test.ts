import assert from "node:assert/strict"
import { setTimeout as sleep } from "node:timers/promises"
import { after, before, describe, test } from "node:test"
import { createApp } from "../../src/app/create-app.js"
import type { PoolOptions } from "../../src/config/pool-options.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"
import { closedPort, controllableProxy, silentServer } from "../support/tcp-tools.js"
import { portOf, viaPort } from "../support/urls.js"

/** Backends connected to `app`'s database, seen from another connection. */
async function backends(observer: TestApp, database: string): Promise<number> {
  const [row] = await observer.manager.query<{ n: number }>(
    "select count(*) as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
    [database],
  )
  return row?.n ?? -1
}

describe("pool settings", () => {
  let base: TestApp
  let dbName: string
  before(async () => {
    base = await createTestApp({ projectConfig: { databaseExtra: { pool: { min: 1, max: 2 } } } })
    dbName = new URL(base.databaseUrl).pathname.slice(1)
  })
  after(() => base?.close())

  const withApp = async (
    pool: PoolOptions,
    fn: (app: Awaited<ReturnType<typeof createApp>>) => Promise<void>,
    url = base.databaseUrl,
  ) => {
    const app = await createApp({ projectConfig: { databaseUrl: url, databaseExtra: { pool } } })
    try {
      await fn(app)
    } finally {
      await app.close()
    }
  }

  test("min: that many connections are open right after start", async () => {
    const before = await backends(base, dbName)
    await withApp({ min: 3, max: 5 }, async () => {
      assert.equal((await backends(base, dbName)) - before, 3)
    })
  })

  test("max: concurrent work never opens more than max connections", async () => {
    await withApp({ min: 0, max: 2 }, async (app) => {
      const pids = await Promise.all(
        Array.from({ length: 6 }, () =>
          app.manager.query<{ pid: number }>("select pg_backend_pid() as pid, pg_sleep(0.05)"),
        ),
      )
      assert.equal(new Set(pids.map((rows) => rows[0]?.pid)).size, 2)
      assert.equal(app.database.poolStats().total, 2)
    })
  })

  test("acquireTimeoutMillis: with the only connection held, the next caller fails after that long, naming the pool size", async () => {
    await withApp({ min: 1, max: 1, acquireTimeoutMillis: 300 }, async (app) => {
      const held = await app.database.pool.connect()
      const started = Date.now()
      const error = await app.manager.query("select 1").catch((e: Error) => e)
      const waited = Date.now() - started
      held.release()
      assert.ok(error instanceof Error)
      assert.match(error.message, /within acquireTimeoutMillis \(300 ms\)/)
      assert.match(error.message, /all 1 connections of the pool \(max 1\) are in use/)
      assert.ok(waited >= 280 && waited < 2000, `waited ${waited} ms`)
      assert.deepEqual(await app.manager.query("select 1 as ok"), [{ ok: 1 }])
    })
  })

  test("createTimeoutMillis: an attempt to a server that never answers is cut after that long", async () => {
    const silent = await silentServer()
    try {
      const url = viaPort(base.databaseUrl, silent.port)
      const pool = { createTimeoutMillis: 200, acquireTimeoutMillis: 1000, createRetryIntervalMillis: 50 }
      const error = await createApp({ projectConfig: { databaseUrl: url, databaseExtra: { pool } } }).catch(
        (e: Error) => e,
      )
      assert.ok(error instanceof Error)
      assert.match(error.message, /Cannot connect to PostgreSQL at postgres@127\.0\.0\.1:\d+\/stratum_test_/)
      await sleep(50)
      assert.ok(silent.lifetimes.length >= 3, `attempts: ${silent.lifetimes.length}`)
      for (const lifetime of silent.lifetimes)
        assert.ok(lifetime >= 150 && lifetime < 1000, `socket lived ${lifetime} ms`)
    } finally {
      await silent.close()
    }
  })

  test("destroyTimeoutMillis: closing a connection whose server stopped answering gives up after that long", async () => {
    const proxy = await controllableProxy(portOf(base.databaseUrl))
    try {
      const app = await createApp({
        projectConfig: {
          databaseUrl: viaPort(base.databaseUrl, proxy.port),
          databaseExtra: { pool: { min: 2, max: 2, destroyTimeoutMillis: 300 } },
        },
      })
      proxy.set("frozen")
      const started = Date.now()
      await app.close()
      const took = Date.now() - started
      assert.ok(took >= 280 && took < 3000, `close took ${took} ms`)
    } finally {
      await proxy.close()
    }
  })

  test("idleTimeoutMillis and reapIntervalMillis: idle connections above min are closed on the next reap", async () => {
    const burst = async (app: Awaited<ReturnType<typeof createApp>>) => {
      await Promise.all(Array.from({ length: 3 }, () => app.manager.query("select pg_sleep(0.05)")))
      assert.equal(app.database.poolStats().total, 3)
    }
    await withApp({ min: 1, max: 3, idleTimeoutMillis: 100, reapIntervalMillis: 50 }, async (app) => {
      await burst(app)
      await sleep(400)
      assert.equal(app.database.poolStats().total, 1, "reaped down to min")
    })
    await withApp({ min: 1, max: 3, idleTimeoutMillis: 100, reapIntervalMillis: 5000 }, async (app) => {
      await burst(app)
      await sleep(400)
      assert.equal(app.database.poolStats().total, 3, "not reaped before the next reap interval")
    })
    await withApp({ min: 1, max: 3, idleTimeoutMillis: 5000, reapIntervalMillis: 50 }, async (app) => {
      await burst(app)
      await sleep(400)
      assert.equal(app.database.poolStats().total, 3, "not idle for long enough")
    })
  })

  test("createRetryIntervalMillis: an app started while the database is down retries at that interval and comes up with it", async () => {
    const proxy = await controllableProxy(portOf(base.databaseUrl), "down")
    try {
      const url = viaPort(base.databaseUrl, proxy.port)
      const starting = createApp({
        projectConfig: {
          databaseUrl: url,
          databaseExtra: { pool: { min: 1, createRetryIntervalMillis: 100, acquireTimeoutMillis: 10_000 } },
        },
      })
      await sleep(700)
      const attemptsWhileDown = proxy.attempts
      proxy.set("up")
      const app = await starting
      try {
        assert.ok(attemptsWhileDown >= 4 && attemptsWhileDown <= 9, `attempts while down: ${attemptsWhileDown}`)
        assert.deepEqual(await app.manager.query("select 1 as up"), [{ up: 1 }])
      } finally {
        await app.close()
      }
    } finally {
      await proxy.close()
    }
  })

  test("a server that stays down fails start-up with the real cause, not a pool timeout", async () => {
    const port = await closedPort()
    const started = Date.now()
    const error = await createApp({
      projectConfig: {
        databaseUrl: `postgres://postgres@127.0.0.1:${port}/shop`,
        databaseExtra: { pool: { acquireTimeoutMillis: 400, createRetryIntervalMillis: 100 } },
      },
    }).catch((e: Error) => e)
    assert.ok(error instanceof Error)
    assert.match(
      error.message,
      new RegExp(`^Cannot connect to PostgreSQL at postgres@127\\.0\\.0\\.1:${port}/shop: connection refused`),
    )
    assert.doesNotMatch(error.message, /pool is probably full/)
    assert.ok(Date.now() - started < 3000)
  })
})
