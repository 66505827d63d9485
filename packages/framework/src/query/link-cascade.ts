import type { Manager } from "../database/manager.js"
import { invalidData } from "../errors/factories.js"
import { pluralize, regularPlural, upperCaseFirst } from "../modules/naming.js"
import { quoteIdent } from "../modules/sql/read/sql-identifiers.js"
import { describeValue, isPlainObject } from "../modules/sql/read/value-shapes.js"
import type { LinkDefinition, ResolvedLinkSide } from "./link-types.js"

/** `{ product: { product_id: ["prod_1"] } }`: rows removed (or restored) per module and linkable key. */
export type RemovedKeys = Record<string, Record<string, string[]>>

interface Work {
  readonly service: string
  readonly key: string
  readonly ids: readonly string[]
}

type ServiceMethod = (...args: unknown[]) => Promise<unknown>

/** Finds `<verb><Plural>` on a module service (Medusa's method suffix: the pluralized entity name). */
function serviceMethod(service: unknown, verb: string, side: ResolvedLinkSide): ServiceMethod {
  const entity = upperCaseFirst(side.entity)
  for (const name of [`${verb}${pluralize(entity)}`, `${verb}${regularPlural(entity)}`]) {
    const method = (service as Record<string, unknown> | undefined)?.[name]
    if (typeof method === "function") return (method as ServiceMethod).bind(service)
  }
  throw invalidData(`Module "${side.serviceName}" has no ${verb}${pluralize(entity)} method to cascade a link to`)
}

/** Parses `{ service: { key: id | ids } }` into work items. */
export function workOf(input: unknown): Work[] {
  if (!isPlainObject(input)) {
    throw invalidData(
      `Expected { <module>: { <linkable key>: ids } }, e.g. { product: { product_id: ["prod_1"] } }, got ${describeValue(input)}`,
    )
  }
  const work: Work[] = []
  for (const [service, keys] of Object.entries(input)) {
    if (!isPlainObject(keys))
      throw invalidData(`Expected { <linkable key>: ids } under "${service}", got ${describeValue(keys)}`)
    for (const [key, value] of Object.entries(keys)) {
      const ids = (Array.isArray(value) ? value : [value]).filter((id): id is string => typeof id === "string")
      if (ids.length > 0) work.push({ service, key, ids })
    }
  }
  return work
}

function add(result: RemovedKeys, service: string, key: string, ids: readonly string[]): void {
  const byKey = (result[service] ??= {})
  byKey[key] = [...new Set([...(byKey[key] ?? []), ...ids])]
}

export interface CascadeContext {
  readonly links: readonly LinkDefinition[]
  /** The manager of the database holding the link tables. */
  readonly manager: Manager
  /** A module service by name (the container's). */
  readonly resolve: (serviceName: string) => unknown
}

/** Each stored link touching `service.key`, with the side matched and the other side. */
function sidesOf(links: readonly LinkDefinition[], work: Work) {
  const found: { link: LinkDefinition; side: ResolvedLinkSide; other: ResolvedLinkSide }[] = []
  for (const link of links) {
    if (link.table === undefined) continue
    if (link.left.serviceName === work.service && link.left.column === work.key)
      found.push({ link, side: link.left, other: link.right })
    if (link.right.serviceName === work.service && link.right.column === work.key)
      found.push({ link, side: link.right, other: link.left })
  }
  return found
}

/**
 * Medusa's `link.delete`: soft-deletes the live link rows of the given keys, all stamped with one
 * `deleted_at`, and, where the removed side is declared `deleteCascade`, soft-deletes the linked
 * rows of the other module through its service (`softDelete<Plural>`), then follows the keys that
 * returns, recursively. Returns what was cascaded into other modules.
 *
 * @example
 * await cascadeDelete(ctx, { product: { product_id: ["prod_1"] } })
 * // UPDATE "product_product_brand_brand" SET "deleted_at" = $2::timestamptz, ... WHERE "product_id" = ANY($1)
 * //   AND "deleted_at" IS NULL RETURNING "brand_id" AS "other"
 * // brand.softDeleteBrands(["brand_1"]) -> { brand: { brand_id: ["brand_1"] } }
 */
export async function cascadeDelete(ctx: CascadeContext, input: unknown): Promise<RemovedKeys> {
  const queue = workOf(input)
  const result: RemovedKeys = {}
  const seen = new Set<string>()
  const [clock] = await ctx.manager.query<{ at: string }>("SELECT clock_timestamp()::text AS at")
  const stamp = clock?.at as string
  while (queue.length > 0) {
    const work = queue.shift() as Work
    const ids = work.ids.filter((id) => !seen.has(`${work.service}.${work.key}.${id}`))
    for (const id of ids) seen.add(`${work.service}.${work.key}.${id}`)
    if (ids.length === 0) continue
    for (const { link, side, other } of sidesOf(ctx.links, work)) {
      const rows = await ctx.manager.query<{ other: string }>(
        `UPDATE ${quoteIdent(link.table as string)} SET "deleted_at" = $2::timestamptz, "updated_at" = $2::timestamptz ` +
          `WHERE ${quoteIdent(side.column)} = ANY($1) AND "deleted_at" IS NULL RETURNING ${quoteIdent(other.column)} AS "other"`,
        [ids, stamp],
      )
      if (!side.deleteCascade || rows.length === 0) continue
      const others = [...new Set(rows.map((row) => row.other))]
      const affected = await serviceMethod(ctx.resolve(other.serviceName), "softDelete", other)(others)
      for (const [key, keyIds] of Object.entries(isPlainObject(affected) ? affected : {})) {
        if (!Array.isArray(keyIds)) continue
        add(result, other.serviceName, key, keyIds as string[])
        queue.push({ service: other.serviceName, key, ids: keyIds as string[] })
      }
    }
  }
  return result
}

/**
 * Medusa's `link.restore`, exact: per key, restores the link rows of its latest deletion (not
 * rows dismissed earlier on their own, nor a pair live again), and, where the side is
 * `deleteCascade`, restores through the other module's service (`restore<Plural>`) the linked rows
 * that were deleted by that cascade (at or after the link rows' stamp), recursively.
 *
 * @example
 * await cascadeRestore(ctx, { product: { product_id: ["prod_1"] } })
 * // WITH target AS (SELECT l."id", l."deleted_at" FROM "product_product_brand_brand" AS l WHERE l."product_id" = ANY($1)
 * //   AND l."deleted_at" = (SELECT max(m."deleted_at") FROM ... m WHERE m."product_id" = l."product_id") AND NOT EXISTS (live pair))
 * // UPDATE ... SET "deleted_at" = NULL FROM target WHERE ... RETURNING "brand_id" AS "other", target."deleted_at"::text AS "stamp"
 */
export async function cascadeRestore(ctx: CascadeContext, input: unknown): Promise<RemovedKeys> {
  const queue = workOf(input)
  const result: RemovedKeys = {}
  const seen = new Set<string>()
  while (queue.length > 0) {
    const work = queue.shift() as Work
    const ids = work.ids.filter((id) => !seen.has(`${work.service}.${work.key}.${id}`))
    for (const id of ids) seen.add(`${work.service}.${work.key}.${id}`)
    if (ids.length === 0) continue
    for (const { link, side, other } of sidesOf(ctx.links, work)) {
      const table = quoteIdent(link.table as string)
      const mine = quoteIdent(side.column)
      const theirs = quoteIdent(other.column)
      const rows = await ctx.manager.query<{ other: string; stamp: string }>(
        `WITH target AS (SELECT l."id", l."deleted_at" FROM ${table} AS l WHERE l.${mine} = ANY($1) AND l."deleted_at" IS NOT NULL ` +
          `AND l."deleted_at" = (SELECT max(m."deleted_at") FROM ${table} AS m WHERE m.${mine} = l.${mine}) ` +
          `AND NOT EXISTS (SELECT 1 FROM ${table} AS v WHERE v.${mine} = l.${mine} AND v.${theirs} = l.${theirs} AND v."deleted_at" IS NULL)) ` +
          `UPDATE ${table} AS t SET "deleted_at" = NULL, "updated_at" = now() FROM target WHERE t."id" = target."id" ` +
          `RETURNING t.${theirs} AS "other", target."deleted_at"::text AS "stamp"`,
        [ids],
      )
      if (!side.deleteCascade || rows.length === 0) continue
      const service = ctx.resolve(other.serviceName)
      const stamps = new Map(rows.map((row) => [row.other, new Date(row.stamp).getTime()]))
      const listed = await serviceMethod(
        service,
        "list",
        other,
      )({ [other.primaryKey]: [...stamps.keys()] }, { withDeleted: true, select: [other.primaryKey, "deleted_at"] })
      const deletedByCascade = (Array.isArray(listed) ? (listed as Record<string, unknown>[]) : [])
        .filter(
          (row) =>
            row["deleted_at"] instanceof Date &&
            row["deleted_at"].getTime() >= (stamps.get(String(row[other.primaryKey])) ?? Infinity),
        )
        .map((row) => String(row[other.primaryKey]))
      if (deletedByCascade.length === 0) continue
      const affected = await serviceMethod(service, "restore", other)(deletedByCascade)
      for (const [key, keyIds] of Object.entries(isPlainObject(affected) ? affected : {})) {
        if (!Array.isArray(keyIds)) continue
        add(result, other.serviceName, key, keyIds as string[])
        queue.push({ service: other.serviceName, key, ids: keyIds as string[] })
      }
    }
  }
  return result
}
