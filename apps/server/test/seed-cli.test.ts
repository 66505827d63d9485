import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { after, before, describe, test } from "node:test"
import type { TestApp } from "@stratum/framework/testing"
import { createServerTestApp, serverDir, tableCounts } from "./seed-support.js"

const cli = fileURLToPath(
  import.meta.resolve("@stratum/framework/package.json").replace("package.json", "dist/cli/main.js"),
)

function stratum(app: TestApp, ...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: app.databaseUrl },
    encoding: "utf8",
    timeout: 120_000,
  })
}

describe("stratum db:seed", () => {
  let app: TestApp
  before(async () => {
    app = await createServerTestApp()
  })
  after(() => app?.close())

  test("seeds the configured database through projectConfig.seed and exits 0", async () => {
    const run = stratum(app, "db:seed")
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stderr, /\[ 9\/11\] █+░* orders: [\d,]+ new rows/)
    assert.match(run.stderr, /Seeded [\d,]+ rows in [\d.]+ s/)
    const counts = await tableCounts(app.manager)
    assert.equal(counts.products, 2_000)
    assert.equal(counts.orders, 10_000)
  })

  test("run again, it exits 0 and says nothing changed", () => {
    const run = stratum(app, "db:seed")
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stderr, /Demo data already present: nothing changed\./)
  })

  test("refuses an unexpected argument with exit code 1", () => {
    const run = stratum(app, "db:seed", "extra")
    assert.equal(run.status, 1)
    assert.match(run.stderr, /Unexpected argument "extra" for db:seed/)
  })
})
