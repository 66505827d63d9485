import { asValue, createContainer, InjectionMode, type AwilixContainer } from "awilix"

export type StratumContainer = AwilixContainer<Record<string, unknown>>

/**
 * The application container (awilix, proxy injection as Medusa): services receive the cradle and
 * resolve their dependencies by property access.
 */
export function createStratumContainer(values: Record<string, unknown> = {}): StratumContainer {
  const container = createContainer<Record<string, unknown>>({ injectionMode: InjectionMode.PROXY, strict: true })
  for (const [key, value] of Object.entries(values)) container.register(key, asValue(value))
  return container
}
