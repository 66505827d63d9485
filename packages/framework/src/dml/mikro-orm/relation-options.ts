import type { EntityMetadata, PropertyMetadata, RelationMetadata } from "../metadata/types.js"
import type { DmlEntitySchema, SchemaProperty } from "./schema-types.js"

/** Looks up the `EntitySchema` built for an entity name (resolved lazily, after all are built). */
export type SchemaLookup = (entityName: string) => DmlEntitySchema

/**
 * Maps a relation to MikroORM properties. An owning relation (`belongsTo`, owning `hasOne`) becomes
 * two properties on the same column: the persisted foreign key `<rel>_id` (mapped to the primary key)
 * and the relation itself, not persisted, used to populate the target.
 *
 * @example
 * relationProperties(commentMeta, commentMeta.relations.get("blog_post")!, lookup);
 * // { blog_post_id: { kind: "m:1", mapToPk: true, ... }, blog_post: { kind: "m:1", persist: false, ... } }
 */
export function relationProperties(
  meta: EntityMetadata,
  relation: RelationMetadata,
  lookup: SchemaLookup,
): Record<string, SchemaProperty> {
  const entity = () => lookup(relation.target)
  if (relation.kind === "manyToMany") {
    const side = relation.owner
      ? {
          owner: true,
          pivotTable: relation.pivotTable,
          joinColumn: relation.joinColumn,
          inverseJoinColumn: relation.inverseJoinColumn,
          ...(relation.mappedBy !== undefined ? { inversedBy: relation.mappedBy } : {}),
        }
      : { mappedBy: relation.mappedBy as string }
    return { [relation.name]: { kind: "m:n", entity, ...side } as SchemaProperty }
  }
  if (!relation.owner) {
    const property: SchemaProperty =
      relation.kind === "hasMany"
        ? { kind: "1:m", entity, mappedBy: relation.mappedBy, orphanRemoval: relation.cascadeDelete }
        : { kind: "1:1", entity, mappedBy: relation.mappedBy }
    return { [relation.name]: property }
  }
  const foreignKey = meta.properties.get(relation.foreignKey) as PropertyMetadata
  const kind = relation.oneToOne ? "1:1" : "m:1"
  const shared = {
    kind,
    entity,
    fieldName: relation.foreignKey,
    nullable: relation.nullable,
    ...(relation.oneToOne ? { owner: true, unique: false } : {}),
  }
  const deleteRule = relation.onDeleteCascade ? "cascade" : relation.nullable ? "set null" : "no action"
  return {
    [foreignKey.name]: {
      ...shared,
      mapToPk: true,
      columnType: foreignKey.columnType,
      updateRule: "cascade",
      deleteRule,
      ...(relation.oneToOne && relation.mappedBy !== undefined ? { inversedBy: relation.mappedBy } : {}),
    } as SchemaProperty,
    [relation.name]: { ...shared, persist: false } as SchemaProperty,
  }
}
