import type { DmlEntity } from "../entity.js"
import { indexWhereSql } from "./where-clause.js"
import type { IndexMetadata, PropertyMetadata } from "./types.js"

const LIVE_ROWS = "deleted_at IS NULL"

/**
 * Default index name: `IDX_<table>_<columns joined by _>`, plus `_unique` for unique indexes.
 *
 * @example
 * defaultIndexName("user", ["email"], true); // "IDX_user_email_unique"
 */
export function defaultIndexName(tableName: string, columns: readonly string[], unique: boolean): string {
  return `IDX_${tableName}_${columns.join("_")}${unique ? "_unique" : ""}`
}

function propertyIndexes(
  tableName: string,
  property: PropertyMetadata,
  configIndex: string | null | undefined,
  configUnique: string | null | undefined,
): IndexMetadata[] {
  const columns = [property.columnName]
  const result: IndexMetadata[] = []
  if (configIndex !== undefined) {
    result.push({
      name: configIndex ?? defaultIndexName(tableName, columns, false),
      columns,
      unique: false,
      where: LIVE_ROWS,
    })
  }
  if (configUnique !== undefined) {
    result.push({
      name: configUnique ?? defaultIndexName(tableName, columns, true),
      columns,
      unique: true,
      where: LIVE_ROWS,
    })
  }
  return result
}

/**
 * Resolves every index of an entity: property `.index()`/`.unique()`, foreign keys, `.indexes([...])`
 * and the implicit `IDX_<table>_deleted_at`. All are partial on live rows unless `where: null`.
 *
 * @example
 * resolveIndexes(User, properties).map((index) => index.name);
 * // ["IDX_user_email_unique", "IDX_user_deleted_at"]
 */
export function resolveIndexes(entity: DmlEntity, properties: ReadonlyMap<string, PropertyMetadata>): IndexMetadata[] {
  const indexes: IndexMetadata[] = []
  const automatic: IndexMetadata[] = []
  for (const property of properties.values()) {
    const value = entity.schema[property.name]
    if (value !== undefined && value["~dml"] === "property") {
      indexes.push(...propertyIndexes(entity.tableName, property, value.config.index, value.config.unique))
    } else if (property.foreignKeyOf !== undefined) {
      const columns = [property.columnName]
      automatic.push({
        name: defaultIndexName(entity.tableName, columns, property.unique),
        columns,
        unique: property.unique,
        where: LIVE_ROWS,
      })
    }
  }
  for (const definition of entity.indexDefinitions) {
    const unknown = definition.on.filter((field) => {
      const property = properties.get(field)
      return property === undefined || property.computed
    })
    if (unknown.length > 0 || definition.on.length === 0) {
      throw new Error(`Cannot apply indexes on fields (${unknown.join(", ")}) for model ${entity.name}`)
    }
    const columns = definition.on.map((field) => (properties.get(field) as PropertyMetadata).columnName)
    const unique = definition.unique === true
    const where = indexWhereSql(definition.where)
    indexes.push({
      name: definition.name ?? defaultIndexName(entity.tableName, columns, unique),
      columns,
      unique,
      ...(where !== undefined ? { where } : {}),
      ...(definition.type !== undefined ? { type: definition.type } : {}),
    })
  }
  automatic.push({
    name: defaultIndexName(entity.tableName, ["deleted_at"], false),
    columns: ["deleted_at"],
    unique: false,
    where: LIVE_ROWS,
  })
  const explicit = dedupe(entity.name, indexes)
  // An explicit index named like an automatic one (e.g. a non-partial FK index) replaces it.
  const taken = new Set(explicit.map((index) => index.name))
  return [...explicit, ...automatic.filter((index) => !taken.has(index.name))]
}

function dedupe(entityName: string, indexes: IndexMetadata[]): IndexMetadata[] {
  const byName = new Map<string, IndexMetadata>()
  for (const index of indexes) {
    const existing = byName.get(index.name)
    if (existing === undefined) {
      byName.set(index.name, index)
    } else if (JSON.stringify(existing) !== JSON.stringify(index)) {
      throw new Error(`Model ${entityName} defines two different indexes named "${index.name}"`)
    }
  }
  return [...byName.values()]
}
