import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, describe, test } from "node:test"
import pg from "pg"
import { createApp } from "../../src/app/create-app.js"
import { locateDatabase } from "../../src/database/database-server.js"
import { startEmbeddedServer } from "../../src/database/embedded/embedded-server.js"

function postgresProcessesFor(dataDir: string): number {
  try {
    return execFileSync("pgrep", ["-f", `postgres -D ${dataDir} `], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean).length
  } catch {
    return 0
  }
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe("embedded PostgreSQL", () => {
  let dir: string | undefined
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test("starts on a free port, keeps data across restarts, and leaves no process behind", async () => {
    const base = await mkdtemp(join(tmpdir(), "stratum-embedded-"))
    execFileSync("chmod", ["755", base])
    dir = base
    const dataDir = join(base, "postgres")
    const first = await startEmbeddedServer(dataDir)
    assert.ok(existsSync(join(dataDir, "PG_VERSION")), "data folder initialised")
    assert.equal(postgresProcessesFor(dataDir), 1, "one postmaster running")
    await query(first.url, "create table kept (v text); insert into kept values ('across restarts')")
    await first.stop()
    assert.equal(postgresProcessesFor(dataDir), 0, "stopped after the first run")

    const second = await startEmbeddedServer(dataDir)
    assert.deepEqual(await query(second.url, "select v from kept"), [{ v: "across restarts" }])
    const [version] = (await query(second.url, "show server_version_num")) as { server_version_num: string }[]
    assert.ok(Number(version?.server_version_num) >= 150000)
    await second.stop()
    assert.equal(postgresProcessesFor(dataDir), 0, "stopped after the second run")
  })

  test("an app whose modules fail to load stops the embedded server it started meanwhile", async () => {
    const base = await mkdtemp(join(tmpdir(), "stratum-embedded-"))
    execFileSync("chmod", ["755", base])
    const dataDir = join(base, "postgres")
    try {
      await assert.rejects(
        createApp({
          projectConfig: { databaseUrl: undefined, embeddedDataDir: dataDir },
          modules: [{ resolve: "./no-such-module-folder" }],
        }),
        /no-such-module-folder/,
      )
      assert.equal(postgresProcessesFor(dataDir), 0, "no postmaster left behind")
    } finally {
      await rm(base, { recursive: true, force: true })
    }
  })

  test("an app given a database located ahead of it runs on that server and stops it on close", async () => {
    const base = await mkdtemp(join(tmpdir(), "stratum-embedded-"))
    execFileSync("chmod", ["755", base])
    const dataDir = join(base, "postgres")
    // The embedded server, whatever DATABASE_URL the test run has.
    const url = process.env.DATABASE_URL
    delete process.env.DATABASE_URL
    try {
      const location = locateDatabase(undefined, dataDir)
      // Another folder in the configuration: only the given location may be used.
      const unused = join(base, "unused")
      const app = await createApp({ projectConfig: { databaseUrl: undefined, embeddedDataDir: unused } }, { location })
      assert.equal(existsSync(unused), false, "the configured folder was never started")
      assert.equal((await location).embedded?.dataDir, dataDir)
      assert.equal(postgresProcessesFor(dataDir), 1, "the located server, not a second one")
      assert.deepEqual(await app.manager.query("select current_database() as name"), [{ name: "stratum" }])
      await app.close()
      assert.equal(postgresProcessesFor(dataDir), 0, "closing the app stops the server it was given")
    } finally {
      if (url !== undefined) process.env.DATABASE_URL = url
      await rm(base, { recursive: true, force: true })
    }
  })
})
