import { asValue, createContainer, InjectionMode, type AwilixContainer } from "awilix"
import type { ContainerRegistrations } from "./container-registrations.js"

/** What the container holds: the well-known keys typed (extend `ContainerRegistrations`), anything else unknown. */
export type StratumCradle = ContainerRegistrations & Record<string, unknown>

/** The application container; `resolve("query")`, `resolve("manager")`... are typed. */
export type StratumContainer = AwilixContainer<StratumCradle>

/**
 * The application container (awilix, proxy injection as Medusa): services receive the cradle and
 * resolve their dependencies by property access.
 */
export function createStratumContainer(values: Record<string, unknown> = {}): StratumContainer {
  const container = createContainer<StratumCradle>({ injectionMode: InjectionMode.PROXY, strict: true })
  for (const [key, value] of Object.entries(values)) container.register(key, asValue(value))
  return container
}
