import { migrationTimestamp } from "./migration-order.js"

const STAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})$/

/** `YYYYMMDDHHmmssSSS` in UTC. */
export function formatStamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 17)
}

function parseStamp(stamp: string): Date | undefined {
  const parts = STAMP.exec(stamp)?.slice(1).map(Number)
  if (parts === undefined) return undefined
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0] = parts
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms))
}

/**
 * The name of a new migration of `module`: `Migration<YYYYMMDDHHmmssSSS>_<module>`. The timestamp
 * is now, or one millisecond after the newest existing migration of any module when that is not
 * earlier, so a new migration always sorts after every migration it was generated against — even
 * for several modules generated within the same second (Medusa #14859).
 *
 * @example
 * nextMigrationName("blog", ["Migration20240101120000"], new Date("2024-01-01T12:00:00Z"))
 * // "Migration20240101120000001_blog"
 */
export function nextMigrationName(module: string, existing: readonly string[], now: Date = new Date()): string {
  let stamp = now
  for (const name of existing) {
    const latest = parseStamp(migrationTimestamp(name))
    if (latest !== undefined && latest.getTime() >= stamp.getTime()) stamp = new Date(latest.getTime() + 1)
  }
  return `Migration${formatStamp(stamp)}_${module}`
}
