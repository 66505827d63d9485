import { MedusaError } from "../errors/medusa-error.js"
import { conflict, databaseError, duplicate, invalidData, notAllowed, notFound } from "../errors/factories.js"

interface PgError {
  code?: string
  message: string
  detail?: string
  table?: string
  column?: string
  constraint?: string
}

function isPgError(error: unknown): error is PgError {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as PgError).code === "string" &&
    /^[0-9A-Z]{5}$/.test((error as PgError).code ?? "")
  )
}

/** `blog_posts` -> `Blog posts` */
function tableWords(table: string | undefined): string {
  const words = (table ?? "record").replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Parses `Key (a, b)=(1, 2)` out of a PostgreSQL detail line. */
function keyOf(detail: string | undefined): { columns: string; values: string } | undefined {
  const match = /Key \((.+?)\)=\((.*?)\)/.exec(detail ?? "")
  return match ? { columns: match[1] ?? "", values: match[2] ?? "" } : undefined
}

/**
 * Translates a PostgreSQL error into a MedusaError once, at the data layer. The original error is
 * the `cause` and the failing statement is kept on `statement`. Anything already a MedusaError, or
 * not a database error, is returned as it is.
 *
 * @example
 * // unique violation on blog_posts.slug
 * toMedusaError(err, sql).message // "Blog posts with slug: hello, already exists."
 */
export function toMedusaError(error: unknown, statement?: string): unknown {
  if (MedusaError.isMedusaError(error) || !isPgError(error)) return error
  const options = { cause: error, statement }
  const key = keyOf(error.detail)
  switch (error.code) {
    case "23505":
      return duplicate(
        key
          ? `${tableWords(error.table)} with ${key.columns}: ${key.values}, already exists.`
          : `${tableWords(error.table)} already exists (${error.constraint ?? "unique constraint"}).`,
        options,
      )
    case "23502":
      return invalidData(
        `Cannot set field '${error.column ?? "unknown"}' of ${tableWords(error.table)} to null`,
        options,
      )
    case "23503": {
      const referenced = /is still referenced from table "(.+?)"/.exec(error.detail ?? "")
      if (referenced) {
        return notAllowed(
          `Cannot delete ${tableWords(error.table)} with ${key?.columns ?? "key"}: ${key?.values ?? "?"}: rows in ${referenced[1]} still reference it`,
          options,
        )
      }
      return notFound(
        `You tried to set relationship ${key?.columns ?? "?"}: ${key?.values ?? "?"}, but such entity does not exist`,
        options,
      )
    }
    case "23514":
      return invalidData(
        `A value of ${tableWords(error.table)} violates the check ${error.constraint ?? ""}`.trim() +
          (error.detail ? `: ${error.detail}` : ""),
        options,
      )
    case "22P02":
    case "22003":
    case "22007":
    case "22008":
      return invalidData(`Invalid value: ${error.message}`, options)
    case "40001":
    case "40P01":
      return conflict(
        `The transaction conflicted with a concurrent one and was rolled back; retry it (${error.message})`,
        options,
      )
    case "55P03":
      return conflict(`A row is locked by another transaction (${error.message})`, options)
    default:
      return databaseError(`Database error ${error.code}: ${error.message}`, options)
  }
}
