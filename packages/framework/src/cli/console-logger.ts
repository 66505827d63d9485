import type { MigrationLogger } from "../migrations/migration-logger.js"

/** Progress lines on stdout, warnings on stderr: what the db commands print. */
export const consoleLogger: MigrationLogger = {
  info: (message) => console.log(message),
  warn: (message) => console.error(`warning: ${message}`),
}
