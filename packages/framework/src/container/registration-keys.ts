/** Container keys Stratum registers; typed constants, never names derived from class names. */
export const ContainerRegistrationKeys = {
  MANAGER: "manager",
  LOGGER: "logger",
  CONFIG_MODULE: "configModule",
  QUERY: "query",
  REMOTE_QUERY: "remoteQuery",
  LINK: "link",
  HEALTH: "healthService",
  PG_CONNECTION: "__pg_connection__",
} as const

export type ContainerRegistrationKey = (typeof ContainerRegistrationKeys)[keyof typeof ContainerRegistrationKeys]
