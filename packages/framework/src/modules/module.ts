import type { DmlEntity } from "../dml/entity.js"
import type { ComputedFieldDefinition } from "../query/computed-field.js"
import { linkableKey } from "../dml/naming.js"
import type { RepositoryDependencies } from "./medusa-repository.js"
import { MODEL_OBJECTS } from "./medusa-service.js"
import type { ModelMap, PascalName } from "./medusa-service-types.js"
import type { DmlSchema } from "../dml/schema.js"
import { lowerCaseFirst } from "./naming.js"

/** A class built by `MedusaService({...})` (or any class taking the module's cradle). */
export type ServiceClass<TService = unknown> = new (cradle: Record<string, unknown>) => TService

export type RepositoryClass = new (dependencies: RepositoryDependencies) => object

/** Runs once when the module loads, with the module's container. */
export type ModuleLoader = (args: { container: Record<string, unknown>; options: Record<string, unknown> }) => unknown

/** How another module or a link points at a model of this module. */
export interface Linkable {
  serviceName: string
  entity: string
  field: string
  primaryKey: string
  linkable: string
}

/** `{ blogPost: Linkable, comment: Linkable }` for a service generated from `{ BlogPost, Comment }`. */
export type LinkablesOf<TServiceClass> = TServiceClass extends { readonly $modelObjects: infer M }
  ? {
      [
        K in keyof M & string as M[K] extends DmlEntity<infer N, DmlSchema> ? Uncapitalize<PascalName<N>> : never
      ]: Linkable
    }
  : Record<string, Linkable>

/** What `Module(...)` returns: the module definition the configuration lists. */
export interface ModuleExports<TService = unknown, TLinkable = Record<string, Linkable>> {
  readonly __stratumModule: true
  readonly name: string
  readonly service: ServiceClass<TService>
  readonly models: readonly DmlEntity[]
  readonly repositories: readonly RepositoryClass[]
  readonly loaders: readonly ModuleLoader[]
  /** Fields this module computes in SQL for the query graph (e.g. `calculated_price`). */
  readonly computedFields: readonly ComputedFieldDefinition[]
  /** `BlogModule.linkable.blogPost` for links. */
  readonly linkable: Readonly<TLinkable>
}

export interface ModuleDefinition<TServiceClass> {
  service: TServiceClass
  repositories?: RepositoryClass[]
  loaders?: ModuleLoader[]
  computedFields?: ComputedFieldDefinition[]
}

const MODULE_NAME = /^[a-z][a-zA-Z0-9_]*$/

/**
 * Declares a module: its name (the container key of its service), the service class and,
 * optionally, custom repositories and loaders.
 *
 * @example
 * export default Module("blog", { service: BlogModuleService })
 */
export function Module<TServiceClass extends ServiceClass>(
  name: string,
  definition: ModuleDefinition<TServiceClass>,
): ModuleExports<InstanceType<TServiceClass>, LinkablesOf<TServiceClass>> {
  if (!MODULE_NAME.test(name)) {
    throw new Error(`Module name "${name}" must start with a lowercase letter and contain only letters, digits and _`)
  }
  if (typeof definition?.service !== "function") {
    throw new Error(`Module "${name}" needs a service class: Module("${name}", { service: MyService })`)
  }
  const modelMap = (definition.service as unknown as { [MODEL_OBJECTS]?: ModelMap })[MODEL_OBJECTS] ?? {}
  const models = [...new Set(Object.values(modelMap))]
  const linkable: Record<string, Linkable> = {}
  for (const model of models) {
    linkable[lowerCaseFirst(model.name)] = {
      serviceName: name,
      entity: model.name,
      field: lowerCaseFirst(model.name),
      primaryKey: "id",
      linkable: linkableKey(model.name, "id"),
    }
  }
  return {
    __stratumModule: true,
    name,
    service: definition.service as ServiceClass<InstanceType<TServiceClass>>,
    models,
    repositories: definition.repositories ?? [],
    loaders: definition.loaders ?? [],
    computedFields: definition.computedFields ?? [],
    linkable: linkable as LinkablesOf<TServiceClass>,
  }
}

export function isModuleExports(value: unknown): value is ModuleExports {
  return typeof value === "object" && value !== null && (value as ModuleExports).__stratumModule === true
}
