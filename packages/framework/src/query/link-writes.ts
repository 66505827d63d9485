import type { Manager } from "../database/manager.js"
import { generateId } from "../dml/id.js"
import { invalidData } from "../errors/factories.js"
import { quoteIdent } from "../modules/sql/read/sql-identifiers.js"
import { isPlainObject } from "../modules/sql/read/value-shapes.js"
import type { Row } from "../modules/sql/types.js"
import { linkKeys, sideValue, type LinkInput } from "./link-input.js"
import type { LinkDefinition, LinkExtraColumn } from "./link-types.js"

const ARRAY_TYPES: Readonly<Record<LinkExtraColumn["type"], string>> = {
  text: "text[]",
  integer: "integer[]",
  boolean: "boolean[]",
  dateTime: "timestamptz[]",
  json: "jsonb[]",
  float: "double precision[]",
}

/** The pair and extra data of one link input. */
export interface LinkPair {
  readonly left: string
  readonly right: string
  readonly data: Record<string, unknown>
}

function idOf(value: unknown, what: string): string {
  if (typeof value !== "string" || value === "")
    throw invalidData(`Expected an id string for ${what}, got ${String(value)}`)
  return value
}

/** The left/right ids (and data) of inputs already matched to `link`, duplicates merged. */
export function linkPairs(link: LinkDefinition, inputs: readonly LinkInput[]): LinkPair[] {
  const pairs = new Map<string, LinkPair>()
  for (const input of inputs) {
    const keys = linkKeys(input)
    const left = idOf(
      sideValue(keys, link.left.serviceName, link.left.column),
      `${link.left.serviceName}.${link.left.column}`,
    )
    const right = idOf(
      sideValue(keys, link.right.serviceName, link.right.column),
      `${link.right.serviceName}.${link.right.column}`,
    )
    const data = isPlainObject(input["data"]) ? input["data"] : {}
    for (const name of Object.keys(data)) {
      if (!(name in link.extraColumns)) {
        throw invalidData(
          `Unknown link column "${name}" on ${link.table}; extra columns: ${Object.keys(link.extraColumns).join(", ") || "none"}`,
        )
      }
    }
    pairs.set(JSON.stringify([left, right]), { left, right, data })
  }
  return [...pairs.values()]
}

/** Rejects a second partner on a side that is not a list (Medusa's "Cannot create multiple links"). */
async function checkCardinality(manager: Manager, link: LinkDefinition, pairs: readonly LinkPair[]): Promise<void> {
  if (link.left.isList && link.right.isList) return
  const l = quoteIdent(link.left.column)
  const r = quoteIdent(link.right.column)
  const existing = await manager.query<{ l: string; r: string }>(
    `SELECT ${l} AS "l", ${r} AS "r" FROM ${quoteIdent(link.table as string)} WHERE "deleted_at" IS NULL AND (${l} = ANY($1) OR ${r} = ANY($2))`,
    [pairs.map((pair) => pair.left), pairs.map((pair) => pair.right)],
  )
  const all = [...existing, ...pairs.map((pair) => ({ l: pair.left, r: pair.right }))]
  const partners = (one: "l" | "r", other: "l" | "r", id: string) =>
    new Set(all.filter((row) => row[one] === id).map((row) => row[other])).size
  for (const pair of pairs) {
    if (!link.right.isList && partners("l", "r", pair.left) > 1) {
      throw invalidData(
        `Cannot create multiple links between '${link.left.serviceName}' and '${link.right.serviceName}': ${pair.left} already links to a ${link.right.entity} (the link's ${link.right.entity} side is not a list)`,
      )
    }
    if (!link.left.isList && partners("r", "l", pair.right) > 1) {
      throw invalidData(
        `Cannot create multiple links between '${link.left.serviceName}' and '${link.right.serviceName}': ${pair.right} already links to a ${link.left.entity} (the link's ${link.left.entity} side is not a list)`,
      )
    }
  }
}

/**
 * Creates (or, for a live pair, updates the data of) link rows in one statement.
 *
 * @example
 * await insertLinks(manager, productBrand, [{ left: "prod_1", right: "brand_1", data: {} }])
 * // INSERT INTO "product_product_brand_brand" ("id", "product_id", "brand_id")
 * //   SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
 * //   ON CONFLICT ("product_id", "brand_id") WHERE "deleted_at" IS NULL DO UPDATE SET "updated_at" = now() RETURNING *
 */
export async function insertLinks(manager: Manager, link: LinkDefinition, pairs: readonly LinkPair[]): Promise<Row[]> {
  if (pairs.length === 0) return []
  await checkCardinality(manager, link, pairs)
  const extra = Object.keys(link.extraColumns).filter((name) => pairs.some((pair) => pair.data[name] !== undefined))
  const columns = ["id", link.left.column, link.right.column, ...extra].map(quoteIdent)
  const params: unknown[] = [
    pairs.map(() => generateId(link.idPrefix)),
    pairs.map((pair) => pair.left),
    pairs.map((pair) => pair.right),
    ...extra.map((name) =>
      pairs.map((pair) => {
        const value = pair.data[name] ?? null
        return (link.extraColumns[name] as LinkExtraColumn).type === "json" && value !== null
          ? JSON.stringify(value)
          : value
      }),
    ),
  ]
  const types = [
    "text[]",
    "text[]",
    "text[]",
    ...extra.map((name) => ARRAY_TYPES[(link.extraColumns[name] as LinkExtraColumn).type]),
  ]
  const updates = ['"updated_at" = now()', ...extra.map((name) => `${quoteIdent(name)} = EXCLUDED.${quoteIdent(name)}`)]
  const sql =
    `INSERT INTO ${quoteIdent(link.table as string)} (${columns.join(", ")}) ` +
    `SELECT * FROM unnest(${types.map((type, index) => `$${index + 1}::${type}`).join(", ")}) ` +
    `ON CONFLICT (${quoteIdent(link.left.column)}, ${quoteIdent(link.right.column)}) WHERE "deleted_at" IS NULL ` +
    `DO UPDATE SET ${updates.join(", ")} RETURNING *`
  return manager.query<Row>(sql, params)
}

/**
 * Removes link rows for good (Medusa's `dismiss`), one statement per link.
 *
 * @example
 * await deleteLinks(manager, productBrand, [{ left: "prod_1", right: "brand_1", data: {} }])
 * // DELETE FROM "product_product_brand_brand" AS l USING unnest($1::text[], $2::text[]) AS x(a, b)
 * //   WHERE l."product_id" = x.a AND l."brand_id" = x.b RETURNING l.*
 */
export async function deleteLinks(manager: Manager, link: LinkDefinition, pairs: readonly LinkPair[]): Promise<Row[]> {
  if (pairs.length === 0) return []
  const sql =
    `DELETE FROM ${quoteIdent(link.table as string)} AS l USING unnest($1::text[], $2::text[]) AS x(a, b) ` +
    `WHERE l.${quoteIdent(link.left.column)} = x.a AND l.${quoteIdent(link.right.column)} = x.b RETURNING l.*`
  return manager.query<Row>(sql, [pairs.map((pair) => pair.left), pairs.map((pair) => pair.right)])
}
