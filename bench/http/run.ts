// npm run bench:http: Stratum's HTTP server against a minimal node http + pg server returning the same
// JSON, under autocannon on loopback; then the reference server's cold boot (f) and peak RSS (g).
import { deepStrictEqual } from "node:assert/strict"
import { fileURLToPath } from "node:url"
import { bootCase } from "../cases/boot.js"
import { HTTP_PATHS, rssCase } from "../cases/rss.js"
import { machine } from "../lib/report.js"
import { setupStratum } from "../lib/stratum-app.js"
import { getText, peakRssMb, startServerChild, type ServerChild } from "./children.js"
import { combine, load, type LoadResult } from "./load.js"
import { SERVER_LOG_LEVEL } from "./reference-server.js"
import { httpMarkdown, writeHttpResults, type HttpComparison } from "./report.js"

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 2000)
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 20)
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 4)
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10)
// Under -c 10 on 2 cores a freshly started server ramps up for seconds (most likely its JIT
// competing with the load for the cores): the raw handler reaches its steady rate within 4 s,
// Stratum's within 7-8 s.
const WARMUP = Number(process.env.BENCH_HTTP_WARMUP ?? 8)
const REFERENCE = process.env.BENCH_HTTP_REFERENCE !== "0"
const PROFILES = new URL("../.stratum/profiles/", import.meta.url)

type PathKey = keyof typeof HTTP_PATHS

async function fetchJson(url: string): Promise<unknown> {
  const { status, body } = await getText(url)
  if (status !== 200) throw new Error(`GET ${url} answered ${status}: ${body}`)
  return JSON.parse(body)
}

/** Both servers must answer every path with the same JSON, or the comparison means nothing. */
async function assertSameJson(a: ServerChild, b: ServerChild): Promise<void> {
  for (const path of Object.values(HTTP_PATHS)) {
    const [left, right] = await Promise.all([fetchJson(a.url + path), fetchJson(b.url + path)])
    deepStrictEqual(left, right, `${a.name} and ${b.name} answer GET ${path} differently`)
  }
}

/**
 * Loads each path on each server in alternation (A, B then B, A per round), `SECONDS / ROUNDS` per
 * run, after an untimed warm-up; returns each server's combined result per path.
 */
async function measure(servers: ServerChild[]): Promise<Map<string, Record<PathKey, LoadResult>>> {
  const options = { connections: CONNECTIONS, seconds: SECONDS / ROUNDS }
  const runs = new Map(servers.map((s) => [s.name, { list: [], detail: [] } as Record<PathKey, LoadResult[]>]))
  for (const key of Object.keys(HTTP_PATHS) as PathKey[]) {
    for (const server of servers)
      await load(server.url + HTTP_PATHS[key], { connections: CONNECTIONS, seconds: WARMUP })
    for (let round = 0; round < ROUNDS; round++) {
      for (const server of round % 2 === 0 ? servers : [...servers].reverse()) {
        const result = await load(server.url + HTTP_PATHS[key], options)
        if (result.failures > 0)
          throw new Error(`${server.name}: ${result.failures} failed requests on ${HTTP_PATHS[key]}`)
        runs.get(server.name)![key].push(result)
      }
    }
  }
  return new Map(
    [...runs].map(([name, byPath]) => [name, { list: combine(byPath.list), detail: combine(byPath.detail) }]),
  )
}

console.log(
  `Seeding ${PRODUCTS} products x 3 variants on ${process.env.DATABASE_URL ? "DATABASE_URL" : "the embedded PostgreSQL"} (${machine()})`,
)
const { app, close } = await setupStratum(PRODUCTS)
const servers: ServerChild[] = []
try {
  const env = { DATABASE_URL: app.databaseUrl, NODE_ENV: "production", LOG_LEVEL: SERVER_LOG_LEVEL }
  // BENCH_HTTP_PROFILE=1: V8 CPU profiles of both servers in bench/.stratum/profiles (open in Chrome DevTools).
  const profile = process.env.BENCH_HTTP_PROFILE === "1"
  const args = (name: string) =>
    profile ? ["--cpu-prof", `--cpu-prof-dir=${fileURLToPath(PROFILES)}`, `--cpu-prof-name=${name}.cpuprofile`] : []
  servers.push(await startServerChild("stratum", new URL("./stratum-server.ts", import.meta.url), env, args("stratum")))
  servers.push(await startServerChild("raw", new URL("./raw-server.ts", import.meta.url), env, args("raw")))
  await assertSameJson(servers[0]!, servers[1]!)
  console.log(
    `Both servers answer the same JSON; autocannon -c ${CONNECTIONS}, ${SECONDS} s per server and path in ${ROUNDS} alternating runs`,
  )
  const measured = await measure(servers)
  const peaks = Object.fromEntries(
    await Promise.all(servers.map(async (s) => [s.name, (await peakRssMb(s.child.pid as number)) ?? Number.NaN])),
  ) as Record<string, number>
  for (const server of servers) await server.stop()
  const comparisons: HttpComparison[] = (Object.keys(HTTP_PATHS) as PathKey[]).map((key) => ({
    request: `GET ${HTTP_PATHS[key]}`,
    stratum: measured.get("stratum")![key],
    raw: measured.get("raw")![key],
  }))
  const loadOptions = { seconds: SECONDS, connections: CONNECTIONS, rounds: ROUNDS }
  const settings = { products: PRODUCTS, seconds: SECONDS, rounds: ROUNDS, connections: CONNECTIONS, peaks }
  console.log(`\n${httpMarkdown(comparisons, undefined, settings)}\n`)
  let server: Parameters<typeof httpMarkdown>[1]
  if (REFERENCE) {
    console.log("Reference server (apps/server): cold boots, then its own routes under the same load")
    const boot = await bootCase(PRODUCTS)
    const rss = await rssCase(PRODUCTS, loadOptions)
    // Informative: the same server run from its TypeScript sources through tsx (`npm run dev`).
    const variants = [
      await bootCase(PRODUCTS, 5, { tsx: true, label: "(f') cold boot, TypeScript sources through tsx (npm run dev)" }),
      (await rssCase(PRODUCTS, loadOptions, { tsx: true, label: "(g') peak RSS, through tsx (npm run dev)" })).result,
    ]
    server = { boot, rss, variants }
  }
  if (server) console.log(`\n${httpMarkdown(comparisons, server, settings)}`)
  writeHttpResults(new URL("../results/", import.meta.url), comparisons, server, settings)
} finally {
  for (const server of servers) await server.stop()
  await close()
}
