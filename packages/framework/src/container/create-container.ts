import { asValue, createContainer, InjectionMode, Lifetime, type AwilixContainer, type Resolver } from "awilix"
import type { ContainerRegistrations } from "./container-registrations.js"

/** What the container holds: the well-known keys typed (extend `ContainerRegistrations`), anything else unknown. */
export type StratumCradle = ContainerRegistrations & Record<string, unknown>

/** The application container; `resolve("query")`, `resolve("manager")`... are typed. */
export type StratumContainer = AwilixContainer<StratumCradle>

/**
 * A value shared by the whole application, registered as a singleton: every scope resolves it
 * from the application container, and a request's scope need not be created to reach it
 * (see `requestScope`).
 *
 * @example
 * container.register("query", asShared(query))
 */
export function asShared<T>(value: T): Resolver<T> {
  return { ...asValue(value), lifetime: Lifetime.SINGLETON }
}

/**
 * The application container (awilix, proxy injection as Medusa): services receive the cradle and
 * resolve their dependencies by property access.
 */
export function createStratumContainer(values: Record<string, unknown> = {}): StratumContainer {
  const container = createContainer<StratumCradle>({ injectionMode: InjectionMode.PROXY, strict: true })
  for (const [key, value] of Object.entries(values)) container.register(key, asShared(value))
  return container
}
