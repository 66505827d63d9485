import { execFileSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { PEER_DIR } from "./medusa-app.js"

/** The exact Medusa release the comparison runs against (bench/peers/medusa/package.json pins it). */
export const MEDUSA_VERSION = "2.21.2"

function installedVersion(name: string): string | undefined {
  const file = join(PEER_DIR, "node_modules", name, "package.json")
  if (!existsSync(file)) return undefined
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version
}

/**
 * Installs bench/peers/medusa from its lock file when its node_modules is missing or holds another
 * Medusa, apart from the project's own install: `npm install --prefix bench/peers/medusa --no-save
 * --no-audit --no-fund`, which installs the locked versions and writes neither package.json nor
 * the lock. Not `npm ci`: a lock made against a registry that serves only this platform's builds
 * lacks the other platforms' optional packages (darwin/win32 builds of msgpackr-extract, rollup,
 * ...), and `npm ci` refuses such a lock as out of sync. The npm that runs the script
 * (`npm_execpath`) does the install when there is one.
 */
export function ensureMedusaPeer(): void {
  const wanted = ["@medusajs/framework", "@medusajs/medusa"]
  if (wanted.every((name) => installedVersion(name) === MEDUSA_VERSION)) return
  console.log(`Installing MedusaJS ${MEDUSA_VERSION} into bench/peers/medusa (once; about a minute)`)
  const args = ["install", "--prefix", PEER_DIR, "--no-save", "--no-audit", "--no-fund", "--loglevel=error"]
  const npmCli = process.env.npm_execpath
  if (npmCli && /npm-cli\.js$/.test(npmCli)) {
    execFileSync(process.execPath, [npmCli, ...args], { stdio: "inherit" })
  } else {
    execFileSync("npm", args, { stdio: "inherit" })
  }
  for (const name of wanted) {
    const version = installedVersion(name)
    if (version !== MEDUSA_VERSION)
      throw new Error(`${name} ${version ?? "is missing"} after install, not ${MEDUSA_VERSION}`)
  }
}
