import assert from "node:assert/strict"
import { execFile } from "node:child_process"
import { mkdtemp, readFile, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { test } from "node:test"
import { promisify } from "node:util"

const run = promisify(execFile)
const CLI = resolve("packages/framework/src/cli/main.ts")
const BLOG = resolve("packages/framework/test/modules/fixtures/blog/index.ts")

test("`stratum types` writes method declarations for every model key of the configured modules", async () => {
  const dir = await mkdtemp(join(tmpdir(), "stratum-types-"))
  const config = join(dir, "stratum.config.mjs")
  await writeFile(config, `export default { modules: [{ resolve: ${JSON.stringify(BLOG)} }] }\n`)
  const { stdout } = await run(process.execPath, ["--import", "tsx", CLI, "types", "--config", config])
  assert.match(stdout, /declarations for 4 models of 1 modules/)
  const text = await readFile(join(dir, "stratum-env.d.ts"), "utf8")
  assert.match(text, /interface GeneratedServiceMethods<E, C, U>/)
  for (const method of ["listBlogPosts(", "retrieveAuthor(", "listCategories(", "softDeleteComments("]) {
    assert.ok(text.includes(method), method)
  }
})
