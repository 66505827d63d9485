import type { Linkable } from "../modules/module.js"

/** One side of `defineLink`: a linkable, or a linkable with options. */
export interface LinkSideInput {
  linkable: Linkable
  /** The other side sees a list of these (many on this side). */
  isList?: boolean
  /**
   * As in Medusa: soft-deleting this side's row (through `link.delete`) soft-deletes the rows it is
   * linked to on the other side, and `link.restore` reverses exactly that.
   */
  deleteCascade?: boolean
  /**
   * Name of this side as a field on the other side (default: the entity's snake name, pluralized
   * when isList). In a read-only link (`readOnly: true`) it names the column instead, as in Medusa.
   */
  field?: string
  /** Alias of `field`, as Medusa spells it (in a read-only link: the name of the field). */
  alias?: string
  /** Accepted for Medusa compatibility (the index module's filterable fields); every column is filterable here. */
  filterable?: string[]
}

/** An extra column of a link table. */
export interface LinkExtraColumn {
  type: "text" | "integer" | "boolean" | "dateTime" | "json" | "float"
  nullable?: boolean
  /** A JavaScript value, written as a SQL literal. */
  default?: unknown
  /** Medusa's form: the default as SQL text, e.g. `"false"` or `"now()"`. */
  defaultValue?: string
}

export interface LinkOptions {
  database?: {
    /** Link table name (default `<left module>_<left entity>_<right module>_<right entity>`). */
    table?: string
    idPrefix?: string
    /** Extra columns of the link table, typed. */
    extraColumns?: Record<string, LinkExtraColumn>
  }
  /**
   * Read-only link through a foreign key column that already exists on the left model
   * (e.g. `order_items.variant_id`): no table. `true` is Medusa's form: the left side's `field`
   * names the column on the left model, the right side's `field` (default: its primary key) the
   * column it matches; the right side appears on the left one only.
   */
  readOnly?: true | { foreignKey: string }
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
  /** The read-only form, normalized: left.column = right.column through the models' own tables. */
  readonly readOnly: boolean
  readonly shortcuts: Readonly<Record<string, string>>
}

export interface ResolvedLinkSide {
  serviceName: string
  entity: string
  primaryKey: string
  /**
   * Column of the link table holding this side's key (its linkable key, e.g. `product_variant_id`).
   * In a read-only link: the column on this side's own table that the link matches on.
   */
  column: string
  isList: boolean
  deleteCascade: boolean
  /** Field name under which this side appears on the other side. */
  field: string
}
