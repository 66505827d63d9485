import { mkdirSync, writeFileSync } from "node:fs"
import type { bootCase } from "../cases/boot.js"
import type { RssOutcome } from "../cases/rss.js"
import { machine, toMarkdown, type CaseResult } from "../lib/report.js"
import type { LoadResult } from "./load.js"
import { SERVER_LOG_LEVEL } from "./reference-server.js"

/** Target: Stratum serves at least this share of the raw handler's requests/s. */
export const HTTP_TARGET_RATIO = 0.7

export interface HttpComparison {
  request: string
  stratum: LoadResult
  raw: LoadResult
}

export interface ServerCases {
  boot: Awaited<ReturnType<typeof bootCase>>
  rss: RssOutcome
  /** Informative rows: the same server started differently. */
  variants: CaseResult[]
}

export interface HttpSettings {
  products: number
  seconds: number
  rounds: number
  connections: number
  /** VmHWM of each compared server process after its load, MB. */
  peaks: Record<string, number>
}

/** Where the compared servers' data lives (the reference server always runs its own embedded PostgreSQL). */
export const databaseLabel = () => (process.env.DATABASE_URL ? "DATABASE_URL" : "the embedded PostgreSQL")

const rps = (r: LoadResult) => r.rps.toFixed(0)
const latency = (r: LoadResult) => `${r.p50} / ${r.p99}`

/** The HTTP tables: Stratum against the raw handler, then the reference server's load, boot and RSS. */
export function httpMarkdown(comparisons: HttpComparison[], server: ServerCases | undefined, s: HttpSettings): string {
  const lines = [
    `autocannon -c ${s.connections}, ${s.seconds} s per server and request (${s.rounds} alternating runs), loopback; ${s.products} products x 3 variants on ${databaseLabel()}; server log level ${SERVER_LOG_LEVEL}${process.env.PGOPTIONS ? `; PGOPTIONS="${process.env.PGOPTIONS}"` : ""}.`,
    "",
    "| request | Stratum req/s | Stratum p50 / p99 ms | raw http + pg req/s | raw p50 / p99 ms | Stratum / raw |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...comparisons.map((c) => {
      const ratio = c.stratum.rps / c.raw.rps
      const verdict = ratio >= HTTP_TARGET_RATIO ? "" : ` (target ${HTTP_TARGET_RATIO * 100}%: missed)`
      return `| ${c.request} | ${rps(c.stratum)} | ${latency(c.stratum)} | ${rps(c.raw)} | ${latency(c.raw)} | ${(ratio * 100).toFixed(1)}%${verdict} |`
    }),
    "",
    `Peak RSS (VmHWM) after the load: ${Object.entries(s.peaks)
      .map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`)
      .join(", ")}.`,
  ]
  if (server) {
    const { list, detail } = server.rss.loads
    lines.push(
      "",
      "Reference server (`apps/server`, every commerce module, its own routes with validation), same load:",
      "",
      "| request | req/s | p50 / p99 ms |",
      "| --- | ---: | ---: |",
      `| GET /store/products?limit=20&currency_code=usd | ${rps(list)} | ${latency(list)} |`,
      `| GET /store/products/:id?currency_code=usd | ${rps(detail)} | ${latency(detail)} |`,
      "",
      toMarkdown([server.boot, server.rss.result, ...server.variants]),
      "",
      `boot samples (ms): ${server.boot.samples.map((v) => v.toFixed(0)).join(", ")}`,
    )
  }
  return lines.join("\n")
}

/** Writes `bench/results/http-latest.json` and `http-latest.md`. */
export function writeHttpResults(
  dir: URL,
  comparisons: HttpComparison[],
  server: ServerCases | undefined,
  settings: HttpSettings,
): void {
  mkdirSync(dir, { recursive: true })
  const at = new Date().toISOString()
  const json = {
    at,
    machine: machine(),
    ...settings,
    serverLogLevel: SERVER_LOG_LEVEL,
    database: databaseLabel(),
    pgOptions: process.env.PGOPTIONS,
    comparisons: comparisons.map((c) => ({ ...c, ratio: c.stratum.rps / c.raw.rps })),
    reference: server && {
      loads: server.rss.loads,
      peakRssMb: server.rss.peakRssMb,
      bootMs: server.boot.samples,
      bootMedianMs: server.boot.stratum.median,
      variants: server.variants,
    },
  }
  writeFileSync(new URL("http-latest.json", dir), JSON.stringify(json, null, 2) + "\n")
  writeFileSync(
    new URL("http-latest.md", dir),
    `Measured ${at} on ${machine()}.\n\n${httpMarkdown(comparisons, server, settings)}\n`,
  )
}
