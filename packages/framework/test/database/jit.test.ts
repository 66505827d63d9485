import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { createTestApp } from "../../src/testing/create-test-app.js"

async function sessionJit(config: Parameters<typeof createTestApp>[0]): Promise<{ jit: string; server: string }> {
  const app = await createTestApp(config)
  try {
    const [row] = await app.manager.query<{ jit: string; server: string }>(
      "select current_setting('jit') as jit, (select boot_val from pg_settings where name = 'jit') as server",
    )
    assert.ok(row)
    return row
  } finally {
    await app.close()
  }
}

describe("JIT in Stratum's sessions", () => {
  test("is off by default, whatever the server's setting", async () => {
    const { jit } = await sessionJit({})
    assert.equal(jit, "off")
  })

  test("databaseExtra.jit: true keeps the server's setting", async () => {
    const { jit, server } = await sessionJit({ projectConfig: { databaseExtra: { jit: true } } })
    assert.equal(jit, server)
    assert.equal(jit, "on")
  })

  test("a value that is not a boolean is refused at start-up, naming the key", async () => {
    await assert.rejects(
      createTestApp({ projectConfig: { databaseExtra: { jit: "off" as unknown as boolean } } }),
      /databaseExtra\.jit/,
    )
  })
})
