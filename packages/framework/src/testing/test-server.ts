import { resolve } from "node:path"
import { startEmbeddedServer, type EmbeddedServer } from "../database/embedded/embedded-server.js"

let embedded: Promise<EmbeddedServer> | undefined

/** Data folder of the embedded server that test runs share (kept between runs). */
export const TEST_SERVER_DIR = resolve(".stratum", "test-postgres")

/**
 * The PostgreSQL server tests run against: `DATABASE_URL` when set, else the embedded test
 * server (started once per process unless a test run already shares one through
 * `STRATUM_TEST_SERVER_URL`).
 */
export async function testServerUrl(): Promise<string> {
  const url = process.env.DATABASE_URL || process.env.STRATUM_TEST_SERVER_URL
  if (url) return url
  embedded ??= startEmbeddedServer(TEST_SERVER_DIR)
  return (await embedded).url
}

/** The embedded test server, started if needed (tests that need password auth use it directly). */
export function embeddedTestServer(): Promise<EmbeddedServer> {
  embedded ??= startEmbeddedServer(TEST_SERVER_DIR)
  return embedded
}
