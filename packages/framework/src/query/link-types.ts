import type { Linkable } from "../modules/module.js"

/** One side of `defineLink`: a linkable, or a linkable with options. */
export interface LinkSideInput {
  linkable: Linkable
  /** The other side sees a list of these (many on this side). */
  isList?: boolean
  /** Soft-deleting the other side's row soft-deletes this side's linked rows (and restore reverses exactly that). */
  deleteCascade?: boolean
  /** Name of this side as a field on the other side (default: the entity's snake name, pluralized when isList). */
  field?: string
  /** Alias of `field`, as Medusa spells it. */
  alias?: string
}

export interface LinkOptions {
  database?: {
    /** Link table name (default `<left module>_<left entity>_<right module>_<right entity>`). */
    table?: string
    idPrefix?: string
    /** Extra columns of the link table, typed. */
    extraColumns?: Record<
      string,
      { type: "text" | "integer" | "boolean" | "dateTime" | "json" | "float"; nullable?: boolean; default?: unknown }
    >
  }
  /**
   * Read-only link through a foreign key column that already exists on the left model
   * (e.g. `order_items.variant_id`): no table.
   */
  readOnly?: { foreignKey: string }
  /** Extra field names on the left entity that reach through the link: `{ prices: "price_set.prices" }`. */
  shortcuts?: Record<string, string>
}

/** A resolved link, as the graph, migrations and soft-delete cascades use it. */
export interface LinkDefinition {
  readonly __stratumLink: true
  readonly left: ResolvedLinkSide
  readonly right: ResolvedLinkSide
  /** Link table, or undefined for a read-only link. */
  readonly table: string | undefined
  readonly idPrefix: string
  readonly extraColumns: NonNullable<NonNullable<LinkOptions["database"]>["extraColumns"]>
  readonly readOnly: LinkOptions["readOnly"]
  readonly shortcuts: Readonly<Record<string, string>>
}

export interface ResolvedLinkSide {
  serviceName: string
  entity: string
  primaryKey: string
  /** Column of the link table holding this side's key (its linkable key, e.g. `product_variant_id`). */
  column: string
  isList: boolean
  deleteCascade: boolean
  /** Field name under which this side appears on the other side. */
  field: string
}
