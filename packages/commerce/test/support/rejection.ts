import assert from "node:assert/strict"
import { MedusaError } from "@stratum/framework/utils"

/** The MedusaError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<MedusaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  assert.ok(MedusaError.isMedusaError(error), `expected a MedusaError, got ${String(error)}`)
  return error
}
