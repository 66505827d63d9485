import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { extname, join } from "node:path"
import type { ResolvedModule } from "../modules/module-resolver.js"

/** One migration file of one module. */
export interface MigrationFile {
  /** Name of the module that owns the file. */
  module: string
  /** File name without extension, e.g. `Migration20240101120000`; the key in `stratum_migrations`. */
  name: string
  /** Absolute path. */
  file: string
}

const SOURCE = /\.(ts|mts|js|mjs)$/
const NOT_SOURCE = /\.(d\.ts|d\.mts|test\.ts|spec\.ts|map)$/

/** `<module folder>/migrations`, or undefined for a module given as an object (it has no folder). */
export function migrationsDir(module: ResolvedModule): string | undefined {
  return module.dir === undefined ? undefined : join(module.dir, "migrations")
}

/**
 * The migration files of a module, sorted by name. When `X.ts` and `X.js` both exist (sources
 * next to their build), the migration `X` is listed once.
 *
 * @example
 * listMigrationFiles(blogModule)
 * // [{ module: "blog", name: "Migration20240101120000", file: "/app/src/modules/blog/migrations/Migration20240101120000.ts" }]
 */
export function listMigrationFiles(module: ResolvedModule): MigrationFile[] {
  const dir = migrationsDir(module)
  if (dir === undefined || !existsSync(dir)) return []
  const byName = new Map<string, MigrationFile>()
  for (const entry of readdirSync(dir).sort()) {
    if (!SOURCE.test(entry) || NOT_SOURCE.test(entry)) continue
    const name = entry.slice(0, -extname(entry).length)
    if (!byName.has(name)) byName.set(name, { module: module.exports.name, name, file: join(dir, entry) })
  }
  return [...byName.values()]
}

/**
 * Whether a module ships migrations (a `migrations/` folder with at least one file). Modules
 * without get their tables from their models in tests (`applyModuleSchemas`).
 *
 * @example
 * if (!hasMigrations(module)) console.log(`${module.exports.name}: run stratum db:generate ${module.exports.name}`)
 */
export function hasMigrations(module: ResolvedModule): boolean {
  return listMigrationFiles(module).length > 0
}

/** SHA-256 of a migration file's content, recorded when it is applied (`db:status` shows later edits). */
export function migrationChecksum(file: MigrationFile): string {
  return createHash("sha256").update(readFileSync(file.file)).digest("hex")
}
