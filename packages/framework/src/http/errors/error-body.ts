/** The JSON body of every error response. */
export interface ErrorBody {
  type: string
  message: string
  code?: string
}

export const UNKNOWN_ERROR: ErrorBody = { type: "unknown_error", message: "An unknown error occurred." }

export const DATABASE_ERROR: ErrorBody = {
  type: "database_error",
  message: "A database error occurred.",
  code: "api_error",
}
