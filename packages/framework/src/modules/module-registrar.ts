import { asValue } from "awilix"
import { asShared, type StratumContainer } from "../container/create-container.js"
import type { ModelRegistry } from "../dml/metadata/types.js"
import type { Manager } from "../database/manager.js"
import { InternalService } from "./internal-service.js"
import { MedusaRepository } from "./medusa-repository.js"
import type { ServiceContainer } from "./medusa-service-types.js"
import type { ResolvedModule } from "./module-resolver.js"
import { lowerCaseFirst } from "./naming.js"
import { repositoryEntity } from "./repository-decorator.js"

export interface ModuleDatabase {
  manager: Manager
  registry: ModelRegistry
}

function serviceContainer(scope: StratumContainer): ServiceContainer {
  return new Proxy({} as ServiceContainer, {
    get(_target, key) {
      if (key === "resolve") return <T>(name: string) => scope.resolve<T>(name)
      if (typeof key !== "string") return undefined
      return scope.resolve(key)
    },
  })
}

/**
 * Builds a module's own container (a scope of the application container): per model a repository
 * (custom or default) and an internal service, the manager of the module's database, the
 * module's options; then the module service itself, registered in the application container
 * under the module's name.
 */
export async function registerModule(
  container: StratumContainer,
  module: ResolvedModule,
  database: ModuleDatabase,
): Promise<unknown> {
  const scope = container.createScope()
  const custom = new Map(module.repositories.map((repository) => [repositoryEntity(repository), repository]))
  for (const entityName of custom.keys()) {
    if (entityName && !module.models.some((model) => model.name === entityName)) {
      throw new Error(
        `Repository for "${entityName}" in module "${module.exports.name}" names no model of the module; models: ${module.models.map((m) => m.name).join(", ")}`,
      )
    }
  }
  const values: Record<string, unknown> = {
    manager: database.manager,
    options: module.options,
    __registry__: database.registry,
    __serviceContainer__: serviceContainer(scope),
  }
  for (const model of module.models) {
    const base = lowerCaseFirst(model.name)
    const Repository = custom.get(model.name) ?? MedusaRepository
    const repository = new Repository({
      manager: database.manager,
      registry: database.registry,
      entityName: model.name,
    }) as MedusaRepository
    values[`${base}Repository`] = repository
    values[`${base}Service`] = new InternalService(repository, database.manager)
  }
  for (const [key, value] of Object.entries(values)) scope.register(key, asValue(value))
  for (const loader of module.exports.loaders) {
    await loader({ container: scope.cradle, options: module.options })
  }
  const service = new module.exports.service(scope.cradle) as Record<string, unknown>
  // A plain class (the guide's `class AnalyticsService { ... this.container_.resolve("manager") }`) gets the
  // members a generated service has, unless it set them itself.
  for (const [key, value] of Object.entries({ container_: values.__serviceContainer__, __container__: scope.cradle })) {
    if (!(key in service)) Object.defineProperty(service, key, { value, enumerable: false })
  }
  container.register(module.exports.name, asShared(service))
  return service
}
