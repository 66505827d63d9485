import type { DmlEntity } from "../entity.js"
import type { PropertyKind } from "../properties/property-builder.js"

/** Property kinds after resolution: the DML kinds plus the implicit timestamps. */
export type ResolvedPropertyKind = PropertyKind

/** One column (or computed field) of an entity, fully resolved. */
export interface PropertyMetadata {
  /** Property name as used in code and filters. */
  readonly name: string
  /** Column name in the table (equal to `name` in DML models). */
  readonly columnName: string
  readonly kind: ResolvedPropertyKind
  /** SQL column type: `text`, `integer`, `numeric`, `real`, `boolean`, `timestamptz`, `jsonb`, `text[]`. */
  readonly columnType: string
  readonly nullable: boolean
  /** SQL default expression, e.g. `now()`, `'draft'`, `'{"a":1}'::jsonb`. */
  readonly defaultSql?: string
  /** The JavaScript default value given to `.default()`, if any. */
  readonly defaultValue?: unknown
  readonly primaryKey: boolean
  readonly unique: boolean
  readonly indexed: boolean
  readonly searchable: boolean
  /** Computed fields have no column. */
  readonly computed: boolean
  readonly enumValues?: readonly string[]
  /** `text[]` columns. */
  readonly isArray: boolean
  /** `numeric` columns read back as numbers. */
  readonly isBigNumber: boolean
  /** One of `created_at`, `updated_at`, `deleted_at`. */
  readonly implicit: boolean
  /** For foreign-key scalars: the relation that owns this column. */
  readonly foreignKeyOf?: string
  /** Prefix of generated ids (`model.id({ prefix })`). */
  readonly idPrefix?: string
}

interface RelationBase {
  readonly name: string
  /** Target entity name (PascalCase). */
  readonly target: string
  /** The inverse relation on the target, when one exists. */
  readonly mappedBy?: string
  readonly nullable: boolean
  readonly searchable: boolean
  /** Listed in `.cascades({ delete })`. */
  readonly cascadeDelete: boolean
}

/** A relation whose foreign key column lives on this entity's table (`belongsTo`, owning `hasOne`). */
export interface OwningRelationMetadata extends RelationBase {
  readonly kind: "belongsTo" | "hasOne"
  readonly owner: true
  /** Column on this table, also exposed as a scalar property of the same name. */
  readonly foreignKey: string
  /** Referenced column on the target (its primary key). */
  readonly targetKey: string
  /** One-to-one (unique foreign key). */
  readonly oneToOne: boolean
  /** Target deletes cascade to this row (the inverse side lists this relation in `cascades`). */
  readonly onDeleteCascade: boolean
}

/** A relation whose foreign key column lives on the target's table (`hasMany`, inverse `hasOne`). */
export interface InverseRelationMetadata extends RelationBase {
  readonly kind: "hasMany" | "hasOne"
  readonly owner: false
  readonly mappedBy: string
  /** Column on the target table referencing this entity. */
  readonly foreignKey: string
  /** Referenced column on this entity (its primary key). */
  readonly sourceKey: string
}

/** A many-to-many relation through a pivot table. */
export interface ManyToManyRelationMetadata extends RelationBase {
  readonly kind: "manyToMany"
  /** Whether this side owns the pivot definition. */
  readonly owner: boolean
  readonly pivotTable: string
  /** Pivot column referencing this entity. */
  readonly joinColumn: string
  /** Pivot column referencing the target. */
  readonly inverseJoinColumn: string
  readonly sourceKey: string
  readonly targetKey: string
}

/** Any resolved relation; discriminate on `kind` and `owner`. */
export type RelationMetadata = OwningRelationMetadata | InverseRelationMetadata | ManyToManyRelationMetadata

/** An index of the entity's table. */
export interface IndexMetadata {
  readonly name: string
  readonly columns: readonly string[]
  readonly unique: boolean
  /** SQL predicate of a partial index, e.g. `deleted_at IS NULL`; absent for a plain index. */
  readonly where?: string
  /** Index method, e.g. `GIN`. */
  readonly type?: string
}

/** One resolved entity. */
export interface EntityMetadata {
  /** PascalCase entity name, e.g. `BlogPost`. */
  readonly name: string
  readonly tableName: string
  readonly primaryKeys: readonly string[]
  /** Prefix of generated ids, when the primary key is `model.id({ prefix })`. */
  readonly idPrefix?: string
  /** All properties in declaration order, foreign keys and implicit timestamps included. */
  readonly properties: ReadonlyMap<string, PropertyMetadata>
  readonly relations: ReadonlyMap<string, RelationMetadata>
  /** Relations cascaded on delete (parent to child). */
  readonly cascadeDelete: readonly string[]
  /** Many-to-many relations whose pivot rows are removed with this entity. */
  readonly cascadeDetach: readonly string[]
  readonly indexes: readonly IndexMetadata[]
  /** Searchable scalar property names. */
  readonly searchableFields: readonly string[]
  /** Searchable relation names (free-text search recurses into them). */
  readonly searchableRelations: readonly string[]
  /** Linkable keys, e.g. `{ blog_post_id: "id" }`. */
  readonly linkableKeys: Readonly<Record<string, string>>
  /** The DML definition this was resolved from. */
  readonly dml: DmlEntity
}

/** All entities of one resolution, by entity name. */
export interface ModelRegistry {
  readonly entities: ReadonlyMap<string, EntityMetadata>
  /**
   * Looks an entity up by name, throwing when it does not exist.
   */
  get(name: string): EntityMetadata
}
