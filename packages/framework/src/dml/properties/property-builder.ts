/** The property builders a model schema can use. */
export type PropertyKind =
  "id" | "text" | "number" | "bigNumber" | "float" | "boolean" | "dateTime" | "json" | "enum" | "array"

/** The user-facing configuration a property builder accumulates. */
export interface PropertyConfig {
  readonly kind: PropertyKind
  readonly nullable: boolean
  readonly hasDefault: boolean
  readonly defaultValue?: unknown
  readonly primaryKey: boolean
  /** `undefined`: no index; `null`: index with the default name; a string: index with that name. */
  readonly index?: string | null
  /** Same convention as `index`, for a unique index. */
  readonly unique?: string | null
  readonly searchable: boolean
  readonly computed: boolean
  readonly idPrefix?: string
  readonly enumValues?: readonly string[]
}

/**
 * A column of a model. Builders are immutable: every modifier returns a new builder.
 * `T` is the value type; `Optional` says whether a create input may omit it.
 */
export class PropertyBuilder<T, Optional extends boolean = false> {
  /** Type-level carrier of the value type; never set at runtime. */
  declare readonly "~value": T
  /** Type-level carrier of create-input optionality; never set at runtime. */
  declare readonly "~optional": Optional
  readonly "~dml" = "property" as const

  constructor(readonly config: PropertyConfig) {}

  /**
   * Allows `null`; the column becomes nullable and optional on create.
   *
   * @example
   * model.text().nullable() // "subtitle" text null
   */
  nullable(): PropertyBuilder<T | null, true> {
    return new PropertyBuilder<T | null, true>({ ...this.config, nullable: true })
  }

  /**
   * Sets the database default (and the value used when a create omits the field).
   *
   * @example
   * model.enum(["draft", "published"]).default("draft")
   */
  default(value: T): PropertyBuilder<T, true> {
    return new PropertyBuilder<T, true>({ ...this.config, hasDefault: true, defaultValue: value })
  }

  /**
   * Marks the property as (part of) the primary key.
   *
   * @example
   * model.id({ prefix: "bp" }).primaryKey()
   */
  primaryKey(): PropertyBuilder<T, Optional> {
    return new PropertyBuilder<T, Optional>({ ...this.config, primaryKey: true })
  }

  /**
   * Adds a single-column index, partial on live rows (`WHERE deleted_at IS NULL`).
   *
   * @example
   * model.text().index() // IDX_<table>_<column>
   */
  index(name?: string): PropertyBuilder<T, Optional> {
    return new PropertyBuilder<T, Optional>({ ...this.config, index: name ?? null })
  }

  /**
   * Adds a unique index, partial on live rows: values are unique among non-deleted rows.
   *
   * @example
   * model.text().unique() // IDX_<table>_<column>_unique
   */
  unique(name?: string): PropertyBuilder<T, Optional> {
    return new PropertyBuilder<T, Optional>({ ...this.config, unique: name ?? null })
  }

  /**
   * Includes the property in free-text search (`q`).
   *
   * @example
   * model.text().searchable()
   */
  searchable(): PropertyBuilder<T, Optional> {
    return new PropertyBuilder<T, Optional>({ ...this.config, searchable: true })
  }

  /**
   * Declares a computed field: part of the entity type, but without a column.
   *
   * @example
   * model.number().computed()
   */
  computed(): PropertyBuilder<T, true> {
    return new PropertyBuilder<T, true>({ ...this.config, computed: true })
  }
}

/**
 * Creates the initial configuration of a property of the given kind.
 *
 * @example
 * new PropertyBuilder<string>(baseConfig("text"))
 */
export function baseConfig(kind: PropertyKind, extra: Partial<PropertyConfig> = {}): PropertyConfig {
  return { kind, nullable: false, hasDefault: false, primaryKey: false, searchable: false, computed: false, ...extra }
}
