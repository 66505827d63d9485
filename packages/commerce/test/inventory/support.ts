export { rejection } from "../support/rejection.js"

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
