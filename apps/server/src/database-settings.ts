// Where the server's database is: read by stratum.config.ts and by the early start of the embedded PostgreSQL
// (early-database.ts), so both always agree.
import { basename, dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const parent = dirname(here)
/** `apps/server`, whether this file runs from `src/` or from its build in `dist/src/` (which every build deletes). */
const serverDir = basename(parent) === "dist" ? dirname(parent) : parent

/** DATABASE_URL; without it, an embedded PostgreSQL starts with the server. */
export const databaseUrl = process.env.DATABASE_URL || undefined

/** The embedded server's data: STRATUM_DATA_DIR, default `apps/server/.stratum/postgres`. */
export const embeddedDataDir = process.env.STRATUM_DATA_DIR || join(serverDir, ".stratum", "postgres")
