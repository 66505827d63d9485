import { createHash } from "node:crypto"
import type { ModuleEntry } from "../config/config-types.js"
import { resolveModels } from "../dml/metadata/resolve-models.js"
import type { ModelRegistry } from "../dml/metadata/types.js"
import { toEntitySchemas } from "../dml/mikro-orm/to-entity-schemas.js"
import type { DmlEntitySchema } from "../dml/mikro-orm/schema-types.js"
import { resolveModules, type ResolvedModule } from "../modules/module-resolver.js"

/** The modules that share one database, with their resolved models. */
export interface DatabaseGroup {
  /** Undefined for the application's own database. */
  url: string | undefined
  modules: ResolvedModule[]
  registry: ModelRegistry
  entities: DmlEntitySchema[]
}

/** Resolves the configured modules and groups them by database. */
export async function loadModuleGraph(entries: readonly ModuleEntry[], baseDir: string): Promise<DatabaseGroup[]> {
  const modules = await resolveModules(entries, baseDir)
  const byUrl = new Map<string | undefined, ResolvedModule[]>([[undefined, []]])
  for (const module of modules) {
    const list = byUrl.get(module.databaseUrl) ?? []
    list.push(module)
    byUrl.set(module.databaseUrl, list)
  }
  return [...byUrl].map(([url, group]) => {
    const owners = new Map<string, string>()
    for (const module of group) {
      for (const model of module.models) {
        const owner = owners.get(model.name)
        if (owner && owner !== module.exports.name) {
          throw new Error(
            `Model "${model.name}" is defined by both module "${owner}" and module "${module.exports.name}"; model names must be unique per database`,
          )
        }
        owners.set(model.name, module.exports.name)
      }
    }
    const registry = resolveModels(group.flatMap((module) => module.models))
    return { url, modules: group, registry, entities: toEntitySchemas(registry) }
  })
}

/** A fingerprint of a database's schema as the models describe it (names, columns, relations, indexes). */
export function schemaSignature(group: DatabaseGroup): string {
  const snapshot = [...group.registry.entities.values()].map((entity) => ({
    table: entity.tableName,
    columns: [...entity.properties.values()].map((p) => [
      p.columnName,
      p.columnType,
      p.nullable,
      p.defaultSql,
      p.primaryKey,
      p.unique,
    ]),
    relations: [...entity.relations.values()].map((r) => [
      r.name,
      r.kind,
      r.target,
      "foreignKey" in r ? r.foreignKey : "",
      r.cascadeDelete,
    ]),
    indexes: entity.indexes.map((index) => [index.name, index.columns, index.unique, index.where]),
  }))
  return createHash("sha256").update(JSON.stringify(snapshot)).digest("hex")
}
