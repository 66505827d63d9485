import { EntitySchema, type EntityCtor, type EntitySchemaMetadata } from "@mikro-orm/core"
import type { EntityMetadata, ModelRegistry } from "../metadata/types.js"
import { indexOptions } from "./index-options.js"
import { scalarProperty } from "./property-options.js"
import { relationProperties } from "./relation-options.js"
import type { DmlEntitySchema, Row, SchemaProperty } from "./schema-types.js"
import { SOFT_DELETE_FILTER, softDeleteFilter } from "./soft-delete-filter.js"

function toSchema(meta: EntityMetadata, lookup: (name: string) => DmlEntitySchema): DmlEntitySchema {
  const properties: Record<string, SchemaProperty> = {}
  // Declaration order: a foreign key brings its relation's properties at its own position.
  for (const property of meta.properties.values()) {
    const relation = property.foreignKeyOf === undefined ? undefined : meta.relations.get(property.foreignKeyOf)
    if (relation === undefined) {
      properties[property.name] = scalarProperty(property)
    } else {
      Object.assign(properties, relationProperties(meta, relation, lookup))
    }
  }
  for (const relation of meta.relations.values()) {
    if (!(relation.kind !== "manyToMany" && relation.owner)) {
      Object.assign(properties, relationProperties(meta, relation, lookup))
    }
  }
  return new EntitySchema<Row, never, EntityCtor<Row>>({
    name: meta.name,
    tableName: meta.tableName,
    // Property types are only known at runtime here; MikroORM's typed map cannot express that.
    properties: properties as EntitySchemaMetadata<Row>["properties"],
    ...indexOptions(meta),
    filters: { [SOFT_DELETE_FILTER]: softDeleteFilter() },
  })
}

/**
 * Builds MikroORM 7 `EntitySchema`s (no decorators, no reflection) from resolved models. Each schema's
 * class name is the model name, so `em.nativeDelete("BlogPost", ...)`-style lookups by name work.
 *
 * @example
 * const schemas = toEntitySchemas(resolveModels([BlogPost, Comment]));
 * const orm = await MikroORM.init({ entities: schemas, clientUrl: process.env.DATABASE_URL });
 */
export function toEntitySchemas(registry: ModelRegistry): DmlEntitySchema[] {
  const schemas = new Map<string, DmlEntitySchema>()
  const lookup = (name: string): EntitySchema<Row> => {
    const schema = schemas.get(name)
    if (schema === undefined) {
      throw new Error(`No MikroORM schema was built for "${name}"`)
    }
    return schema
  }
  for (const meta of registry.entities.values()) {
    schemas.set(meta.name, toSchema(meta, lookup))
  }
  return [...schemas.values()]
}
