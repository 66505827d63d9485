import { randomBytes } from "node:crypto"
import pg from "pg"

/** A uniquely named, freshly created database for one test file. */
export interface TestDatabase {
  readonly name: string
  readonly url: string
  drop(): Promise<void>
}

const serverUrl = (): string => process.env["DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/postgres"

/**
 * Creates `stratum_dml_<label>_<random>` on the `DATABASE_URL` server; `drop()` removes it.
 *
 * @example
 * const db = await createTestDatabase("schema");
 * after(() => db.drop());
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `stratum_dml_${label}_${randomBytes(4).toString("hex")}`
  const admin = new pg.Client({ connectionString: serverUrl() })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE "${name}"`)
  } finally {
    await admin.end()
  }
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  return {
    name,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl() })
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      } finally {
        await client.end()
      }
    },
  }
}
