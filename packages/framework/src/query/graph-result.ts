import type { Row } from "../modules/sql/types.js"

/** Medusa's page metadata, exact. */
export interface GraphMetadata {
  /** All rows matching the filters, ignoring skip and take. */
  count: number
  skip: number
  /** The page size asked for; the count when no take was given. */
  take: number
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
