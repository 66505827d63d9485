import { parseArgs } from "node:util"

/** A parsed command line: the command, its positionals and the flags every db command understands. */
export interface CliArgs {
  command: string | undefined
  positionals: string[]
  config: string | undefined
  steps: number | undefined
  force: boolean
}

/**
 * Parses `stratum <command> [args] [--config <file>] [--steps N] [--force]`. An unknown flag or a
 * bad `--steps` value fails with a message saying what is allowed.
 *
 * @example
 * parseCliArgs(["db:rollback", "blog", "--steps", "2"]) // { command: "db:rollback", positionals: ["blog"], steps: 2, ... }
 */
export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: "string" },
      steps: { type: "string" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  })
  const [command, ...rest] = values.help ? ["help"] : positionals
  let steps: number | undefined
  if (values.steps !== undefined) {
    steps = Number(values.steps)
    if (!/^\d+$/.test(values.steps) || steps < 1) {
      throw new Error(`--steps must be a positive integer, got "${values.steps}"`)
    }
  }
  return { command, positionals: rest, config: values.config, steps, force: values.force }
}
