import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { createApp } from "../../src/app/create-app.js"
import { createTestApp } from "../../src/testing/create-test-app.js"

describe("createTestApp", () => {
  test("each app gets its own database, dropped on close", async () => {
    const [a, b] = await Promise.all([createTestApp(), createTestApp()])
    try {
      assert.notEqual(a.databaseUrl, b.databaseUrl)
      await a.manager.query("create table only_in_a (id int)")
      const inB = await b.manager.query("select to_regclass('only_in_a') as t")
      assert.deepEqual(inB, [{ t: null }])
    } finally {
      await b.close()
    }
    const name = new URL(a.databaseUrl).pathname.slice(1)
    await a.close()
    const probe = await createTestApp()
    try {
      const rows = await probe.manager.query("select 1 from pg_database where datname = $1", [name])
      assert.equal(rows.length, 0, "database dropped")
    } finally {
      await probe.close()
    }
  })

  test("debug logs every statement with its parameters and duration to the configured logger", async () => {
    const base = await createTestApp()
    const lines: string[] = []
    const app = await createApp({
      projectConfig: {
        databaseUrl: base.databaseUrl,
        databaseExtra: { debug: true, logger: (line) => lines.push(line) },
      },
    })
    try {
      await app.manager.query("select $1::int + $2::int as sum", [40, 2])
      const line = lines.find((l) => l.includes("as sum"))
      assert.match(line ?? "", /^\[\d+\.\d ms\] select \$1::int \+ \$2::int as sum -- params: \[40, 2\]$/)
    } finally {
      await app.close()
      await base.close()
    }
  })

  test("without debug nothing is logged", async () => {
    const base = await createTestApp()
    const lines: string[] = []
    const app = await createApp({
      projectConfig: { databaseUrl: base.databaseUrl, databaseExtra: { logger: (line) => lines.push(line) } },
    })
    await app.manager.query("select 1")
    await app.close()
    await base.close()
    assert.deepEqual(lines, [])
  })
})
