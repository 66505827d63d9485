import { pathToFileURL } from "node:url"
import type { Configuration } from "@mikro-orm/core"
import type { AbstractSqlDriver } from "@mikro-orm/sql"
import type { Migration } from "@mikro-orm/migrations"
import { errorMessage, MigrationError } from "./migration-error.js"
import type { MigrationFile } from "./migration-files.js"
import { ensureTypeScriptLoader } from "./typescript-loader.js"

/** A class extending `Migration` (Stratum's or MikroORM's), as a migration file exports it. */
export type MigrationClass = new (driver: AbstractSqlDriver, config: Configuration) => Migration

const TYPESCRIPT = /\.m?ts$/

function isMigrationClass(value: unknown): value is MigrationClass {
  if (typeof value !== "function") return false
  const prototype = (value as { prototype?: { up?: unknown } }).prototype
  return typeof prototype?.up === "function"
}

/**
 * Imports a migration file and returns the migration class it exports (named or default). The
 * class is recognised by its `up` method rather than by `instanceof`, so a file built against
 * another copy of `@mikro-orm/migrations` still loads.
 *
 * @example
 * const MigrationClass = await loadMigrationClass(file)
 * const migration = new MigrationClass(driver, config)
 */
export async function loadMigrationClass(file: MigrationFile): Promise<MigrationClass> {
  const fail = (message: string, cause?: unknown): MigrationError =>
    new MigrationError(`Migration ${file.file} (module "${file.module}") ${message}`, {
      module: file.module,
      file: file.file,
      phase: "load",
      cause,
    })
  let exported: Record<string, unknown>
  try {
    if (TYPESCRIPT.test(file.file)) await ensureTypeScriptLoader()
    exported = (await import(pathToFileURL(file.file).href)) as Record<string, unknown>
  } catch (error) {
    throw fail(`failed to load: ${errorMessage(error)}`, error)
  }
  const classes = [...new Set(Object.values(exported).filter(isMigrationClass))]
  const [only] = classes
  if (only === undefined || classes.length > 1) {
    const found = classes.length === 0 ? "none" : String(classes.length)
    throw fail(`must export exactly one class extending Migration (found ${found})`)
  }
  return only
}
