import { isRelation, type DmlSchema } from "./schema.js"

/** A simple `where` object for partial indexes: `{ kind: "a", archived_at: { $ne: null } }`. */
export type IndexWhere = Record<string, string | number | boolean | null | { $ne: string | number | boolean | null }>

/** One entry of `.indexes([...])`. */
export interface IndexDefinition {
  /** Property names (foreign-key names such as `blog_post_id` included). */
  on: readonly string[]
  unique?: boolean
  /** SQL string or simple object; `deleted_at IS NULL` is added unless present. `null`: not partial. */
  where?: string | IndexWhere | null
  /** Defaults to `IDX_<table>_<columns>` (+ `_unique`). */
  name?: string
  /** Index method, e.g. `"GIN"`. */
  type?: string
}

/** The argument of `.cascades()`. */
export interface CascadeDefinition {
  /** Relations whose rows are (soft) deleted with this entity. */
  delete?: readonly string[]
  /** Many-to-many relations whose pivot rows are removed with this entity. */
  detach?: readonly string[]
}

/**
 * A model definition produced by `model.define`. Resolve a set of them with `resolveModels`.
 * `Name` is the name given to `define`; `name` holds the PascalCase entity name.
 */
export class DmlEntity<Name extends string = string, Schema extends DmlSchema = DmlSchema> {
  readonly "~dml" = "entity" as const
  declare readonly "~name": Name
  readonly #indexes: IndexDefinition[] = []
  #cascades: { delete: string[]; detach: string[] } = { delete: [], detach: [] }

  constructor(
    readonly name: string,
    readonly tableName: string,
    readonly schema: Schema,
  ) {}

  /** Index definitions added with `.indexes()`. */
  get indexDefinitions(): readonly IndexDefinition[] {
    return this.#indexes
  }

  /** Relations listed in `.cascades()`. */
  get cascadeDefinition(): { readonly delete: readonly string[]; readonly detach: readonly string[] } {
    return this.#cascades
  }

  /**
   * Adds composite or custom indexes. Partial on live rows by default.
   *
   * @example
   * model.define("user", { ... }).indexes([{ on: ["email"], unique: true }])
   * // CREATE UNIQUE INDEX "IDX_user_email_unique" ON "user" ("email") WHERE deleted_at IS NULL
   */
  indexes(definitions: readonly IndexDefinition[]): this {
    this.#indexes.push(...definitions.map((definition) => ({ ...definition, on: [...definition.on] })))
    return this
  }

  /**
   * Declares which relations are deleted along with this entity (parent to child only).
   *
   * @example
   * model.define("blog_post", { ... }).cascades({ delete: ["comments"] })
   */
  cascades(definition: CascadeDefinition): this {
    const names = [...(definition.delete ?? []), ...(definition.detach ?? [])]
    const unknown = names.filter((name) => {
      const value = this.schema[name]
      return value === undefined || !isRelation(value)
    })
    if (unknown.length > 0) {
      throw new Error(`Cannot cascade "${unknown.join(", ")}" from "${this.name}": not a relation of this entity`)
    }
    const toParent = (definition.delete ?? []).filter((name) => this.schema[name]?.config.kind === "belongsTo")
    if (toParent.length > 0) {
      throw new Error(
        `Cannot cascade delete "${toParent.join(", ")}" relationship(s) from "${this.name}" entity. ` +
          "Child to parent cascades are not allowed",
      )
    }
    this.#cascades = { delete: [...(definition.delete ?? [])], detach: [...(definition.detach ?? [])] }
    return this
  }
}

/**
 * Whether a value is a `DmlEntity` (works across duplicated module copies).
 *
 * @example
 * isDmlEntity(model.define("tag", { id: model.id().primaryKey() })); // true
 */
export function isDmlEntity(value: unknown): value is DmlEntity {
  return typeof value === "object" && value !== null && (value as { "~dml"?: unknown })["~dml"] === "entity"
}
