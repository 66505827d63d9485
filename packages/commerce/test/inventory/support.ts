import assert from "node:assert/strict"
import { MedusaError } from "@stratum/framework/utils"

/** The MedusaError a promise rejects with (fails the test when it resolves or throws something else). */
export async function rejection(promise: Promise<unknown>): Promise<MedusaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  assert.ok(MedusaError.isMedusaError(error), `expected a MedusaError, got ${String(error)}`)
  return error
}

/** Runs `count` calls at once and splits the outcomes. */
export async function concurrently<T>(
  count: number,
  call: (index: number) => Promise<T>,
): Promise<{ fulfilled: T[]; rejected: unknown[]; ms: number }> {
  const started = performance.now()
  const settled = await Promise.allSettled(Array.from({ length: count }, (_, index) => call(index)))
  const ms = Math.round(performance.now() - started)
  return {
    fulfilled: settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : [])),
    rejected: settled.flatMap((s) => (s.status === "rejected" ? [s.reason as unknown] : [])),
    ms,
  }
}
