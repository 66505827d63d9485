import { randomFillSync } from "node:crypto"

/** Crockford's base32, the ULID alphabet. */
const BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const RANDOM_DIGITS = 16

/** Random bytes drawn in blocks, one byte per base32 digit (256 is a multiple of 32: no bias). */
const pool = new Uint8Array(4096)
let poolAt = pool.length

/** The last id's time and random digits; the next id in the same millisecond adds one to the digits. */
let lastTime = -1
let timePart = ""
const digits = new Uint8Array(RANDOM_DIGITS)
let randomHead = ""

function encodeTime(ms: number): string {
  let text = ""
  for (let i = 0, rest = ms; i < 10; i++, rest = Math.floor(rest / 32)) text = BASE32.charAt(rest % 32) + text
  return text
}

function spell(from: number, to: number): string {
  let text = ""
  for (let i = from; i < to; i++) text += BASE32.charAt(digits[i] as number)
  return text
}

function reseed(time: number): void {
  if (poolAt + RANDOM_DIGITS > pool.length) {
    randomFillSync(pool)
    poolAt = 0
  }
  for (let i = 0; i < RANDOM_DIGITS; i++) digits[i] = (pool[poolAt++] as number) & 31
  lastTime = time
  timePart = encodeTime(time)
  randomHead = spell(0, RANDOM_DIGITS - 1)
}

/** Adds one to the random digits; when they are all at 31, moves to the next millisecond instead. */
function increment(): void {
  let i = RANDOM_DIGITS - 1
  while (i >= 0 && digits[i] === 31) digits[i--] = 0
  if (i < 0) return reseed(lastTime + 1)
  digits[i] = (digits[i] as number) + 1
  if (i < RANDOM_DIGITS - 1) randomHead = spell(0, RANDOM_DIGITS - 1)
}

/**
 * Generates a monotonic ULID (48-bit millisecond time, 80 random bits, Crockford base32), prefixed
 * with `<prefix>_` when a prefix is given. Ids generated in the same millisecond, or while the
 * clock steps back, add one to the previous random part, so they still sort in creation order.
 *
 * @example
 * generateId("bp"); // "bp_01J9Z8Q4V6N3B5X2K7M1C0D8EF"
 * generateId();     // "01J9Z8Q4V6N3B5X2K7M1C0D8EG"
 */
export function generateId(prefix?: string): string {
  const now = Date.now()
  if (now > lastTime) reseed(now)
  else increment()
  const id = timePart + randomHead + BASE32.charAt(digits[RANDOM_DIGITS - 1] as number)
  return prefix ? `${prefix}_${id}` : id
}
