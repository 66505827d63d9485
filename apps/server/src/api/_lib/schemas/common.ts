import { queryInteger } from "@stratum/framework/http"
import { z } from "zod"

/** Most ids one filter or batch may list. */
export const MAX_IDS = 100

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * A three-letter ISO 4217 code, lower-cased on the way in (`USD` becomes `usd`).
 *
 * @example
 * z.object({ currency_code: currencyCode() }).parse({ currency_code: "EUR" }) // { currency_code: "eur" }
 */
export function currencyCode() {
  return z
    .string({ error: "must be a three-letter ISO 4217 currency code such as usd" })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{3}$/, { error: "must be a three-letter ISO 4217 currency code such as usd" })
}

/** An id: non-empty text of at most 100 characters. */
export function id() {
  return z.string({ error: "must be an id" }).min(1, { error: "must not be empty" }).max(100)
}

/**
 * One id or a list of them (`?category_id=a&category_id=b`), as a list.
 *
 * @example
 * idFilter().parse("pcat_1") // ["pcat_1"]
 */
export function idFilter() {
  return z.union([id().transform((single) => [single]), z.array(id()).min(1).max(MAX_IDS)])
}

/**
 * An ISO 8601 date or date-time (`2024-01-31`, `2024-01-31T12:00:00Z`), parsed to a `Date`.
 *
 * @example
 * isoDate().parse("2024-01-31") // 2024-01-31T00:00:00.000Z
 */
export function isoDate() {
  return z
    .string({ error: "must be an ISO 8601 date such as 2024-01-31 or 2024-01-31T12:00:00Z" })
    .refine((value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)), {
      error: "must be an ISO 8601 date such as 2024-01-31 or 2024-01-31T12:00:00Z",
    })
    .transform((value) => new Date(value))
}

/**
 * A date range filter: `created_at[$gte]=2024-01-01&created_at[$lt]=2024-02-01`.
 *
 * @example
 * z.object({ created_at: dateRange().optional() })
 */
export function dateRange() {
  return z.strictObject({
    $gt: isoDate().optional(),
    $gte: isoDate().optional(),
    $lt: isoDate().optional(),
    $lte: isoDate().optional(),
  })
}

/** A non-negative amount in the currency's minor unit (cents), from the query string. */
export function minorUnits() {
  return queryInteger({ min: 0 })
}

/** Free text searched over a model's searchable fields. */
export function searchText() {
  return z.string().trim().min(1, { error: "must not be empty" }).max(200, { error: "must be at most 200 characters" })
}

/** Arbitrary JSON metadata. */
export function metadata() {
  return z.record(z.string(), z.unknown())
}

/** A body that must be empty (or `{}`), for actions that take no input. */
export const EmptyBody = z.object({})
