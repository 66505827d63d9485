import type { Manager } from "../database/manager.js"
import { quoteIdent } from "../modules/sql/read/sql-identifiers.js"
import type { Row } from "../modules/sql/types.js"
import { cascadeDelete, cascadeRestore, type RemovedKeys } from "./link-cascade.js"
import { findLink, linkKeys, linkServices, type LinkInput } from "./link-input.js"
import type { LinkDefinition } from "./link-types.js"
import { deleteLinks, insertLinks, linkPairs } from "./link-writes.js"

/** `container.resolve("link")`: Medusa's Link API over the link tables. */
export interface LinkService {
  /** Links records; set-based per link table. Returns the link rows. */
  create(input: LinkInput | LinkInput[]): Promise<Row[]>
  /** Removes links for good. Returns the removed link rows. */
  dismiss(input: LinkInput | LinkInput[]): Promise<Row[]>
  /** Live link rows matching the given keys (`asLinkDefinition`: in the input's shape). */
  list(input: LinkInput, options?: { asLinkDefinition?: boolean }): Promise<Row[]>
  /** Soft-deletes the links of removed records, cascading where declared. */
  delete(removed: Record<string, Record<string, string | string[]>>): Promise<RemovedKeys>
  /** Reverses exactly what `delete` did for these keys. */
  restore(removed: Record<string, Record<string, string | string[]>>): Promise<RemovedKeys>
}

export interface LinkServiceOptions {
  links: readonly LinkDefinition[]
  /** The manager of the database holding the link tables (the application's own). */
  manager: Manager
  /** A module service by name, for `deleteCascade` (e.g. `(name) => container.resolve(name)`). */
  resolve: (serviceName: string) => unknown
}

function grouped(links: readonly LinkDefinition[], input: LinkInput | LinkInput[]): Map<LinkDefinition, LinkInput[]> {
  const byLink = new Map<LinkDefinition, LinkInput[]>()
  for (const item of Array.isArray(input) ? input : [input]) {
    const link = findLink(links, linkKeys(item))
    byLink.set(link, [...(byLink.get(link) ?? []), item])
  }
  return byLink
}

async function listLinks(manager: Manager, links: readonly LinkDefinition[], input: LinkInput, asDefinition: boolean) {
  const keys = linkKeys(input)
  const link = findLink(links, keys, linkServices(input))
  const params: unknown[] = []
  const where = ['"deleted_at" IS NULL']
  for (const side of [link.left, link.right]) {
    const value = keys.find((key) => key.service === side.serviceName && key.key === side.column)?.value
    if (value === undefined) continue
    where.push(
      `${quoteIdent(side.column)} = ANY($${params.push((Array.isArray(value) ? value : [value]).map(String))})`,
    )
  }
  const rows = await manager.query<Row>(
    `SELECT * FROM ${quoteIdent(link.table as string)} WHERE ${where.join(" AND ")} ORDER BY "created_at", "id"`,
    params,
  )
  if (!asDefinition) return rows
  return rows.map((row) => {
    const data = Object.fromEntries(Object.keys(link.extraColumns).map((name) => [name, row[name]]))
    return {
      [link.left.serviceName]: { [link.left.column]: row[link.left.column] },
      [link.right.serviceName]: { [link.right.column]: row[link.right.column] },
      ...(Object.keys(data).length > 0 ? { data } : {}),
    }
  })
}

/**
 * The Link API (`ContainerRegistrationKeys.LINK`): create, dismiss and list link rows; soft-delete
 * and restore them when records are removed, cascading to linked records where a side is
 * `deleteCascade`. Writes run in one transaction on the link tables' database.
 *
 * @example
 * const link = createLinkService({ links, manager, resolve: (name) => container.resolve(name) })
 * await link.create({ product: { product_id: "prod_1" }, brand: { brand_id: "brand_1" } })
 * // INSERT INTO "product_product_brand_brand" ("id", "product_id", "brand_id") SELECT * FROM unnest($1::text[], ...) ...
 * await link.delete({ product: { product_id: ["prod_1"] } }) // -> { brand: { brand_id: ["brand_1"] } } when brand cascades
 */
export function createLinkService(options: LinkServiceOptions): LinkService {
  const { links, manager } = options
  const cascade = { links, manager, resolve: options.resolve }
  const each = (input: LinkInput | LinkInput[], write: typeof insertLinks) =>
    manager.transaction(async (tm) => {
      const rows: Row[] = []
      for (const [link, items] of grouped(links, input)) rows.push(...(await write(tm, link, linkPairs(link, items))))
      return rows
    })
  return {
    create: (input) => each(input, insertLinks),
    dismiss: (input) => each(input, deleteLinks),
    list: (input, listOptions) => listLinks(manager, links, input, listOptions?.asLinkDefinition === true),
    delete: (removed) => manager.transaction(() => cascadeDelete(cascade, removed)),
    restore: (removed) => manager.transaction(() => cascadeRestore(cascade, removed)),
  }
}
