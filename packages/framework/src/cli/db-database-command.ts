import pg from "pg"
import { describeTarget, parseConnectionUrl, toConnectionUrl, withDatabase } from "../database/connection-target.js"
import { toConnectionError } from "../database/connection-error.js"
import { loadConfig } from "./load-config.js"
import { databaseTargets } from "./db-targets.js"

const PROTECTED = new Set(["postgres", "template0", "template1"])

async function onServer<T>(url: string, fn: (client: pg.Client, database: string) => Promise<T>): Promise<T> {
  const target = parseConnectionUrl(url)
  const maintenance = withDatabase(target, "postgres")
  const client = new pg.Client({ connectionString: toConnectionUrl(maintenance) })
  client.on("error", () => undefined)
  try {
    await client.connect()
  } catch (error) {
    throw toConnectionError(error, maintenance)
  }
  try {
    return await fn(client, target.database)
  } finally {
    await client.end()
  }
}

async function exists(client: pg.Client, database: string): Promise<boolean> {
  const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
  return (rowCount ?? 0) > 0
}

async function createDatabase(url: string): Promise<string> {
  return onServer(url, async (client, database) => {
    const where = describeTarget(parseConnectionUrl(url))
    if (await exists(client, database)) return `Database ${where} already exists`
    await client.query(`create database ${pg.escapeIdentifier(database)}`)
    return `Created database ${where}`
  })
}

async function dropDatabase(url: string, force: boolean): Promise<string> {
  return onServer(url, async (client, database) => {
    const where = describeTarget(parseConnectionUrl(url))
    if (PROTECTED.has(database)) throw new Error(`Refusing to drop ${where}: "${database}" is a system database`)
    if (!(await exists(client, database))) return `Database ${where} does not exist`
    try {
      await client.query(`drop database ${pg.escapeIdentifier(database)}${force ? " with (force)" : ""}`)
    } catch (error) {
      if ((error as { code?: string }).code === "55006") {
        throw new Error(`Cannot drop ${where}: other sessions are connected; stop them or pass --force`, {
          cause: error,
        })
      }
      throw error
    }
    return `Dropped database ${where}`
  })
}

/**
 * `stratum db:create` / `stratum db:drop [--force]`: creates or drops the configured database (and
 * the separate databases of modules). Creating an existing database or dropping a missing one is
 * reported and succeeds.
 *
 * @example
 * // $ stratum db:create
 * // Created database postgres@127.0.0.1:5432/shop
 */
export async function dbDatabaseCommand(
  action: "create" | "drop",
  configPath: string | undefined,
  force: boolean,
): Promise<number> {
  const { config } = await loadConfig(configPath)
  const { urls, embedded } = await databaseTargets(config)
  try {
    for (const url of urls)
      console.log(action === "create" ? await createDatabase(url) : await dropDatabase(url, force))
    return 0
  } finally {
    await embedded?.stop()
  }
}
