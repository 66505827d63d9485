import { Lifetime, type ResolveOptions } from "awilix"
import type { StratumContainer } from "./create-container.js"

/** A request's container scope and its release. */
export interface RequestScope {
  /** What handlers see as `req.scope`: an awilix scope of the application container. */
  readonly scope: StratumContainer
  /** Disposes the scope if it was created. */
  dispose(): Promise<void>
}

/**
 * A scope of `container` created on first use. Until then, resolving a singleton of the
 * application container answers from it directly, as a scope would (awilix resolves singletons
 * in the root), so a request that only resolves singletons (module services, `query`, everything
 * registered with `asShared`) creates no scope. Anything else (a scoped or transient
 * registration, `register`, `cradle`, `createScope`...) creates the scope and is answered by it.
 *
 * @example
 * const { scope, dispose } = requestScope(container)
 * scope.resolve("query") // the application's query, no scope created
 * await dispose()
 */
export function requestScope(container: StratumContainer): RequestScope {
  let created: StratumContainer | undefined
  const real = () => (created ??= container.createScope())
  const resolve = (name: string | symbol, options?: ResolveOptions): unknown => {
    if (created === undefined && container.getRegistration(name)?.lifetime === Lifetime.SINGLETON) {
      return container.resolve(name, options)
    }
    return real().resolve(name, options)
  }
  const scope = new Proxy({} as StratumContainer, {
    get: (_target, key) => (key === "resolve" ? resolve : Reflect.get(real(), key)),
    set: (_target, key, value) => Reflect.set(real(), key, value),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key)
      return descriptor && { ...descriptor, configurable: true }
    },
  })
  return { scope, dispose: () => created?.dispose() ?? Promise.resolve() }
}
