import { MedusaError, type MedusaErrorOptions } from "./medusa-error.js"

/**
 * Named factories for the errors Stratum raises most, so call sites read as what happened.
 *
 * @example
 * throw notFound("BlogPost with id: bp_1 was not found")
 */
export function notFound(message: string, options?: MedusaErrorOptions): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, message, undefined, options)
}

/** Bad input from the caller: the message says what was wrong and what is allowed. */
export function invalidData(message: string, options?: MedusaErrorOptions): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message, undefined, options)
}

/** A unique constraint was violated. */
export function duplicate(message: string, options?: MedusaErrorOptions): MedusaError {
  return new MedusaError(MedusaError.Types.DUPLICATE_ERROR, message, undefined, options)
}

/** The operation conflicts with the current state (serialization failure, lock timeout, concurrent update). */
export function conflict(message: string, options?: MedusaErrorOptions): MedusaError {
  return new MedusaError(MedusaError.Types.CONFLICT, message, undefined, options)
}

/** The operation is not allowed in the current state. */
export function notAllowed(message: string, options?: MedusaErrorOptions): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message, undefined, options)
}

/** A database failure that is nobody's input mistake. */
export function databaseError(message: string, options?: MedusaErrorOptions): MedusaError {
  return new MedusaError(MedusaError.Types.DB_ERROR, message, undefined, options)
}

/** Stratum reached a state it should never be in. */
export function unexpectedState(message: string, options?: MedusaErrorOptions): MedusaError {
  return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, message, undefined, options)
}
