import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import pg from "pg"
import { parseTimestamp } from "../../src/database/timestamp.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"

const generalTextParser = pg.types.getTypeParser(1184, "text")

/** Instants PostgreSQL writes in every shape: fractions of 0-6 digits, before 1970, old and odd offsets. */
const INSTANTS = [
  "2024-05-01 10:00:00+00",
  "2024-05-01 10:00:00.5+00",
  "2024-05-01 10:00:00.123456+00",
  "2024-05-01 10:00:00.999999+00",
  "2024-02-29 23:59:59.0001+00",
  "1969-12-31 23:59:59.999+00",
  "1900-01-01 00:00:00.250001+00",
  "1583-06-15 12:00:00+00",
  "0999-12-31 23:00:00+00",
  "0044-03-15 12:00:00+00 BC",
  "9999-12-31 23:59:59.999999+00",
  "infinity",
  "-infinity",
]

const ZONES = ["UTC", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "Europe/Paris", "America/Los_Angeles"]

describe("timestamps read from PostgreSQL", () => {
  let app: TestApp
  before(async () => {
    app = await createTestApp({})
  })
  after(async () => {
    await app.close()
  })

  test("the text and JSON shapes PostgreSQL writes give their instant, to the millisecond", () => {
    const cases: [string, string][] = [
      ["2024-05-01 10:00:00+00", "2024-05-01T10:00:00.000Z"],
      ["2024-05-01 12:30:00.5+02", "2024-05-01T10:30:00.500Z"],
      ["2024-05-01 06:30:00.123456-03:30", "2024-05-01T10:00:00.123Z"],
      ["2024-05-01T10:00:00.999999+00:00", "2024-05-01T10:00:00.999Z"],
      ["2024-05-01T23:45:00+13:45", "2024-05-01T10:00:00.000Z"],
      ["1969-12-31T23:59:59.9995+00:00", "1969-12-31T23:59:59.999Z"],
    ]
    for (const [text, iso] of cases) {
      assert.equal(parseTimestamp(text)?.toISOString(), iso, text)
    }
  })

  test("every third day from year 1000 to 9999 lands on the instant JavaScript's own parser gives", () => {
    // Steps of 3 days 1 h 1 min 1.001 s visit every month, leap day and century rule (1900, 2000).
    const step = 3 * 86_400_000 + 3_661_001
    let checked = 0
    for (let at = Date.UTC(1000, 0, 1); at < Date.UTC(10000, 0, 1); at += step) {
      const iso = new Date(at).toISOString()
      const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}+00`
      const json = `${iso.slice(0, 23)}531+05:30`
      assert.equal(parseTimestamp(text)?.getTime(), at, text)
      assert.equal(parseTimestamp(json)?.getTime(), at - 19_800_000, json)
      checked++
    }
    assert.ok(checked > 1_000_000, `${checked} days checked`)
  })

  test("the same text twice gives the same instant as two separate Dates", () => {
    const text = "2024-05-01 10:00:00.5+00"
    const first = parseTimestamp(text) as Date
    first.setTime(0)
    const second = parseTimestamp(text) as Date
    assert.notEqual(second, first)
    assert.equal(second.toISOString(), "2024-05-01T10:00:00.500Z")
    assert.equal(parseTimestamp("2024-05-01 10:00:00.5+01")?.toISOString(), "2024-05-01T09:00:00.500Z")
    assert.equal(parseTimestamp(""), undefined)
  })

  test("other shapes are left to the general parser", () => {
    for (const text of [
      "2024-05-01T10:00:00",
      "2024-05-01 10:00:00.5",
      "1850-01-01 00:00:00+00:09:21",
      "0999-12-31 23:00:00+00",
      "0044-03-15 12:00:00+00 BC",
      "infinity",
      "2024-05-01 1x:00:00+00",
      "2024-05-01 10:00:00+0",
      "",
    ]) {
      assert.equal(parseTimestamp(text), undefined, text)
    }
  })

  test("every instant reads the same as with the general parsers, in any session time zone", async () => {
    const connection = await app.database.pool.connect()
    try {
      for (const zone of ZONES) {
        await connection.query(`set time zone '${zone}'`, [])
        const { rows } = await connection.query<{ value: unknown; text: string; json: string }>(
          `select t::timestamptz as value, t::timestamptz::text as text, to_json(t::timestamptz) #>> '{}' as json
           from unnest($1::text[]) as t`,
          [INSTANTS],
        )
        assert.equal(rows.length, INSTANTS.length)
        for (const row of rows) {
          const expected = generalTextParser(row.text) as Date | number
          const where = `${row.text} in ${zone}`
          if (expected instanceof Date) assert.deepEqual(row.value, expected, where)
          else assert.equal(row.value, expected, where)
          const fromJson = parseTimestamp(row.json) ?? new Date(row.json)
          assert.equal(String(fromJson.getTime()), String(new Date(row.json).getTime()), `${row.json} in ${zone}`)
        }
      }
    } finally {
      connection.release()
    }
  })

  test("a timestamp read through a connection is the instant PostgreSQL holds, to the millisecond", async () => {
    const rows = await app.manager.query<{ value: Date; millis: string }>(
      `select t::timestamptz as value, floor(extract(epoch from t::timestamptz) * 1000)::text as millis
       from unnest($1::text[]) as t`,
      [INSTANTS.slice(0, 8)],
    )
    for (const row of rows) assert.equal(row.value.getTime(), Number(row.millis))
  })
})
