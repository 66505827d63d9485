/** Every error type Stratum raises; the HTTP layer maps each to a status code. */
export const MedusaErrorTypes = {
  DB_ERROR: "database_error",
  DUPLICATE_ERROR: "duplicate_error",
  INVALID_ARGUMENT: "invalid_argument",
  INVALID_DATA: "invalid_data",
  UNAUTHORIZED: "unauthorized",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "not_found",
  NOT_ALLOWED: "not_allowed",
  UNEXPECTED_STATE: "unexpected_state",
  CONFLICT: "conflict",
  PAYMENT_AUTHORIZATION_ERROR: "payment_authorization_error",
} as const

export type MedusaErrorType = (typeof MedusaErrorTypes)[keyof typeof MedusaErrorTypes]

export const MedusaErrorCodes = {
  INSUFFICIENT_INVENTORY: "insufficient_inventory",
  CART_INCOMPATIBLE_STATE: "cart_incompatible_state",
  UNKNOWN_MODULES: "unknown_modules",
} as const

export interface MedusaErrorOptions {
  /** The error that caused this one (for database errors: the driver error carrying the statement). */
  cause?: unknown
  /** The SQL statement that failed, when a database error was translated. */
  statement?: string
}

/**
 * The one error class of Stratum: a `type` from a literal union, a message meant for the caller,
 * an optional machine `code`, and the original `cause`.
 *
 * @example
 * throw new MedusaError(MedusaError.Types.NOT_FOUND, "BlogPost with id: bp_1 was not found")
 */
export class MedusaError extends Error {
  static readonly Types = MedusaErrorTypes
  static readonly Codes = MedusaErrorCodes

  readonly type: MedusaErrorType
  readonly code: string | undefined
  readonly date: Date
  readonly statement: string | undefined
  readonly __isMedusaError = true

  constructor(type: MedusaErrorType, message: string, code?: string, options: MedusaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = "MedusaError"
    this.type = type
    this.code = code
    this.date = new Date()
    this.statement = options.statement
  }

  /** True for any MedusaError, also one created by another copy of the package. */
  static isMedusaError(error: unknown): error is MedusaError {
    return (
      typeof error === "object" && error !== null && (error as { __isMedusaError?: unknown }).__isMedusaError === true
    )
  }
}
