/** Where migration progress goes: the application logger (pino) or the CLI's console lines. */
export interface MigrationLogger {
  info(message: string): void
  warn(message: string): void
}

/** Discards everything (the default when no logger is given). */
export const SILENT_LOGGER: MigrationLogger = { info: () => undefined, warn: () => undefined }
