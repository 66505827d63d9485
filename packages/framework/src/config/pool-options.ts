/** Connection pool settings, with the names the guide's `databaseExtra.pool` uses. */
export interface PoolOptions {
  /** Connections kept open even when idle, opened at start-up. Default 2. */
  min?: number
  /** Most connections open at once. Default 10. */
  max?: number
  /** How long a caller waits for a free connection before failing. Default 30000. */
  acquireTimeoutMillis?: number
  /** How long opening one connection may take before it counts as failed. Default 30000. */
  createTimeoutMillis?: number
  /** How long closing one connection may take before its socket is cut. Default 5000. */
  destroyTimeoutMillis?: number
  /** How long a connection may sit idle (above `min`) before it is closed. Default 30000. */
  idleTimeoutMillis?: number
  /** How often idle connections are checked against `idleTimeoutMillis`. Default 1000. */
  reapIntervalMillis?: number
  /** Pause between attempts when the database cannot be reached. Default 200. */
  createRetryIntervalMillis?: number
}

export type ResolvedPoolOptions = Required<PoolOptions>

export const POOL_DEFAULTS: ResolvedPoolOptions = {
  min: 2,
  max: 10,
  acquireTimeoutMillis: 30_000,
  createTimeoutMillis: 30_000,
  destroyTimeoutMillis: 5_000,
  idleTimeoutMillis: 30_000,
  reapIntervalMillis: 1_000,
  createRetryIntervalMillis: 200,
}

export const POOL_KEYS = Object.keys(POOL_DEFAULTS) as (keyof PoolOptions)[]
