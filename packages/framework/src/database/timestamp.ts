const ZERO = 48
const PLUS = 43
const MINUS = 45
const COLON = 58
const DOT = 46
const SPACE = 32
const T = 84

function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - ZERO
  return value >= 0 && value <= 9 ? value : Number.NaN
}

function twoDigits(text: string, index: number): number {
  return digit(text, index) * 10 + digit(text, index + 1)
}

/**
 * The instant of a timestamp with a time zone as PostgreSQL writes it, in text results
 * (`2024-05-01 10:00:00.123456+00`) and in JSON (`2024-05-01T10:00:00.123456+00:00`); undefined for
 * any other shape (no offset, an offset with seconds, BC, years before 1000, infinity), which the
 * caller hands to a general parser. Fractions of a millisecond are dropped, as `new Date` does.
 *
 * @example
 * parseTimestamp("2024-05-01 12:30:00.5+02") // Date(2024-05-01T10:30:00.500Z)
 * parseTimestamp("2024-05-01T10:00:00")      // undefined (no offset: a local time)
 */
export function parseTimestamp(text: string): Date | undefined {
  const length = text.length
  if (length < 22 || text.charCodeAt(4) !== MINUS || text.charCodeAt(7) !== MINUS) return undefined
  const separator = text.charCodeAt(10)
  if ((separator !== SPACE && separator !== T) || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) {
    return undefined
  }
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2)
  if (!(year >= 1000)) return undefined
  let index = 19
  let millis = 0
  if (text.charCodeAt(index) === DOT) {
    index++
    for (let scale = 100; index < length; index++, scale /= 10) {
      const value = digit(text, index)
      if (Number.isNaN(value)) break
      if (scale >= 1) millis += value * scale
    }
  }
  const sign = text.charCodeAt(index)
  if (sign !== PLUS && sign !== MINUS) return undefined
  let offsetMinutes = twoDigits(text, index + 1) * 60
  index += 3
  if (index < length) {
    if (text.charCodeAt(index) !== COLON) return undefined
    offsetMinutes += twoDigits(text, index + 1)
    index += 3
  }
  if (index !== length) return undefined
  const utc = Date.UTC(
    year,
    twoDigits(text, 5) - 1,
    twoDigits(text, 8),
    twoDigits(text, 11),
    twoDigits(text, 14),
    twoDigits(text, 17),
    millis,
  )
  if (Number.isNaN(utc) || Number.isNaN(offsetMinutes)) return undefined
  return new Date(utc - (sign === PLUS ? offsetMinutes : -offsetMinutes) * 60_000)
}
