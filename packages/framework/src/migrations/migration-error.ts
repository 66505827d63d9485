/** What the runner was doing when a migration failed. */
export type MigrationPhase = "load" | "up" | "down"

/**
 * A migration that could not be loaded or run. The message names the module, the file and, when
 * a statement failed, the statement; `cause` keeps the original error.
 */
export class MigrationError extends Error {
  override readonly name = "MigrationError"

  constructor(
    message: string,
    readonly details: { module: string; file: string; phase: MigrationPhase; statement?: string; cause: unknown },
  ) {
    super(message, { cause: details.cause })
  }
}

/** The message of any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
