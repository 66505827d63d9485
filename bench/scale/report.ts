import { mkdirSync, writeFileSync } from "node:fs"
import { machine, type CaseResult } from "../lib/report.js"
import type { CountComparison } from "./count-cases.js"

/** Everything measured at one catalog size. */
export interface SizeResult {
  products: number
  seedSeconds: number
  indexSeconds: number
  runs: number
  cases: CaseResult[]
  counts: CountComparison[]
}

const ms = (value: number) => value.toFixed(2)
const n = (value: number) => value.toLocaleString("en-US")

/** (a)-(d) at every size: Stratum and the hand-written SQL medians, and the growth against the smallest size. */
function growthTable(sizes: SizeResult[]): string[] {
  const [base, ...larger] = sizes
  if (!base) return []
  const header = [
    "| case |",
    ...sizes.map((s) => ` ${n(s.products)}: Stratum / SQL ms |`),
    ...larger.map((s) => ` growth at ${n(s.products)}: Stratum / SQL |`),
  ].join("")
  const rule = `| --- |${" ---: |".repeat(sizes.length + larger.length)}`
  const rows = base.cases.map((c, index) => {
    const at = (s: SizeResult) => s.cases[index] as CaseResult
    const cells = sizes.map(
      (s) => ` ${ms(at(s).stratum.median)} / ${at(s).baseline ? ms(at(s).baseline!.median) : "-"} |`,
    )
    const growth = larger.map((s) => {
      const stratum = at(s).stratum.median / c.stratum.median
      const sql = at(s).baseline && c.baseline ? (at(s).baseline!.median / c.baseline.median).toFixed(1) + "x" : "-"
      return ` ${stratum.toFixed(1)}x / ${sql} |`
    })
    return `| ${c.case} |${cells.join("")}${growth.join("")}`
  })
  return [header, rule, ...rows]
}

/** Exact vs estimate per size. */
function countTable(sizes: SizeResult[]): string[] {
  const lines = [
    "| products | listing | exact median ms | estimate median ms | speed-up | exact count | estimated count | error |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ]
  for (const size of sizes) {
    for (const c of size.counts) {
      const error = ((c.estimatedCount - c.exactCount) / c.exactCount) * 100
      lines.push(
        `| ${n(size.products)} | ${c.case} | ${ms(c.exact.median)} | ${ms(c.estimate.median)} | ${(c.exact.median / c.estimate.median).toFixed(1)}x | ${n(c.exactCount)} | ${n(c.estimatedCount)} | ${error >= 0 ? "+" : ""}${error.toFixed(1)}% |`,
      )
    }
  }
  return lines
}

/** The scale report: seeding times, growth of (a)-(d), exact vs estimated counts. */
export function scaleMarkdown(sizes: SizeResult[]): string {
  const database = process.env.DATABASE_URL ? "DATABASE_URL" : "the embedded PostgreSQL"
  return [
    `On ${database}. Seeding (set-based generate_series inserts into unlogged tables, secondary indexes rebuilt once, analyzed):`,
    "",
    "| products | variants | prices | seed s | of which index rebuild s |",
    "| ---: | ---: | ---: | ---: | ---: |",
    ...sizes.map(
      (s) =>
        `| ${n(s.products)} | ${n(s.products * 3)} | ${n(s.products * 6)} | ${s.seedSeconds.toFixed(1)} | ${s.indexSeconds.toFixed(1)} |`,
    ),
    "",
    `Cases (a)-(d), medians of ${sizes.map((s) => `${s.runs}`).join(" / ")} interleaved runs:`,
    "",
    ...growthTable(sizes),
    "",
    'Counting: the default exact count against `count: "estimate"` (query.graph `pagination.count`, listAndCount `config.count`):',
    "",
    ...countTable(sizes),
  ].join("\n")
}

/** Writes `bench/results/scale-latest.json` and `scale-latest.md`. */
export function writeScaleResults(dir: URL, sizes: SizeResult[]): void {
  mkdirSync(dir, { recursive: true })
  const at = new Date().toISOString()
  writeFileSync(new URL("scale-latest.json", dir), JSON.stringify({ at, machine: machine(), sizes }, null, 2) + "\n")
  writeFileSync(new URL("scale-latest.md", dir), `Measured ${at} on ${machine()}.\n\n${scaleMarkdown(sizes)}\n`)
}
