import { summarize, type Summary } from "./stats.js"

export interface Contender {
  name: string
  run: () => Promise<unknown>
}

export interface InterleaveOptions {
  warmup: number
  runs: number
  /**
   * Consecutive runs of one contender before the next one's turn (default 1: A, B, A, B, ...).
   * With 10, each contender runs 10 times in a row (A x10, B x10, then B x10, A x10, ...): the
   * turns still alternate, so drifting machine noise hits them alike, but most runs follow a run
   * of the same contender instead of another one's.
   */
  block?: number
}

/**
 * Times contenders in alternation (A, B, A, B, ...; or in blocks, see `block`) after a warm-up, so
 * machine noise hits them alike; returns each one's milliseconds summary. `runs` is per contender.
 */
export async function interleave(contenders: Contender[], options: InterleaveOptions): Promise<Map<string, Summary>> {
  const block = Math.max(1, Math.floor(options.block ?? 1))
  for (let i = 0; i < options.warmup; i++) for (const contender of contenders) await contender.run()
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]))
  for (let turn = 0; turn * block < options.runs; turn++) {
    const order = turn % 2 === 0 ? contenders : [...contenders].reverse()
    const size = Math.min(block, options.runs - turn * block)
    for (const contender of order) {
      for (let i = 0; i < size; i++) {
        const started = performance.now()
        await contender.run()
        samples.get(contender.name)?.push(performance.now() - started)
      }
    }
  }
  return new Map([...samples].map(([name, values]) => [name, summarize(values)]))
}
