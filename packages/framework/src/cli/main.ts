#!/usr/bin/env node
import { dirname } from "node:path"
import { parseCliArgs, type CliArgs } from "./cli-args.js"
import { dbDatabaseCommand } from "./db-database-command.js"
import { dbGenerateCommand } from "./db-generate-command.js"
import { dbMigrateCommand } from "./db-migrate-command.js"
import { dbRollbackCommand } from "./db-rollback-command.js"
import { dbStatusCommand } from "./db-status-command.js"
import { ensureTypeScriptLoader } from "../migrations/typescript-loader.js"
import { healthCommand } from "./health-command.js"
import { loadConfig } from "./load-config.js"
import { dbSeedCommand } from "./seed-command.js"
import { typesCommand } from "./types-command.js"

const USAGE = `Usage: stratum <command> [arguments] [--config <file>]

Commands:
  health                         check the database (SELECT 1 and a transaction round trip); exit 0 when healthy
  db:migrate                     apply every pending migration of every module, in order, each in its own transaction
  db:rollback [module] [--steps N]
                                 revert the N (default 1) most recent migrations, of that module when given
  db:generate <module...>        write a migration with the difference between the module's models and the database
  db:status                      applied and pending migrations, and drift between models and database, per module
  db:seed                        run the seed module that projectConfig.seed names (after db:migrate)
  db:create                      create the configured database
  db:drop [--force]              drop the configured database (--force disconnects other sessions)
  types [file]                   write stratum-env.d.ts: declarations that make generated service methods overridable

The configuration is --config <file>, else stratum.config.{ts,js,mjs} in the working directory.`

function run(args: CliArgs): Promise<number> {
  const { command, positionals, config } = args
  const extra = (allowed: number) => {
    if (positionals.length > allowed) throw new Error(`Unexpected argument "${positionals[allowed]}" for ${command}`)
  }
  switch (command) {
    case "health":
      extra(0)
      return loadConfig(config).then((loaded) =>
        healthCommand(loaded.config, loaded.path === undefined ? process.cwd() : dirname(loaded.path)),
      )
    case "db:migrate":
      extra(0)
      return dbMigrateCommand(config)
    case "db:rollback":
      extra(1)
      return dbRollbackCommand(config, positionals[0], args.steps)
    case "db:generate":
      return dbGenerateCommand(config, positionals)
    case "db:status":
      extra(0)
      return dbStatusCommand(config)
    case "db:seed":
      extra(0)
      return dbSeedCommand(config)
    case "db:create":
    case "db:drop":
      extra(0)
      return dbDatabaseCommand(command === "db:create" ? "create" : "drop", config, args.force)
    case "types":
      extra(1)
      return typesCommand(config, positionals[0])
    case undefined:
      console.log(USAGE)
      return Promise.resolve(1)
    case "help":
      console.log(USAGE)
      return Promise.resolve(0)
    default:
      console.error(`Unknown command "${command}"; run stratum help for the list`)
      return Promise.resolve(1)
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\s*\n\s*/g, " ")
}

// Projects, their modules and migrations are TypeScript: load them through tsx whatever the config file is.
ensureTypeScriptLoader()
  .then(() => run(parseCliArgs(process.argv.slice(2))))
  .then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Error: ${oneLine(error)}`)
      if (process.env.STRATUM_DEBUG) console.error(error)
      process.exit(1)
    },
  )
