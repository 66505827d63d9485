// The server's database, located once per process: start.ts begins it before the server's modules load, so the
// embedded PostgreSQL is up by the time createApp needs it; main.ts hands the same promise to createApp.
import { locateDatabase, type DatabaseLocation } from "@stratum/framework/database"
import { databaseUrl, embeddedDataDir } from "./database-settings.js"

let located: Promise<DatabaseLocation> | undefined

/** Starts locating the database (the embedded server, without DATABASE_URL) on the first call; later calls join it. */
export function locateServerDatabase(): Promise<DatabaseLocation> {
  if (located === undefined) {
    located = locateDatabase(databaseUrl, embeddedDataDir)
    // A failure surfaces where createApp awaits it; never as an unhandled rejection before that.
    located.catch(() => undefined)
  }
  return located
}
