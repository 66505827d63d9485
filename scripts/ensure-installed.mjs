// Runs `npm ci` when dependencies are missing or older than the lock file, so that `npm start`
// and `npm test` work straight after cloning. Plain Node (any version): it may run before the
// pinned Node 24 is installed.
import { spawnSync } from "node:child_process"
import { existsSync, statSync } from "node:fs"

const marker = "node_modules/.package-lock.json"
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync("package-lock.json").mtimeMs
if (stale) {
  console.log("Installing dependencies (npm ci)...")
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
