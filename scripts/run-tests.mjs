// Runs every test file of the workspace with node's test runner (TypeScript through tsx).
// Against DATABASE_URL when set, else against one embedded PostgreSQL shared by all test files.
import { spawnSync } from "node:child_process"
import { globSync } from "node:fs"

const files = globSync(["packages/*/test/**/*.test.ts", "apps/*/test/**/*.test.ts"]).sort()
const filter = process.argv.slice(2)
const selected = filter.length ? files.filter((file) => filter.some((part) => file.includes(part))) : files
if (selected.length === 0) {
  console.error(`no test files match ${filter.join(" ")}`)
  process.exit(1)
}
console.log(
  `running ${selected.length} test files against ${process.env.DATABASE_URL ? "DATABASE_URL" : "the embedded PostgreSQL"}`,
)
const result = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    "--test",
    "--test-concurrency=2",
    "--test-timeout=120000",
    "--test-force-exit",
    "--test-global-setup=scripts/test-global-setup.mjs",
    ...selected,
  ],
  { stdio: "inherit", env: { ...process.env, NODE_ENV: "test" } },
)
process.exit(result.status ?? 1)
