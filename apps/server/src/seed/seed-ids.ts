import { hash32 } from "./random.js"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
/** Time part of every seeded id: 2024-01-01T00:00:00Z plus the row's ordinal in milliseconds. */
const ID_EPOCH_MS = Date.UTC(2024, 0, 1)

function base32(value: number, length: number): string {
  let out = ""
  let rest = value
  for (let i = 0; i < length; i++) {
    out = CROCKFORD[rest % 32] + out
    rest = Math.floor(rest / 32)
  }
  return out
}

/**
 * A deterministic, prefixed ULID for the `ordinal`-th seeded row of a kind: ids never depend on the
 * clock, so a second seed run finds the same ids (and skips them), and ids sort in ordinal order.
 *
 * @example
 * seedId("prod", 0) // "prod_01HK153X00...": the same string on every run
 */
export function seedId(prefix: string, ordinal: number): string {
  const time = base32(ID_EPOCH_MS + ordinal, 10)
  const a = hash32(`${prefix}:${ordinal}:a`)
  const b = hash32(`${prefix}:${ordinal}:b`)
  const c = hash32(`${prefix}:${ordinal}:c`)
  // 80 random bits as 16 base32 digits: 30 + 30 + 20 bits of three hashes
  const random = base32(a & 0x3fffffff, 6) + base32(b & 0x3fffffff, 6) + base32(c & 0xfffff, 4)
  return `${prefix}_${time}${random}`
}
