import type { DmlEntity } from "../dml/entity.js"
import type { ModelRegistry } from "../dml/metadata/types.js"
import type { Manager } from "../database/manager.js"
import { isContext, type Context } from "../context/shared-context.js"
import { activeManager } from "../context/resolve-manager.js"
import type { InternalService } from "./internal-service.js"
import type { MedusaRepository } from "./medusa-repository.js"
import { lowerCaseFirst, pluralize, regularPlural, upperCaseFirst } from "./naming.js"
import type { MedusaServiceConstructor, ModelMap, ServiceContainer } from "./medusa-service-types.js"
import type { AffectedIds, Filters, FindConfig, Row } from "./sql/types.js"

/** Registry key of the models a service class was generated for. */
export const MODEL_OBJECTS = Symbol.for("stratum.modelObjects")

type Cradle = Record<string, unknown>

function contextAt(args: unknown[], index: number): Context {
  const value = args[index]
  return (isContext(value) ? value : {}) as Context
}

/** Maps `{ BlogPost: ids }` to `{ blog_post_id: ids }` with each entity's first linkable key. */
function toLinkableKeys(registry: ModelRegistry, affected: AffectedIds, only?: string[]): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [entityName, ids] of Object.entries(affected)) {
    if (ids.length === 0) continue
    const key = Object.keys(registry.get(entityName).linkableKeys)[0] ?? entityName
    if (only && !only.includes(key)) continue
    result[key] = [...(result[key] ?? []), ...ids]
  }
  return result
}

function defineMethod(prototype: object, name: string, fn: (...args: unknown[]) => unknown): void {
  if (Object.prototype.hasOwnProperty.call(prototype, name)) return
  Object.defineProperty(prototype, name, { value: fn, writable: true, configurable: true, enumerable: false })
}

function generateMethods(prototype: object, key: string, entity: DmlEntity): void {
  const internal = (self: MedusaServiceBase): InternalService => self.internalService(entity.name)
  const plurals = new Set([pluralize(key), regularPlural(key)])
  defineMethod(prototype, `retrieve${key}`, async function (
    this: MedusaServiceBase,
    id: unknown,
    config?: unknown,
    ctx?: unknown,
  ) {
    return internal(this).retrieve(id, (config ?? {}) as FindConfig, this.context(ctx))
  } as never)
  for (const plural of plurals) {
    defineMethod(prototype, `list${plural}`, async function (
      this: MedusaServiceBase,
      filters?: unknown,
      config?: unknown,
      ctx?: unknown,
    ) {
      const { count, ...rest } = (config ?? {}) as FindConfig & { count?: boolean }
      if (count) return internal(this).count((filters ?? {}) as Filters, rest, this.context(ctx))
      return internal(this).list((filters ?? {}) as Filters, rest, this.context(ctx))
    } as never)
    defineMethod(prototype, `listAndCount${plural}`, async function (
      this: MedusaServiceBase,
      filters?: unknown,
      config?: unknown,
      ctx?: unknown,
    ) {
      return internal(this).listAndCount((filters ?? {}) as Filters, (config ?? {}) as FindConfig, this.context(ctx))
    } as never)
    defineMethod(prototype, `create${plural}`, async function (this: MedusaServiceBase, data: unknown, ctx?: unknown) {
      if (data === undefined) return undefined
      return internal(this).create(data as Row, this.context(ctx))
    } as never)
    defineMethod(prototype, `update${plural}`, async function (this: MedusaServiceBase, ...args: unknown[]) {
      if (typeof args[0] === "string") return internal(this).update(args[0], args[1] as Row, this.context(args[2]))
      return internal(this).update(args[0] as Row, this.context(args[1]))
    } as never)
    defineMethod(prototype, `delete${plural}`, async function (this: MedusaServiceBase, ids: unknown, ctx?: unknown) {
      await internal(this).delete(ids, this.context(ctx))
    } as never)
    for (const kind of ["softDelete", "restore"] as const) {
      defineMethod(prototype, `${kind}${plural}`, async function (
        this: MedusaServiceBase,
        ids: unknown,
        ...rest: unknown[]
      ) {
        const config = rest.find((arg) => typeof arg === "object" && arg !== null && "returnLinkableKeys" in arg) as
          { returnLinkableKeys?: string[] } | undefined
        const ctx = rest.find((arg) => arg !== config && isContext(arg))
        const affected = await internal(this)[kind](ids, this.context(ctx))
        return toLinkableKeys(this.registry_, affected, config?.returnLinkableKeys)
      } as never)
    }
  }
}

/**
 * State every generated service carries. Reached by subclasses as in the guide: `this.container_`,
 * `this.<model>Service_`, `this.repository_`, `this.atomicPhase_`.
 */
export abstract class MedusaServiceBase {
  protected readonly __container__: Cradle
  /** The module's container: `this.container_.resolve("manager")`, or property access. */
  protected readonly container_: ServiceContainer
  protected readonly manager_: Manager
  protected readonly registry_: ModelRegistry
  /** The first model's repository. */
  protected readonly repository_: MedusaRepository

  constructor(cradle: Cradle) {
    this.__container__ = cradle
    this.container_ = cradle.__serviceContainer__ as ServiceContainer
    this.manager_ = cradle.manager as Manager
    this.registry_ = cradle.__registry__ as ModelRegistry
    const models = (this.constructor as unknown as { [MODEL_OBJECTS]: ModelMap })[MODEL_OBJECTS]
    const self = this as unknown as Record<string, unknown>
    let first: MedusaRepository | undefined
    for (const entity of Object.values(models)) {
      const base = lowerCaseFirst(entity.name)
      self[`${base}Service_`] = cradle[`${base}Service`]
      self[`${base}Repository_`] = cradle[`${base}Repository`]
      first ??= cradle[`${base}Repository`] as MedusaRepository
    }
    this.repository_ = first as MedusaRepository
  }

  /** @internal The internal service of an entity of this module. */
  internalService(entityName: string): InternalService {
    return this.__container__[`${lowerCaseFirst(entityName)}Service`] as InternalService
  }

  /** @internal A caller's context with the manager filled in. */
  context(ctx: unknown): Context {
    const given = isContext(ctx) ? ctx : {}
    return { ...given, manager: given.manager ?? this.manager_, __type: "MedusaContext" }
  }

  /**
   * Runs `work` in a transaction (joining the context's or the ambient one) and hands it the
   * transaction manager. Every service call inside joins the transaction, context passed or not.
   *
   * @example
   * return this.atomicPhase_(async (transactionManager) => {
   *   const order = await this.createOrders(data, sharedContext)
   *   await Promise.all(items.map((item) => this.createOrderItems({ ...item, order_id: order.id })))
   * }, sharedContext)
   */
  protected async atomicPhase_<T>(
    work: (transactionManager: Manager) => Promise<T>,
    sharedContext?: Context,
  ): Promise<T> {
    const context = contextAt([sharedContext], 0)
    const active = activeManager(context, this.manager_)
    if (active.isInTransaction) return work(active)
    return active.transaction((transactionManager) => work(transactionManager), {
      isolationLevel: context.isolationLevel,
    })
  }
}

/**
 * Generates a service class with Medusa's eight methods per model (`retrieveBlogPost`,
 * `listBlogPosts`, `listAndCountBlogPosts`, `createBlogPosts`, `updateBlogPosts`, `deleteBlogPosts`,
 * `softDeleteBlogPosts`, `restoreBlogPosts`), typed from the models. Extend it:
 *
 * @example
 * class BlogModuleService extends MedusaService({ BlogPost, Comment }) {
 *   async getAllPosts(includeDeleted = false) {
 *     return this.listBlogPosts({}, includeDeleted ? { withDeleted: true } : {})
 *   }
 * }
 */
export function MedusaService<const TModels extends ModelMap>(models: TModels): MedusaServiceConstructor<TModels> {
  abstract class GeneratedService extends MedusaServiceBase {
    static readonly [MODEL_OBJECTS] = models
    static readonly $modelObjects = models
  }
  for (const [key, entity] of Object.entries(models)) {
    generateMethods(GeneratedService.prototype, upperCaseFirst(key), entity)
  }
  return GeneratedService as unknown as MedusaServiceConstructor<TModels>
}
