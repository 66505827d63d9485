const ZERO = 48
const PLUS = 43
const MINUS = 45
const COLON = 58
const DOT = 46
const SPACE = 32
const T = 84
const SECOND = 1000
const MINUTE = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000

/** The two decimal digits at `index` as a number, or -1 when either is not a digit. */
function twoDigits(text: string, index: number): number {
  const tens = text.charCodeAt(index) - ZERO
  const ones = text.charCodeAt(index + 1) - ZERO
  // `value | (9 - value)` is negative exactly when value is outside 0-9
  return (tens | (9 - tens) | ones | (9 - ones)) < 0 ? -1 : tens * 10 + ones
}

/**
 * Days from 1970-01-01 to a Gregorian date (year >= 1, month 1-12), with integers only: the year is
 * counted from March, so a leap day falls at its end.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year
  const era = Math.floor(marchYear / 400)
  const yearOfEra = marchYear - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** The last text parsed and its instant: consecutive values often repeat (see `parseTimestamp`). */
let lastText: string | undefined
let lastTime = 0

/**
 * The instant of a timestamp with a time zone as PostgreSQL writes it, in text results
 * (`2024-05-01 10:00:00.123456+00`) and in JSON (`2024-05-01T10:00:00.123456+00:00`); undefined for
 * any other shape (no offset, an offset with seconds, BC, years before 1000, infinity), which the
 * caller hands to a general parser. Fractions of a millisecond are dropped, as `new Date` does.
 * Every timestamp of every row read comes through here, so the date is counted in integers rather
 * than with `Date.UTC`, and a text equal to the previous one (a row's `updated_at` equal to its
 * `created_at`, rows written in one transaction) reuses its instant; each call returns a new `Date`.
 *
 * @example
 * parseTimestamp("2024-05-01 12:30:00.5+02") // Date(2024-05-01T10:30:00.500Z)
 * parseTimestamp("2024-05-01T10:00:00")      // undefined (no offset: a local time)
 */
export function parseTimestamp(text: string): Date | undefined {
  if (text === lastText) return new Date(lastTime)
  const length = text.length
  if (length < 22 || text.charCodeAt(4) !== MINUS || text.charCodeAt(7) !== MINUS) return undefined
  const separator = text.charCodeAt(10)
  if ((separator !== SPACE && separator !== T) || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) {
    return undefined
  }
  const century = twoDigits(text, 0)
  const yearOfCentury = twoDigits(text, 2)
  const month = twoDigits(text, 5)
  const day = twoDigits(text, 8)
  const hour = twoDigits(text, 11)
  const minute = twoDigits(text, 14)
  const second = twoDigits(text, 17)
  if (century < 10 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1 || day > 31) return undefined
  if (hour < 0 || minute < 0 || second < 0) return undefined
  let index = 19
  let millis = 0
  if (text.charCodeAt(index) === DOT) {
    index++
    for (let scale = 100; index < length; index++, scale /= 10) {
      const value = text.charCodeAt(index) - ZERO
      if ((value | (9 - value)) < 0) break
      if (scale >= 1) millis += value * scale
    }
  }
  const sign = text.charCodeAt(index)
  if (sign !== PLUS && sign !== MINUS) return undefined
  const offsetHours = twoDigits(text, index + 1)
  let offsetMinutes = 0
  index += 3
  if (index < length) {
    if (text.charCodeAt(index) !== COLON) return undefined
    offsetMinutes = twoDigits(text, index + 1)
    index += 3
  }
  if (index !== length || offsetHours < 0 || offsetMinutes < 0) return undefined
  const offset = offsetHours * HOUR + offsetMinutes * MINUTE
  const local =
    daysFromCivil(century * 100 + yearOfCentury, month, day) * DAY + hour * HOUR + minute * MINUTE + second * SECOND
  const time = local + millis - (sign === PLUS ? offset : -offset)
  lastText = text
  lastTime = time
  return new Date(time)
}
