/** Where progress lines go (process.stderr by default). */
export interface ProgressOutput {
  write(line: string): unknown
}

/** Reports seed steps, one line each. */
export interface Progress {
  /** Runs one step and prints `[3/11] ██████░░░░ products: 4,000 new rows (120 ms)`; resolves to the new rows. */
  step(label: string, run: () => Promise<number>): Promise<number>
  /** Prints a line for a step that only reports (`[11/11] ██████████ reviews: ...`). */
  note(label: string, message: string): void
}

const WIDTH = 20

function bar(done: number, total: number): string {
  const filled = Math.round((done / total) * WIDTH)
  return "█".repeat(filled) + "░".repeat(WIDTH - filled)
}

/**
 * A progress reporter for `total` steps: a bar and a line per finished step, on stderr by default so
 * that stdout stays free for whatever the caller prints.
 *
 * @example
 * const progress = createProgress(2)
 * await progress.step("regions", () => insertRegions(manager, regions))
 * // [1/2] ██████████░░░░░░░░░░ regions: 8 new rows (4 ms)
 */
export function createProgress(total: number, output: ProgressOutput = process.stderr): Progress {
  let done = 0
  const width = String(total).length
  const line = (label: string, message: string) => {
    done++
    output.write(`[${String(done).padStart(width)}/${total}] ${bar(done, total)} ${label}: ${message}\n`)
  }
  return {
    async step(label, run) {
      const started = performance.now()
      const inserted = await run()
      const ms = Math.round(performance.now() - started)
      line(label, `${inserted === 0 ? "already present" : `${inserted.toLocaleString("en-US")} new rows`} (${ms} ms)`)
      return inserted
    },
    note: line,
  }
}
