import { AsyncLocalStorage } from "node:async_hooks"

/**
 * The transaction the current async flow runs in, whoever opened it (a decorator, `atomicPhase_`,
 * `manager.transaction`). Anything that runs a statement looks here first, so work started inside
 * a transaction joins it even when nobody passed the context along.
 */
const ambient = new AsyncLocalStorage<unknown>()

/** Runs `fn` with `transaction` as the ambient transaction. */
export function runInTransaction<TTransaction, TResult>(
  transaction: TTransaction,
  fn: () => Promise<TResult>,
): Promise<TResult> {
  return ambient.run(transaction, fn)
}

/** The ambient transaction, if the current flow runs inside one. */
export function ambientTransaction<TTransaction>(): TTransaction | undefined {
  return ambient.getStore() as TTransaction | undefined
}

/** Runs `fn` outside any ambient transaction (for work that must not join it). */
export function runOutsideTransaction<TResult>(fn: () => Promise<TResult>): Promise<TResult> {
  return ambient.exit(fn)
}
