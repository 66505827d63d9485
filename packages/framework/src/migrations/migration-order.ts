import type { MigrationFile } from "./migration-files.js"

const TIMESTAMP = /^Migration(\d+)/
/** Digits of `YYYYMMDDHHmmssSSS`: older 14-digit names (seconds) are padded to milliseconds. */
const KEY_DIGITS = 17

/**
 * The timestamp part of a migration name, padded to milliseconds, so `Migration20240101120000`
 * (Medusa, seconds) and `Migration20240101120000123_blog` (Stratum, milliseconds) compare by time.
 * Names without a timestamp get an empty key (they sort first).
 */
export function migrationTimestamp(name: string): string {
  const digits = TIMESTAMP.exec(name)?.[1]
  return digits === undefined ? "" : digits.padEnd(KEY_DIGITS, "0")
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The total order in which migrations of all modules run: by timestamp, then by name, then by
 * module name. Deterministic on every machine (no locale rules).
 *
 * @example
 * files.sort(compareMigrations)
 */
export function compareMigrations(a: MigrationFile, b: MigrationFile): number {
  return (
    compareText(migrationTimestamp(a.name), migrationTimestamp(b.name)) ||
    compareText(a.name, b.name) ||
    compareText(a.module, b.module)
  )
}
