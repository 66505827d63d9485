import { quoteIdent } from "../modules/sql/read/sql-identifiers.js"
import { shortIdentifier } from "./define-link.js"
import type { LinkDefinition, LinkExtraColumn } from "./link-types.js"

const COLUMN_TYPES: Readonly<Record<LinkExtraColumn["type"], string>> = {
  text: "text",
  integer: "integer",
  boolean: "boolean",
  dateTime: "timestamptz",
  json: "jsonb",
  float: "double precision",
}

function literal(value: unknown, column: LinkExtraColumn): string {
  if (value === null) return "NULL"
  if (column.type === "json") return `'${JSON.stringify(value).replaceAll("'", "''")}'::jsonb`
  if (typeof value === "number" && Number.isFinite(value)) return String(value)
  if (typeof value === "boolean") return value ? "true" : "false"
  if (value instanceof Date) return `'${value.toISOString()}'`
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`
  throw new Error(`Link extra column default ${String(value)} cannot be written as SQL`)
}

function columnDefinition(name: string, column: LinkExtraColumn): string {
  const type = COLUMN_TYPES[column.type]
  if (type === undefined) {
    throw new Error(
      `Unknown link column type "${String(column.type)}"; allowed: ${Object.keys(COLUMN_TYPES).join(", ")}`,
    )
  }
  let sql = `${quoteIdent(name)} ${type}`
  if (column.defaultValue !== undefined) sql += ` DEFAULT ${column.defaultValue}`
  else if (column.default !== undefined) sql += ` DEFAULT ${literal(column.default, column)}`
  return column.nullable === false ? `${sql} NOT NULL` : `${sql} NULL`
}

/**
 * The statements that create a link's table, or bring an older one up to date: idempotent
 * (`IF NOT EXISTS`), so migrations can run them on every deploy; extra columns added later are
 * added, nothing is ever dropped. A read-only link has no table (`[]`).
 *
 * @example
 * linkTableDdl(defineLink(ProductModule.linkable.product, BrandModule.linkable.brand))
 * // CREATE TABLE IF NOT EXISTS "product_product_brand_brand" ("id" text NOT NULL, "product_id" text NOT NULL,
 * //   "brand_id" text NOT NULL, "created_at" timestamptz NOT NULL DEFAULT now(), ..., PRIMARY KEY ("id"))
 * // CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_product_brand_brand_product_id_brand_id_unique"
 * //   ON "product_product_brand_brand" ("product_id", "brand_id") WHERE "deleted_at" IS NULL
 * // CREATE INDEX IF NOT EXISTS "IDX_product_product_brand_brand_product_id" ON ... ("product_id") WHERE "deleted_at" IS NULL
 * // ... the same for "brand_id", and "deleted_at" (WHERE "deleted_at" IS NOT NULL)
 */
export function linkTableDdl(link: LinkDefinition): string[] {
  if (link.table === undefined) return []
  const table = quoteIdent(link.table)
  const left = link.left.column
  const right = link.right.column
  const extra = Object.entries(link.extraColumns)
  const columns = [
    `"id" text NOT NULL`,
    `${quoteIdent(left)} text NOT NULL`,
    `${quoteIdent(right)} text NOT NULL`,
    ...extra.map(([name, column]) => columnDefinition(name, column)),
    `"created_at" timestamptz NOT NULL DEFAULT now()`,
    `"updated_at" timestamptz NOT NULL DEFAULT now()`,
    `"deleted_at" timestamptz NULL`,
    `CONSTRAINT ${quoteIdent(shortIdentifier(`${link.table}_pkey`))} PRIMARY KEY ("id")`,
  ]
  const index = (suffix: string) => quoteIdent(shortIdentifier(`IDX_${link.table}_${suffix}`))
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (${columns.join(", ")})`,
    ...extra.map(([name, column]) => `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${columnDefinition(name, column)}`),
    `CREATE UNIQUE INDEX IF NOT EXISTS ${index(`${left}_${right}_unique`)} ON ${table} (${quoteIdent(left)}, ${quoteIdent(right)}) WHERE "deleted_at" IS NULL`,
    `CREATE INDEX IF NOT EXISTS ${index(left)} ON ${table} (${quoteIdent(left)}) WHERE "deleted_at" IS NULL`,
    `CREATE INDEX IF NOT EXISTS ${index(right)} ON ${table} (${quoteIdent(right)}) WHERE "deleted_at" IS NULL`,
    `CREATE INDEX IF NOT EXISTS ${index("deleted_at")} ON ${table} ("deleted_at") WHERE "deleted_at" IS NOT NULL`,
  ]
}
