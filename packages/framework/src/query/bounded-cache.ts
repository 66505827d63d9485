/**
 * A map that holds at most `limit` entries: adding one more forgets the oldest. For caches of
 * compiled work keyed by request shape, where a caller varying shapes must not grow memory.
 *
 * @example
 * const plans = new BoundedCache<string, PlanNode>(128)
 * plans.get(key) ?? plans.set(key, planGraph(schema, request))
 */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, V>()

  constructor(readonly limit: number) {}

  get(key: K): V | undefined {
    return this.#entries.get(key)
  }

  /** Stores `value` under `key` and returns it. */
  set(key: K, value: V): V {
    if (!this.#entries.has(key) && this.#entries.size >= this.limit) {
      const oldest = this.#entries.keys().next()
      if (!oldest.done) this.#entries.delete(oldest.value)
    }
    this.#entries.set(key, value)
    return value
  }

  get size(): number {
    return this.#entries.size
  }
}
