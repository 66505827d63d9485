import assert from "node:assert/strict"
import { execFile } from "node:child_process"
import { writeFile, mkdtemp } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { after, before, describe, test } from "node:test"
import { promisify } from "node:util"
import { createApp } from "../../src/app/create-app.js"
import type { DatabaseHealthService } from "../../src/health/health-service.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"
import { controllableProxy } from "../support/tcp-tools.js"
import { portOf, viaPort } from "../support/urls.js"

const run = promisify(execFile)
const CLI = resolve("packages/framework/src/cli/main.ts")

describe("health", () => {
  let app: TestApp
  before(async () => {
    app = await createTestApp()
  })
  after(() => app?.close())

  test("healthy: SELECT 1 and a transaction round trip, with latency and pool state", async () => {
    const report = await app.container.resolve<DatabaseHealthService>("healthService").checkHealth()
    assert.equal(report.status, "healthy")
    assert.equal(report.details.connection, "active")
    assert.equal(report.details.transactions, "working")
    assert.ok(typeof report.details.latency_ms === "number" && report.details.latency_ms >= 0)
    assert.equal(report.details.pool.max, 10)
    assert.ok(report.details.pool.total >= 1)
    assert.ok(!Number.isNaN(Date.parse(report.details.timestamp)))
  })

  test("unhealthy when the database stops answering: a report with the error, never a throw", async () => {
    const proxy = await controllableProxy(portOf(app.databaseUrl))
    const viaProxy = await createApp({
      projectConfig: {
        databaseUrl: viaPort(app.databaseUrl, proxy.port),
        databaseExtra: { pool: { min: 0, acquireTimeoutMillis: 500, createRetryIntervalMillis: 50 } },
      },
    })
    try {
      proxy.set("down")
      await proxy.close()
      const report = await viaProxy.container.resolve<DatabaseHealthService>("healthService").checkHealth()
      assert.equal(report.status, "unhealthy")
      assert.match(
        report.details.error ?? "",
        /Cannot connect to PostgreSQL at .*connection refused|closed the connection/,
      )
      assert.equal(report.details.connection, undefined)
    } finally {
      await viaProxy.close()
    }
  })

  test("`stratum health` prints the report and exits 0 when healthy, 1 when not", async () => {
    const dir = await mkdtemp(join(tmpdir(), "stratum-health-"))
    const config = join(dir, "stratum.config.mjs")
    await writeFile(config, `export default { projectConfig: { databaseUrl: ${JSON.stringify(app.databaseUrl)} } }\n`)
    const ok = await run(process.execPath, ["--import", "tsx", CLI, "health", "--config", config])
    assert.equal(JSON.parse(ok.stdout).status, "healthy")

    const bad = join(dir, "bad.config.mjs")
    const unknownDb = app.databaseUrl.replace(/\/[^/]+$/, "/no_such_database")
    await writeFile(bad, `export default { projectConfig: { databaseUrl: ${JSON.stringify(unknownDb)} } }\n`)
    const failed = await run(process.execPath, ["--import", "tsx", CLI, "health", "--config", bad]).then(
      () => assert.fail("expected exit code 1"),
      (error: { code: number; stdout: string }) => error,
    )
    assert.equal(failed.code, 1)
    const report = JSON.parse(failed.stdout) as { status: string; details: { error: string } }
    assert.equal(report.status, "unhealthy")
    assert.match(report.details.error, /database "no_such_database" does not exist/)
  })
})
