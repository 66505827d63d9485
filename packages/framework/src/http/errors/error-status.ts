import type { MedusaErrorType } from "../../errors/medusa-error.js"

/**
 * The HTTP status of each error type. The client gets `{ type, message, code? }` with it.
 *
 * | type | status |
 * |---|---|
 * | not_found | 404 |
 * | invalid_data, not_allowed, invalid_argument | 400 |
 * | unauthorized | 401 |
 * | forbidden | 403 |
 * | conflict | 409 |
 * | duplicate_error, payment_authorization_error | 422 |
 * | database_error, unexpected_state | 500 |
 */
export const ERROR_STATUS: Record<MedusaErrorType, number> = {
  not_found: 404,
  invalid_data: 400,
  not_allowed: 400,
  invalid_argument: 400,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  duplicate_error: 422,
  payment_authorization_error: 422,
  database_error: 500,
  unexpected_state: 500,
}

/** The status of an error type; 500 for a type this table does not know. */
export function statusForErrorType(type: string): number {
  return (ERROR_STATUS as Record<string, number>)[type] ?? 500
}
