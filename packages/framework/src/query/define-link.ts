import { createHash } from "node:crypto"
import { toSnakeCase } from "../dml/naming.js"
import type { Linkable } from "../modules/module.js"
import { pluralize } from "../modules/naming.js"
import type { LinkDefinition, LinkOptions, LinkSideInput, ResolvedLinkSide } from "./link-types.js"

/** PostgreSQL truncates identifiers beyond 63 bytes; longer names are shortened with a hash suffix. */
const MAX_IDENTIFIER = 63
const NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/

function isLinkable(value: unknown): value is Linkable {
  const candidate = value as Partial<Linkable> | null
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.serviceName === "string" &&
    typeof candidate.entity === "string" &&
    typeof candidate.linkable === "string"
  )
}

function sideInput(value: Linkable | LinkSideInput, position: "left" | "right"): LinkSideInput {
  if (isLinkable(value)) return { linkable: value }
  if (typeof value === "object" && value !== null && isLinkable(value.linkable)) return value
  throw new Error(
    `defineLink: the ${position} side must be a linkable (MyModule.linkable.myModel) or { linkable, isList?, deleteCascade?, field? }`,
  )
}

/**
 * A database identifier of at most 63 characters: longer names keep their start and get a short
 * hash of the whole name, so two long names never collide.
 *
 * @example
 * shortIdentifier("product_product_brand_brand") // "product_product_brand_brand"
 */
export function shortIdentifier(name: string): string {
  if (name.length <= MAX_IDENTIFIER) return name
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8)
  return `${name.slice(0, MAX_IDENTIFIER - 9)}_${hash}`
}

function checkName(name: string, what: string): string {
  if (!NAME.test(name)) throw new Error(`defineLink: ${what} "${name}" must be letters, digits and _`)
  return name
}

function resolveSide(input: LinkSideInput, readOnly: boolean): ResolvedLinkSide {
  const { linkable } = input
  const isList = input.isList === true
  const base = toSnakeCase(linkable.entity)
  const defaultField = isList ? pluralize(base) : base
  const field = readOnly ? (input.alias ?? defaultField) : (input.alias ?? input.field ?? defaultField)
  return {
    serviceName: linkable.serviceName,
    entity: linkable.entity,
    primaryKey: linkable.primaryKey,
    column: checkName(linkable.linkable, "linkable key"),
    isList,
    deleteCascade: input.deleteCascade === true,
    field: checkName(field, "field"),
  }
}

function readOnlyColumns(
  left: LinkSideInput,
  right: LinkSideInput,
  option: NonNullable<LinkOptions["readOnly"]>,
): [string, string] {
  if (option === true) {
    if (left.field === undefined) {
      throw new Error(
        "defineLink: a read-only link needs the left side's field, the column holding the key: { linkable, field: 'product_id' }",
      )
    }
    return [left.field, right.field ?? right.linkable.primaryKey]
  }
  return [option.foreignKey, right.linkable.primaryKey]
}

/**
 * Declares a link between models of two modules, as Medusa's `defineLink`: each side is a
 * linkable or `{ linkable, isList, deleteCascade, field | alias }`. A link is stored in its own
 * table (`linkTableDdl`) unless it is read-only through a column the left model already has.
 * Each side appears as a field on the other in `query.graph` (read-only links: on the left only).
 *
 * @example
 * export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, BrandModule.linkable.brand)
 * // table "product_product_brand_brand" (id, product_id, brand_id, created_at, updated_at, deleted_at);
 * // query.graph({ entity: "product", fields: ["brand.name"] }), query.graph({ entity: "brand", fields: ["products.*"] })
 */
export function defineLink(
  left: Linkable | LinkSideInput,
  right: Linkable | LinkSideInput,
  options: LinkOptions = {},
): LinkDefinition {
  const leftInput = sideInput(left, "left")
  const rightInput = sideInput(right, "right")
  const readOnly = options.readOnly !== undefined
  const resolvedLeft = resolveSide(leftInput, readOnly)
  const resolvedRight = resolveSide(rightInput, readOnly)
  if (readOnly) {
    const [leftColumn, rightColumn] = readOnlyColumns(leftInput, rightInput, options.readOnly ?? true)
    resolvedLeft.column = checkName(leftColumn, "column")
    resolvedRight.column = checkName(rightColumn, "column")
  } else if (resolvedLeft.column === resolvedRight.column) {
    throw new Error(
      `defineLink: both sides use the key "${resolvedLeft.column}"; a link of a model with itself is not supported`,
    )
  }
  const defaultTable = [
    resolvedLeft.serviceName,
    toSnakeCase(resolvedLeft.entity),
    resolvedRight.serviceName,
    toSnakeCase(resolvedRight.entity),
  ]
    .join("_")
    .toLowerCase()
  const extraColumns = options.database?.extraColumns ?? {}
  for (const name of Object.keys(extraColumns)) checkName(name, "extra column")
  const shortcuts = options.shortcuts ?? {}
  for (const name of Object.keys(shortcuts)) checkName(name, "shortcut")
  return {
    __stratumLink: true,
    left: resolvedLeft,
    right: resolvedRight,
    table: readOnly ? undefined : checkName(shortIdentifier(options.database?.table ?? defaultTable), "table"),
    idPrefix: options.database?.idPrefix ?? "link",
    extraColumns,
    readOnly,
    shortcuts,
  }
}

/** Whether a value is what `defineLink` returns. */
export function isLinkDefinition(value: unknown): value is LinkDefinition {
  return typeof value === "object" && value !== null && (value as LinkDefinition).__stratumLink === true
}
