import { getStatus, peakRssMb } from "../http/children.js"
import { combine, load, type LoadResult } from "../http/load.js"
import { bootReference, prepareReference, type ReferenceStart } from "../http/reference-server.js"
import type { CaseResult } from "../lib/report.js"
import { bootCase } from "./boot.js"

/** Target of case (g), in MB. */
export const RSS_TARGET_MB = 150

/** The two requests every HTTP load in the benches sends (list with prices, one product with prices). */
export const HTTP_PATHS = {
  list: "/store/products?limit=20&currency_code=usd",
  detail: "/store/products/prod_00001000?currency_code=usd",
} as const

export interface RssOutcome {
  result: CaseResult
  /** What the reference server served under the load, per path. */
  loads: Record<keyof typeof HTTP_PATHS, LoadResult>
  peakRssMb: number
}

/**
 * (g) Peak RSS: boots the reference server on its warm data folder, loads its own routes
 * (`GET /store/products?limit=20&currency_code=usd`, then a product detail) with autocannon for
 * `seconds` each, and reads the server process's VmHWM (/proc/<pid>/status, Linux) afterwards.
 */
export async function rssCase(
  products: number,
  options: { seconds: number; connections: number; rounds?: number },
  start: ReferenceStart & { label?: string } = {},
): Promise<RssOutcome> {
  await prepareReference(products)
  const server = await bootReference(start)
  try {
    for (const path of Object.values(HTTP_PATHS)) {
      const status = await getStatus(server.url + path)
      if (status !== 200) throw new Error(`the reference server answers ${status} to GET ${path}`)
    }
    const runs: Record<keyof typeof HTTP_PATHS, LoadResult[]> = { list: [], detail: [] }
    const rounds = options.rounds ?? 1
    for (let round = 0; round < rounds; round++) {
      for (const key of Object.keys(HTTP_PATHS) as (keyof typeof HTTP_PATHS)[]) {
        const run = { connections: options.connections, seconds: options.seconds / rounds }
        runs[key].push(await load(server.url + HTTP_PATHS[key], run))
      }
    }
    const peak = await peakRssMb(server.child.pid as number)
    if (peak === undefined) throw new Error("VmHWM is not readable (needs Linux /proc)")
    const loads = { list: combine(runs.list), detail: combine(runs.detail) }
    const verdict = peak <= RSS_TARGET_MB ? "met" : `missed by ${(peak - RSS_TARGET_MB).toFixed(0)} MB`
    const summary = { median: peak, p90: peak, runs: 1 }
    return {
      result: {
        case: start.label ?? "(g) peak RSS of the reference server after HTTP load",
        stratum: summary,
        statementsPerCall: Number.NaN,
        unit: "MB",
        note: `VmHWM after ${options.seconds} s of list + ${options.seconds} s of detail at ${options.connections} connections; target <= ${RSS_TARGET_MB} MB: ${verdict}`,
      },
      loads,
      peakRssMb: peak,
    }
  } finally {
    await server.stop()
  }
}

/**
 * Cases (f) and (g) as rows of `npm run bench`: five cold boots of the reference server, then a
 * bounded load (`seconds` per request, 10 connections) and its peak RSS. `npm run bench:http` runs
 * the same with its full load and the informative variants.
 */
export async function serverCases(products: number, seconds = 5): Promise<CaseResult[]> {
  const boot = await bootCase(products)
  const rss = await rssCase(products, { seconds, connections: 10 })
  return [boot, rss.result]
}
