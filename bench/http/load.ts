import { spawn } from "node:child_process"
import { createRequire } from "node:module"

/** What one autocannon run measured. */
export interface LoadResult {
  /** 2xx responses. */
  requests: number
  seconds: number
  /** 2xx responses per second over the run. */
  rps: number
  p50: number
  p99: number
  /** Non-2xx responses, errors and timeouts: a valid run has none. */
  failures: number
}

export interface LoadOptions {
  connections: number
  seconds: number
}

interface AutocannonJson {
  duration: number
  latency: { p50: number; p99: number }
  "2xx": number
  non2xx: number
  errors: number
  timeouts: number
}

const autocannonBin = createRequire(import.meta.url).resolve("autocannon/autocannon.js")

/**
 * Loads `url` with autocannon in a child process (its own event loop and its own core when the
 * scheduler gives one; the server under test is another process) for a bounded duration, and
 * returns its JSON summary. Latencies are in milliseconds.
 *
 * @example
 * await load("http://127.0.0.1:9000/store/products?limit=20", { connections: 10, seconds: 10 })
 * // { requests: 8123, seconds: 10, rps: 812.3, p50: 11, p99: 24, failures: 0 }
 */
export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  const args = [autocannonBin, "-j", "-n", "-c", String(options.connections), "-d", String(options.seconds), url]
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] })
  let output = ""
  child.stdout.setEncoding("utf8")
  child.stdout.on("data", (chunk: string) => (output += chunk))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("exit", resolve)
    child.once("error", reject)
  })
  const line = output.trim().split("\n").pop() ?? ""
  if (code !== 0 || line === "") throw new Error(`autocannon exited with code ${code}: ${output.slice(0, 500)}`)
  const result = JSON.parse(line) as AutocannonJson
  const seconds = result.duration
  return {
    requests: result["2xx"],
    seconds,
    rps: result["2xx"] / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  }
}

/** Several runs of one target as one: requests/s over the summed time, p50/p99 as the median run's. */
export function combine(runs: LoadResult[]): LoadResult {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0)
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0)
  const middle = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    const half = Math.floor(sorted.length / 2)
    return sorted.length % 2 ? (sorted[half] as number) : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2
  }
  return {
    requests,
    seconds,
    rps: requests / seconds,
    p50: middle(runs.map((run) => run.p50)),
    p99: middle(runs.map((run) => run.p99)),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
  }
}
