#!/usr/bin/env node
import { healthCommand } from "./health-command.js"
import { loadConfig } from "./load-config.js"

const USAGE = `Usage: stratum <command> [--config <file>]

Commands:
  health    check the database (SELECT 1 and a transaction round trip); exit 0 when healthy, 1 otherwise`

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  const configIndex = rest.indexOf("--config")
  const configPath = configIndex >= 0 ? rest[configIndex + 1] : undefined
  switch (command) {
    case "health": {
      const { config } = await loadConfig(configPath)
      return healthCommand(config)
    }
    case undefined:
    case "help":
    case "--help":
      console.log(USAGE)
      return command === undefined ? 1 : 0
    default:
      console.error(`Unknown command "${command}".\n${USAGE}`)
      return 1
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
