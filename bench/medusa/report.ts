import { mkdirSync, writeFileSync } from "node:fs"
import { machine } from "../lib/report.js"
import type { Summary } from "../lib/stats.js"

export interface MedusaCaseResult {
  case: string
  stratum: Summary
  medusa: Summary
  /** The hand-written SQL limit of `npm run bench`, timed in the same interleaving. */
  sql?: Summary
  /**
   * Reads only: the same three contenders timed again alternating call by call (Stratum, Medusa,
   * SQL, then SQL, Medusa, Stratum, ...), where every call follows another contender's.
   */
  perCall?: { stratum: Summary; medusa: Summary; sql: Summary }
  stratumStatements: number
  medusaStatements: number
  /** How many times faster than Medusa Stratum must be (issue 8), when the case has a target. */
  target?: number
  note?: string
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "-")

/** Medusa median over Stratum median: how many times faster Stratum is. */
export function speedup(result: MedusaCaseResult): number {
  return result.medusa.median / result.stratum.median
}

export function toMarkdown(results: MedusaCaseResult[]): string {
  const header =
    "| case | Stratum median ms | Stratum p90 ms | Medusa median ms | Medusa p90 ms | Stratum vs Medusa | target | SQL limit median ms | SQL limit vs Medusa | alternating call by call: Stratum / Medusa / SQL ms, Stratum vs Medusa | statements/call Stratum | statements/call Medusa | runs |"
  const rule = "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  const rows = results.map((r) => {
    const ratio = speedup(r)
    const target = r.target === undefined ? "-" : `>= ${r.target}x ${ratio >= r.target ? "met" : "missed"}`
    const perCall = r.perCall
      ? `${ms(r.perCall.stratum.median)} / ${ms(r.perCall.medusa.median)} / ${ms(r.perCall.sql.median)}, ${(r.perCall.medusa.median / r.perCall.stratum.median).toFixed(1)}x`
      : "-"
    return `| ${r.case}${r.note ? ` (${r.note})` : ""} | ${ms(r.stratum.median)} | ${ms(r.stratum.p90)} | ${ms(r.medusa.median)} | ${ms(r.medusa.p90)} | ${ratio.toFixed(1)}x faster | ${target} | ${r.sql ? ms(r.sql.median) : "-"} | ${r.sql ? `${(r.medusa.median / r.sql.median).toFixed(1)}x` : "-"} | ${perCall} | ${r.stratumStatements} | ${r.medusaStatements} | ${r.stratum.runs} |`
  })
  return [header, rule, ...rows].join("\n")
}

/** Writes `bench/results/medusa-latest.json` and `medusa-latest.md`. */
export function writeMedusaResults(
  dir: URL,
  results: MedusaCaseResult[],
  extra: Record<string, unknown>,
  notes: string[],
): void {
  mkdirSync(dir, { recursive: true })
  const at = new Date().toISOString()
  const withRatio = results.map((r) => ({ ...r, speedup: Number(speedup(r).toFixed(2)) }))
  writeFileSync(
    new URL("medusa-latest.json", dir),
    JSON.stringify({ at, machine: machine(), ...extra, results: withRatio, notes }, null, 2) + "\n",
  )
  writeFileSync(
    new URL("medusa-latest.md", dir),
    `Measured ${at} on ${machine()} with \`npm run bench:medusa\`.\n\n${toMarkdown(results)}\n\n${notes.map((n) => `- ${n}`).join("\n")}\n`,
  )
}
