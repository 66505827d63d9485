import { createHash } from "node:crypto"
import type { ResolvedModule } from "../modules/module-resolver.js"
import { listMigrationFiles, migrationChecksum } from "./migration-files.js"

/**
 * A fingerprint of the modules' migration files (module, name, content). Together with the models'
 * signature it keys test template databases: editing or adding a migration builds a new template.
 *
 * @example
 * const signature = `models:${schemaSignature(group)}|migrations:${migrationsSignature(group.modules)}`
 */
export function migrationsSignature(modules: readonly ResolvedModule[]): string {
  const entries = modules.flatMap(listMigrationFiles).map((file) => [file.module, file.name, migrationChecksum(file)])
  return createHash("sha256").update(JSON.stringify(entries)).digest("hex")
}
