// Starts the embedded PostgreSQL once for the whole test run (unless DATABASE_URL is set) and
// hands its URL to every test process.
import { startEmbeddedServer } from "@stratum/framework/testing"

let server

export async function globalSetup() {
  if (process.env.DATABASE_URL) return
  server = await startEmbeddedServer(".stratum/test-postgres")
  process.env.STRATUM_TEST_SERVER_URL = server.url
}

export async function globalTeardown() {
  await server?.stop()
}
