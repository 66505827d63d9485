import type { PoolOptions } from "./pool-options.js"

/** Receives every statement when `debug` is on: SQL, parameters and duration in one line. */
export type StatementLogger = (message: string) => void

export interface DatabaseExtra {
  pool?: PoolOptions
  /** Log every statement with its parameters and duration. */
  debug?: boolean
  /** Where debug lines go; the application logger when absent. */
  logger?: StatementLogger
  /**
   * PostgreSQL's JIT compilation in this application's sessions. Default false: connections open with
   * `-c jit=off`, because JIT compiles each execution of a costly-looking statement anew (a 300-product graph
   * page took 190 ms instead of 30 on a JIT-enabled server). True keeps the server's setting (needed behind
   * poolers that refuse startup options).
   */
  jit?: boolean
}

export interface HttpConfig {
  /** Largest accepted request body, in bytes or as "1mb". Default "1mb". */
  bodyLimit?: string | number
  /** Bearer tokens accepted on /admin routes; `STRATUM_ADMIN_TOKEN` (comma-separated) when absent. */
  adminTokens?: string[]
  /** Allowed origins per namespace ("*" or a comma-separated list). */
  storeCors?: string
  adminCors?: string
}

export interface ProjectConfig {
  /** PostgreSQL URL; `DATABASE_URL` when absent; an embedded server when both are absent. */
  databaseUrl?: string | undefined
  databaseExtra?: DatabaseExtra
  /** Where the embedded server keeps its data. Default `.stratum/postgres` under the working directory. */
  embeddedDataDir?: string
  http?: HttpConfig
  /**
   * The module `stratum db:seed` runs, relative to the configuration file (e.g. `"./src/seed/index.ts"`):
   * its default export (or `seed` export) is called with `{ container, manager, logger }`.
   */
  seed?: string
}

/** A module given by path: `{ resolve: "./src/modules/blog" }`, with optional options and database. */
export interface ModuleReference {
  resolve: string | object
  options?: Record<string, unknown>
  /** A separate database for this module: its graph joins then run in memory. */
  database?: { url: string }
}

export type ModuleEntry = object | ModuleReference

export interface StratumConfigInput {
  projectConfig?: ProjectConfig
  modules?: ModuleEntry[] | Record<string, ModuleEntry | boolean>
  links?: object[]
}
