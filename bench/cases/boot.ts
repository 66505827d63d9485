import { bootReference, prepareReference, type ReferenceStart } from "../http/reference-server.js"
import type { CaseResult } from "../lib/report.js"
import { summarize } from "../lib/stats.js"

/** Target of case (f), in milliseconds. */
export const BOOT_TARGET_MS = 1000

/**
 * (f) Cold boot to ready: spawns the reference server (the node command of its `start` script,
 * STRATUM_SEED=false) on its warm embedded data folder and times spawn -> first 200 of
 * /health/ready, `boots` times (each server stopped before the next). The folder is migrated and
 * seeded first, untimed. The process and its PostgreSQL start cold each time; the OS file cache and
 * Node's compile cache are warm, as on any restart.
 */
export async function bootCase(
  products: number,
  boots = 5,
  start: ReferenceStart & { label?: string } = {},
): Promise<CaseResult & { samples: number[] }> {
  await prepareReference(products)
  const samples: number[] = []
  for (let i = 0; i < boots; i++) {
    const server = await bootReference(start)
    samples.push(server.bootMs)
    await server.stop()
  }
  const stratum = summarize(samples)
  const verdict =
    stratum.median <= BOOT_TARGET_MS ? "met" : `missed by ${(stratum.median - BOOT_TARGET_MS).toFixed(0)} ms`
  return {
    case: start.label ?? "(f) cold boot to ready, warm data folder",
    stratum,
    statementsPerCall: Number.NaN,
    note: `median of ${boots} boots; target <= ${BOOT_TARGET_MS} ms: ${verdict}`,
    samples,
  }
}
