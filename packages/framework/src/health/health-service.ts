import type { Manager } from "../database/manager.js"
import type { PoolStats } from "../database/pool.js"

export interface HealthReport {
  status: "healthy" | "unhealthy"
  details: {
    connection?: "active"
    transactions?: "working"
    latency_ms?: number
    pool: PoolStats & { max: number }
    error?: string
    timestamp: string
  }
}

function withTimeout<T>(promise: Promise<T>, millis: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${millis} ms`)), millis)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * The guide's database health check: `SELECT 1`, then a transaction round trip, timed, with the
 * pool's state. Never throws: a failure is an `unhealthy` report carrying the message.
 *
 * @example
 * const report = await container.resolve("healthService").checkHealth()
 * if (report.status !== "healthy") console.error(report.details.error)
 */
export class DatabaseHealthService {
  readonly #manager: Manager
  readonly #timeoutMillis: number

  constructor({ manager }: { manager: Manager }, timeoutMillis = 5_000) {
    this.#manager = manager
    this.#timeoutMillis = timeoutMillis
  }

  #pool(): HealthReport["details"]["pool"] {
    const database = this.#manager.database
    return { ...database.poolStats(), max: database.pool.options.max }
  }

  async checkHealth(): Promise<HealthReport> {
    const started = performance.now()
    try {
      const pool = this.#pool()
      if (pool.idle === 0 && pool.total >= pool.max && pool.waiting > 0) {
        throw new Error(
          `the connection pool is exhausted: ${pool.total} of ${pool.max} connections in use, ${pool.waiting} callers waiting`,
        )
      }
      const check = async () => {
        await this.#manager.query("SELECT 1 as health_check")
        await this.#manager.transaction(async (transactionManager) => {
          await transactionManager.query("SELECT 1")
        })
      }
      await withTimeout(check(), this.#timeoutMillis, "the database")
      return {
        status: "healthy",
        details: {
          connection: "active",
          transactions: "working",
          latency_ms: Math.round((performance.now() - started) * 100) / 100,
          pool: this.#pool(),
          timestamp: new Date().toISOString(),
        },
      }
    } catch (error) {
      return {
        status: "unhealthy",
        details: {
          error: error instanceof Error ? error.message : String(error),
          pool: this.#pool(),
          timestamp: new Date().toISOString(),
        },
      }
    }
  }
}
