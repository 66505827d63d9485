import pg from "pg"

const INT8 = 20
const NUMERIC = 1700
const DATE = 1082

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
    }
    return pg.types.getTypeParser(oid, format as "text")
  }) as pg.CustomTypesConfig["getTypeParser"],
}
