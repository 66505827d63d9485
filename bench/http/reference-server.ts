// The reference server (apps/server) as the boot and RSS cases run it: spawned with the node command
// of its own `start` script (the compiled server, with its node flags), on an embedded data folder of
// its own under bench/.stratum (git-ignored), already migrated and seeded, with STRATUM_SEED=false.
import { spawn, type ChildProcess } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { freePort, stopChild, waitFor200 } from "./children.js"

const root = fileURLToPath(new URL("../../", import.meta.url))
const serverDir = fileURLToPath(new URL("../../apps/server/", import.meta.url))
const prepareScript = fileURLToPath(new URL("./prepare-reference.ts", import.meta.url))

/**
 * The node arguments of apps/server's `start` script (`exec node <flags> dist/src/start.js`), so the
 * bench boots the server exactly as `npm start` does (run `npm run build` first).
 */
export function startArguments(): string[] {
  const manifest = JSON.parse(readFileSync(`${serverDir}package.json`, "utf8")) as { scripts: Record<string, string> }
  const words = (manifest.scripts["start"] ?? "").split(/\s+/).filter(Boolean)
  const at = words.indexOf("node")
  if (at < 0) throw new Error(`apps/server's start script does not run node: ${manifest.scripts["start"]}`)
  return words.slice(at + 1)
}

/** The reference server's embedded PostgreSQL data folder for the bench. */
export const REFERENCE_DATA_DIR = fileURLToPath(new URL("../.stratum/reference-postgres", import.meta.url))

/** Log level of every Stratum server the benches start (per-request lines are `info`). */
export const SERVER_LOG_LEVEL = process.env.BENCH_SERVER_LOG_LEVEL ?? "warn"

function referenceEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // The embedded folder is the point: a DATABASE_URL of the caller must not redirect the server.
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: undefined }
  delete env.DATABASE_URL
  return {
    ...env,
    STRATUM_DATA_DIR: REFERENCE_DATA_DIR,
    STRATUM_SEED: "false",
    NODE_ENV: "production",
    LOG_LEVEL: SERVER_LOG_LEVEL,
    ...extra,
  }
}

/** Keeps the last `limit` characters a child wrote, to show when it fails. */
function tail(child: ChildProcess, limit = 20_000): () => string {
  let text = ""
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString("utf8")).slice(-limit)
  }
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)
  return () => text
}

/**
 * Migrates the bench's reference data folder and seeds it with `products` x 3 variants (only what is
 * missing), in a child process; resolves with the milliseconds it took.
 */
export async function prepareReference(products: number): Promise<number> {
  const started = performance.now()
  const child = spawn(process.execPath, ["--import", "tsx", prepareScript], {
    cwd: root,
    env: referenceEnv({ BENCH_PRODUCTS: String(products), LOG_LEVEL: "warn" }),
    stdio: ["ignore", "pipe", "pipe"],
  })
  const output = tail(child)
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve))
  if (code !== 0) throw new Error(`preparing ${REFERENCE_DATA_DIR} failed (exit ${code}):\n${output()}`)
  return performance.now() - started
}

/** A running reference server and how long it took from spawn to its first 200 of /health/ready. */
export interface ReferenceServer {
  child: ChildProcess
  url: string
  bootMs: number
  stop(): Promise<void>
}

/** How the reference server is started. */
export interface ReferenceStart {
  /** Run the TypeScript sources through tsx (`npm run dev`) instead of the start script's compiled server. */
  tsx?: boolean
}

/** Spawns the reference server on a free port and waits for /health/ready to answer 200. */
export async function bootReference(start: ReferenceStart = {}): Promise<ReferenceServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const args = start.tsx ? ["--import", "tsx", "src/main.ts"] : startArguments()
  const started = performance.now()
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: referenceEnv({ PORT: String(port), HOST: "127.0.0.1" }),
    stdio: ["ignore", "pipe", "pipe"],
  })
  const output = tail(child)
  try {
    const bootMs = await waitFor200(`${url}/health/ready`, started, child)
    return { child, url, bootMs, stop: () => stopChild(child) }
  } catch (error) {
    await stopChild(child)
    throw new Error(`${(error as Error).message}; its output:\n${output()}`, { cause: error })
  }
}
