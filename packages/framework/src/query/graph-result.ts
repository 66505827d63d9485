import type { Row } from "../modules/sql/types.js"

/** Medusa's page metadata: the count is exact unless `pagination.count: "estimate"` asked otherwise. */
export interface GraphMetadata {
  /** All rows matching the filters, ignoring skip and take. */
  count: number
  skip: number
  /** The page size asked for; the count when no take was given. */
  take: number
  /**
   * Present when `pagination.count` was `"estimate"`: true when `count` comes from planner
   * statistics, false when it is exact anyway (a page that is not full).
   */
  estimate?: boolean
}

/**
 * What `query.graph` resolves to, in Medusa's shape. `metadata` is there when `pagination.skip` is
 * given (the count then costs a scan, done in the page's own statement) and, for free, when the
 * request is not paged at all; a request with `take` alone gets none, as in Medusa.
 */
export interface GraphResultSet<T = Row> {
  data: T[]
  metadata?: GraphMetadata
}
