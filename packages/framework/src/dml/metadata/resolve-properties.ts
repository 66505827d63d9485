import type { DmlEntity } from "../entity.js"
import type { PropertyConfig } from "../properties/property-builder.js"
import { isRelation } from "../schema.js"
import { columnTypeOf, defaultSqlOf } from "./column-types.js"
import type { PropertyMetadata } from "./types.js"

/**
 * Resolves one declared property of an entity.
 *
 * @example
 * resolveProperty("BlogPost", "title", model.text().config).columnType; // "text"
 */
export function resolveProperty(entityName: string, name: string, config: PropertyConfig): PropertyMetadata {
  const where = `"${entityName}.${name}"`
  if (config.primaryKey && config.nullable) {
    throw new Error(`Primary key ${where} cannot be nullable`)
  }
  if (config.computed && (config.primaryKey || config.index !== undefined || config.unique !== undefined)) {
    throw new Error(`Computed property ${where} has no column: it cannot be a primary key or indexed`)
  }
  return {
    name,
    columnName: name,
    kind: config.kind,
    columnType: columnTypeOf(config.kind),
    nullable: config.nullable,
    ...(config.hasDefault
      ? { defaultSql: defaultSqlOf(config.kind, config.defaultValue, where), defaultValue: config.defaultValue }
      : {}),
    primaryKey: config.primaryKey,
    unique: config.unique !== undefined,
    indexed: config.index !== undefined,
    searchable: config.searchable,
    computed: config.computed,
    ...(config.enumValues ? { enumValues: config.enumValues } : {}),
    isArray: config.kind === "array",
    isBigNumber: config.kind === "bigNumber",
    implicit: false,
    ...(config.idPrefix !== undefined ? { idPrefix: config.idPrefix } : {}),
  }
}

/**
 * Resolves the declared (non-relation) properties of an entity, in declaration order.
 *
 * @example
 * resolveDeclaredProperties(BlogPost).map((p) => p.name); // ["id", "title"]
 */
export function resolveDeclaredProperties(entity: DmlEntity): PropertyMetadata[] {
  const properties: PropertyMetadata[] = []
  for (const [name, value] of Object.entries(entity.schema)) {
    if (!isRelation(value)) {
      properties.push(resolveProperty(entity.name, name, value.config))
    }
  }
  return properties
}

function timestamp(name: "created_at" | "updated_at" | "deleted_at"): PropertyMetadata {
  const live = name !== "deleted_at"
  return {
    name,
    columnName: name,
    kind: "dateTime",
    columnType: "timestamptz",
    nullable: !live,
    ...(live ? { defaultSql: "now()" } : {}),
    primaryKey: false,
    unique: false,
    indexed: name === "deleted_at",
    searchable: false,
    computed: false,
    isArray: false,
    isBigNumber: false,
    implicit: true,
  }
}

/**
 * The implicit `created_at`, `updated_at` and `deleted_at` columns of every model.
 *
 * @example
 * implicitTimestamps()[0]; // { name: "created_at", columnType: "timestamptz", defaultSql: "now()", ... }
 */
export function implicitTimestamps(): PropertyMetadata[] {
  return [timestamp("created_at"), timestamp("updated_at"), timestamp("deleted_at")]
}
