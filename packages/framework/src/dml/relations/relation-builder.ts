/** The relation builders a model schema can use. */
export type RelationKind = "hasMany" | "belongsTo" | "hasOne" | "manyToMany"

/** Options accepted by any relation builder (each builder narrows what it accepts). */
export interface RelationOptions {
  readonly mappedBy?: string
  readonly foreignKey?: boolean
  readonly foreignKeyName?: string
  readonly pivotTable?: string
  readonly joinColumn?: string
  readonly inverseJoinColumn?: string
}

/** The configuration a relation builder accumulates. */
export interface RelationConfig {
  readonly kind: RelationKind
  /** A thunk returning the target `DmlEntity`; called lazily so models can reference each other. */
  readonly target: unknown
  readonly options: RelationOptions
  readonly nullable: boolean
  readonly searchable: boolean
}

/**
 * A relation between two models. `Target` is the thunk type (left unconstrained so that mutually
 * referencing models type-check); `Fk` says whether this side owns a foreign-key column: `false` no,
 * `true` named `<relation>_id`, a string: that name.
 */
export class RelationBuilder<
  K extends RelationKind,
  Target,
  Nullable extends boolean = false,
  Fk extends string | boolean = false,
> {
  declare readonly "~target": Target
  declare readonly "~nullable": Nullable
  declare readonly "~fk": Fk
  readonly "~dml" = "relation" as const

  constructor(readonly config: RelationConfig & { readonly kind: K }) {}

  /**
   * Makes the foreign key nullable (`belongsTo` and `hasOne` only).
   *
   * @example
   * parent: model.belongsTo(() => Category).nullable() // "parent_id" text null
   */
  nullable(this: RelationBuilder<"belongsTo" | "hasOne", Target, Nullable, Fk>): RelationBuilder<K, Target, true, Fk> {
    return new RelationBuilder<K, Target, true, Fk>({
      ...(this.config as RelationConfig & { kind: K }),
      nullable: true,
    })
  }

  /**
   * Lets free-text search (`q`) recurse into this relation's searchable fields.
   *
   * @example
   * comments: model.hasMany(() => Comment).searchable()
   */
  searchable(): RelationBuilder<K, Target, Nullable, Fk> {
    return new RelationBuilder<K, Target, Nullable, Fk>({ ...this.config, searchable: true })
  }
}

/**
 * Builds the initial configuration of a relation.
 *
 * @example
 * new RelationBuilder(relationConfig("hasMany", () => Comment, {}))
 */
export function relationConfig<K extends RelationKind>(
  kind: K,
  target: unknown,
  options: RelationOptions,
): RelationConfig & { readonly kind: K } {
  return { kind, target, options: { ...options }, nullable: false, searchable: false }
}
