const QUERY_CONTEXT = "QueryContext" as const

/** A context object for a computed field (the pricing context of `calculated_price`). */
export type QueryContextValue<T extends Record<string, unknown> = Record<string, unknown>> = T & {
  __type: typeof QUERY_CONTEXT
}

/**
 * Tags an object as the context of a computed field in `query.graph`.
 *
 * @example
 * context: { variants: { calculated_price: QueryContext({ region_id, currency_code: "usd" }) } }
 */
export function QueryContext<T extends Record<string, unknown>>(value: T): QueryContextValue<T> {
  return { ...value, __type: QUERY_CONTEXT }
}

/** Whether a value was made by `QueryContext(...)`. */
export function isQueryContext(value: unknown): value is QueryContextValue {
  return typeof value === "object" && value !== null && (value as { __type?: unknown }).__type === QUERY_CONTEXT
}
