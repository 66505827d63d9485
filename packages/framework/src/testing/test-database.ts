import { createHash, randomBytes } from "node:crypto"
import pg from "pg"
import { parseConnectionUrl, toConnectionUrl, withDatabase } from "../database/connection-target.js"

/** Prepares the schema of a template database (runs migrations or creates tables from models). */
export type SchemaPreparer = (templateUrl: string) => Promise<void>

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  client.on("error", () => undefined)
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const READY = "stratum template ready"

/**
 * Makes sure the template database for `signature` exists and holds the prepared schema; built
 * once per schema under an advisory lock, so parallel test processes share it.
 */
async function ensureTemplate(serverUrl: string, signature: string, prepare: SchemaPreparer): Promise<string> {
  const name = `stratum_tpl_${createHash("sha256").update(signature).digest("hex").slice(0, 16)}`
  await withClient(serverUrl, async (client) => {
    await client.query("select pg_advisory_lock(hashtext($1))", [name])
    try {
      const { rows } = await client.query<{ comment: string | null }>(
        "select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1",
        [name],
      )
      if (rows[0]?.comment === READY) return
      if (rows.length) await client.query(`drop database ${pg.escapeIdentifier(name)} with (force)`)
      await client.query(`create database ${pg.escapeIdentifier(name)}`)
      await prepare(toConnectionUrl(withDatabase(parseConnectionUrl(serverUrl), name)))
      await client.query(`comment on database ${pg.escapeIdentifier(name)} is '${READY}'`)
    } finally {
      await client.query("select pg_advisory_unlock(hashtext($1))", [name])
    }
  })
  return name
}

export interface TestDatabase {
  url: string
  name: string
  drop(): Promise<void>
}

/**
 * A fresh database for one test app: a copy of the template for its schema (fast: PostgreSQL
 * copies files, nothing is re-run), dropped by `drop()`.
 */
export async function createTestDatabase(
  serverUrl: string,
  signature: string,
  prepare: SchemaPreparer,
): Promise<TestDatabase> {
  const template = await ensureTemplate(serverUrl, signature, prepare)
  const name = `stratum_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`
  await withClient(serverUrl, (client) =>
    client.query(`create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(template)}`),
  )
  const url = toConnectionUrl(withDatabase(parseConnectionUrl(serverUrl), name))
  return {
    url,
    name,
    drop: () =>
      withClient(serverUrl, (client) =>
        client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`),
      ).then(() => undefined),
  }
}
