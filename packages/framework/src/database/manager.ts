import type { SqlEntityManager } from "@mikro-orm/sql"
import type { Transaction } from "kysely"
import { ambientTransaction, runInTransaction } from "./ambient-transaction.js"
import type { Database } from "./database.js"
import { toMedusaError } from "./error-converter.js"
import { runStatement, type KyselyRunner } from "./sql-executor.js"

export type IsolationLevel = "read uncommitted" | "read committed" | "repeatable read" | "serializable"

export interface TransactionOptions {
  isolationLevel?: IsolationLevel
}

const ISOLATION_LEVELS: readonly IsolationLevel[] = [
  "read uncommitted",
  "read committed",
  "repeatable read",
  "serializable",
]

/**
 * The guide's `manager`: raw SQL with `$1` placeholders, callback transactions, `nativeDelete`,
 * and the MikroORM entity manager underneath. A manager bound to a transaction runs everything
 * in it; the root manager joins the ambient transaction of the current async flow, if any.
 *
 * @example
 * const manager = container.resolve("manager")
 * const rows = await manager.query("select count(*) as n from orders where status = $1", ["completed"])
 * await manager.transaction(async (tm) => {
 *   await tm.query("update orders set status = $1 where id = $2", ["shipped", id])
 * })
 */
export class Manager {
  constructor(
    readonly database: Database,
    private readonly boundEm?: SqlEntityManager,
    private readonly boundTransaction?: Transaction<unknown>,
  ) {}

  /** The manager that statements go through right now: this one if bound, else the ambient transaction's. */
  get active(): Manager {
    if (this.boundTransaction) return this
    const ambient = ambientTransaction<Manager>()
    return ambient && ambient.database === this.database ? ambient : this
  }

  /** Whether statements run inside a transaction (bound or ambient). */
  get isInTransaction(): boolean {
    return this.active.boundTransaction !== undefined
  }

  /** The MikroORM entity manager: the transaction's when inside one, a fork of the root otherwise. */
  get em(): SqlEntityManager {
    const active = this.active
    return active.boundEm ?? this.database.em.fork()
  }

  /** The Kysely runner for raw statements (the transaction when inside one). */
  get runner(): KyselyRunner {
    return this.active.boundTransaction ?? this.database.kysely
  }

  /**
   * Runs one SQL statement with `$1, $2, ...` placeholders and returns its rows.
   *
   * @example
   * await manager.query("select id from products where title ilike $1", ["%shirt%"])
   */
  query<TRow = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<TRow[]> {
    if (typeof sql !== "string" || sql.trim() === "") {
      return Promise.reject(new TypeError("manager.query expects a SQL string as its first argument"))
    }
    if (!Array.isArray(params)) {
      return Promise.reject(
        new TypeError("manager.query expects its parameters as an array for $1, $2, ... placeholders"),
      )
    }
    return runStatement<TRow>(this.runner, sql, params)
  }

  /**
   * Runs `cb` in a transaction: committed when it resolves, rolled back when it throws. Inside a
   * transaction already, `cb` joins it. `cb` gets a manager bound to the transaction, and the
   * transaction is ambient for everything `cb` awaits.
   */
  async transaction<T>(cb: (transactionManager: Manager) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (options.isolationLevel !== undefined && !ISOLATION_LEVELS.includes(options.isolationLevel)) {
      throw new TypeError(
        `Unknown isolationLevel "${String(options.isolationLevel)}"; allowed: ${ISOLATION_LEVELS.join(", ")}`,
      )
    }
    const active = this.active
    if (active.boundTransaction) return cb(active)
    try {
      return await this.database.em.fork().transactional(
        async (trxEm) => {
          const transaction = trxEm.getTransactionContext<Transaction<unknown>>()
          if (!transaction) throw new Error("MikroORM opened no transaction context")
          const bound = new Manager(this.database, trxEm as SqlEntityManager, transaction)
          return runInTransaction(bound, () => cb(bound))
        },
        { isolationLevel: options.isolationLevel as never },
      )
    } catch (error) {
      throw toMedusaError(error)
    }
  }

  /**
   * Deletes rows for good, bypassing soft delete (the guide's `permanentlyDeletePost`).
   *
   * @example
   * await transactionManager.nativeDelete("BlogPost", { id })
   */
  async nativeDelete(entityName: string, where: Record<string, unknown>): Promise<number> {
    try {
      const em = this.em
      const meta = em.getMetadata().getByClassName(entityName, false)
      if (!meta) {
        const known = [...em.getMetadata().getAll().values()].map((m) => m.className).sort()
        throw new TypeError(
          `Unknown entity "${entityName}" in nativeDelete; known entities: ${known.join(", ") || "none"}`,
        )
      }
      return await em.nativeDelete(meta.class, where as never)
    } catch (error) {
      throw toMedusaError(error)
    }
  }

  /** The MikroORM entity manager, for anything the facade does not cover. */
  getEntityManager(): SqlEntityManager {
    return this.em
  }
}
