import pg from "pg"
import { parseTimestamp } from "./timestamp.js"

const INT8 = 20
const NUMERIC = 1700
const DATE = 1082
const TIMESTAMPTZ = 1184

/** PostgreSQL's usual timestamptz output read directly; BC, infinity and the rest by pg's own parser. */
function parseTimestamptz(text: string): unknown {
  return parseTimestamp(text) ?? pg.types.getTypeParser(TIMESTAMPTZ, "text")(text)
}

function parseBigint(text: string): number | bigint {
  const value = Number(text)
  return Number.isSafeInteger(value) ? value : BigInt(text)
}

/**
 * How PostgreSQL values arrive in JavaScript:
 * - `integer`, `smallint`, `real`, `double precision`: number;
 * - `bigint` (what `COUNT(*)` and `SUM(integer)` return): number, or a `bigint` beyond 2^53;
 * - `numeric` (what `AVG` and `SUM(bigint)` return): number (a double; money is stored in minor
 *   units as integers, so sums stay exact);
 * - `timestamptz`/`timestamp`: Date; `date`: the "YYYY-MM-DD" string; `json`/`jsonb`: parsed.
 */
export const stratumTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (format !== "binary") {
      if (oid === INT8) return parseBigint
      if (oid === NUMERIC) return (text: string) => Number(text)
      if (oid === DATE) return (text: string) => text
      if (oid === TIMESTAMPTZ) return parseTimestamptz
    }
    return pg.types.getTypeParser(oid, format as "text")
  }) as pg.CustomTypesConfig["getTypeParser"],
}
