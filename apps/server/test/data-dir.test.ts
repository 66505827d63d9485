import assert from "node:assert/strict"
import { fileURLToPath } from "node:url"
import { test } from "node:test"

const serverDir = fileURLToPath(new URL("..", import.meta.url))
const dataDir = `${serverDir}.stratum/postgres`

/** The default folder a config file gives: STRATUM_DATA_DIR is cleared before its settings module first loads. */
async function embeddedDataDir(configFile: string): Promise<string | undefined> {
  const previous = process.env.STRATUM_DATA_DIR
  delete process.env.STRATUM_DATA_DIR
  try {
    const config = (await import(configFile)) as {
      default: { projectConfig: { embeddedDataDir?: string } }
    }
    return config.default.projectConfig.embeddedDataDir
  } finally {
    if (previous !== undefined) process.env.STRATUM_DATA_DIR = previous
  }
}

test("the embedded data lives in apps/server/.stratum/postgres, from the sources and from the build", async () => {
  assert.equal(await embeddedDataDir("../stratum.config.ts"), dataDir)
  // npm start runs the build in dist/, which each build deletes first: the data must live outside it.
  assert.equal(await embeddedDataDir("../dist/stratum.config.js"), dataDir)
})
