import { mkdirSync, writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import type { Summary } from "./stats.js"

export interface CaseResult {
  case: string
  stratum: Summary
  /** The hand-written SQL limit measured in the same run, when the case has one. */
  baseline?: Summary
  statementsPerCall: number
  baselineStatements?: number
  note?: string
  /** Unit of the Stratum columns when not milliseconds (e.g. "MB" for peak RSS); printed after each value. */
  unit?: string
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "-")
const valueIn = (value: number, unit: string | undefined) => (unit ? `${value.toFixed(0)} ${unit}` : ms(value))

/** Renders the results as a markdown table (also printed to the console). */
export function toMarkdown(results: CaseResult[]): string {
  const header = "| case | Stratum median ms | Stratum p90 ms | hand-written SQL median ms | ratio | statements/call |"
  const rule = "| --- | ---: | ---: | ---: | ---: | ---: |"
  const rows = results.map((r) => {
    const ratio = r.baseline ? (r.stratum.median / r.baseline.median).toFixed(2) + "x" : "-"
    const statements = !Number.isFinite(r.statementsPerCall)
      ? "-"
      : r.baselineStatements === undefined
        ? `${r.statementsPerCall}`
        : `${r.statementsPerCall} (SQL: ${r.baselineStatements})`
    return `| ${r.case}${r.note ? ` (${r.note})` : ""} | ${valueIn(r.stratum.median, r.unit)} | ${valueIn(r.stratum.p90, r.unit)} | ${r.baseline ? ms(r.baseline.median) : "-"} | ${ratio} | ${statements} |`
  })
  return [header, rule, ...rows].join("\n")
}

export function machine(): string {
  const cpu = cpus()
  return `${cpu.length} cores (${cpu[0]?.model ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
}

/** Writes `bench/results/latest.json` and `latest.md`. */
export function writeResults(dir: URL, results: CaseResult[], extra: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true })
  const at = new Date().toISOString()
  writeFileSync(
    new URL("latest.json", dir),
    JSON.stringify({ at, machine: machine(), ...extra, results }, null, 2) + "\n",
  )
  writeFileSync(new URL("latest.md", dir), `Measured ${at} on ${machine()}.\n\n${toMarkdown(results)}\n`)
}
