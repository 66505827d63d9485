import { summarize, type Summary } from "./stats.js"

export interface Contender {
  name: string
  run: () => Promise<unknown>
}

export interface InterleaveOptions {
  warmup: number
  runs: number
}

/**
 * Times contenders in alternation (A, B, A, B, ...) after a warm-up, so machine noise hits them
 * alike; returns each one's milliseconds summary.
 */
export async function interleave(contenders: Contender[], options: InterleaveOptions): Promise<Map<string, Summary>> {
  for (let i = 0; i < options.warmup; i++) for (const contender of contenders) await contender.run()
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]))
  for (let i = 0; i < options.runs; i++) {
    const order = i % 2 === 0 ? contenders : [...contenders].reverse()
    for (const contender of order) {
      const started = performance.now()
      await contender.run()
      samples.get(contender.name)?.push(performance.now() - started)
    }
  }
  return new Map([...samples].map(([name, values]) => [name, summarize(values)]))
}
