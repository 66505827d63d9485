import assert from "node:assert/strict"
import { execFileSync, spawn } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { after, before, describe, test } from "node:test"
import { pathToFileURL } from "node:url"
import { startEmbeddedServer } from "../../src/database/embedded/embedded-server.js"

const SERVER = pathToFileURL(resolve("packages/framework/src/database/embedded/embedded-server.ts")).href

function postgresFor(dataDir: string): number {
  try {
    return execFileSync("pgrep", ["-f", `postgres -D ${dataDir} `], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean).length
  } catch {
    return 0
  }
}

/** A child process that starts the embedded server on `dataDir`, says "ready", and waits. */
function startOwner(dataDir: string) {
  const script = `import { startEmbeddedServer } from ${JSON.stringify(SERVER)}
await startEmbeddedServer(${JSON.stringify(dataDir)})
console.log("ready")
setInterval(() => {}, 1000)`
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  })
  const ready = new Promise<void>((resolveReady, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolveReady())
    child.on("exit", (code) => reject(new Error(`owner exited early with ${code}`)))
  })
  const exited = new Promise<number | null>((resolveExit) =>
    child.on("exit", (code, signal) => resolveExit(code ?? (signal ? -1 : null))),
  )
  return { child, ready, exited }
}

describe("embedded PostgreSQL and process signals", () => {
  let base: string
  before(async () => {
    base = await mkdtemp(join(tmpdir(), "stratum-signals-"))
    execFileSync("chmod", ["755", base])
  })
  after(() => rm(base, { recursive: true, force: true }))

  for (const [signal, status] of [
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const) {
    test(`${signal} to the owning process stops the server and leaves no process`, async () => {
      const dataDir = join(base, signal.toLowerCase())
      const owner = startOwner(dataDir)
      await owner.ready
      assert.ok(postgresFor(dataDir) > 0, "server running")
      owner.child.kill(signal)
      assert.equal(await owner.exited, status)
      for (let i = 0; i < 100 && postgresFor(dataDir) > 0; i++) await sleep(50)
      assert.equal(postgresFor(dataDir), 0)
    })
  }

  test("a server orphaned by a killed owner is adopted by the next start and stopped with it", async () => {
    const dataDir = join(base, "orphan")
    const owner = startOwner(dataDir)
    await owner.ready
    owner.child.kill("SIGKILL")
    await owner.exited
    assert.ok(postgresFor(dataDir) > 0, "orphan left running by SIGKILL")
    const adopted = await startEmbeddedServer(dataDir)
    await adopted.stop()
    assert.equal(postgresFor(dataDir), 0)
  })
})
