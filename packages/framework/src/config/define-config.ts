import { parseConnectionUrl } from "../database/connection-target.js"
import { configErrorFrom, ConfigError } from "./config-error.js"
import { projectConfigSchema } from "./config-schema.js"
import type { DatabaseExtra, HttpConfig, ModuleEntry, StratumConfigInput } from "./config-types.js"
import { POOL_DEFAULTS, type ResolvedPoolOptions } from "./pool-options.js"

/** A validated configuration with every default filled in. */
export interface ConfigModule {
  readonly __stratumConfig: true
  projectConfig: {
    databaseUrl: string | undefined
    databaseExtra: DatabaseExtra
    pool: ResolvedPoolOptions
    debug: boolean
    embeddedDataDir: string | undefined
    http: HttpConfig
    /** The seed module for `stratum db:seed`, relative to the configuration file. */
    seed: string | undefined
  }
  modules: ModuleEntry[]
  links: object[]
}

function normalizeModules(modules: StratumConfigInput["modules"]): ModuleEntry[] {
  if (modules === undefined) return []
  if (Array.isArray(modules)) return modules
  const entries: ModuleEntry[] = []
  for (const [key, value] of Object.entries(modules)) {
    if (value === false) continue
    if (value === true || value === null || typeof value !== "object") {
      throw new ConfigError(`modules.${key} must be a module object or { resolve: path }, got ${String(value)}`)
    }
    entries.push(value)
  }
  return entries
}

/**
 * Validates a Stratum configuration and fills in defaults. Invalid values fail here, at start-up,
 * with a message naming the key and the allowed values.
 *
 * @example
 * export default defineConfig({
 *   projectConfig: {
 *     databaseUrl: process.env.DATABASE_URL,
 *     databaseExtra: { pool: { min: 2, max: 10 } },
 *   },
 *   modules: [{ resolve: "./src/modules/blog" }],
 * })
 */
export function defineConfig(input: StratumConfigInput = {}): ConfigModule {
  if (isConfigModule(input)) return input
  const parsed = projectConfigSchema.safeParse(input.projectConfig ?? {})
  if (!parsed.success) throw configErrorFrom(parsed.error, "projectConfig")
  const project = parsed.data
  const pool: ResolvedPoolOptions = { ...POOL_DEFAULTS, ...project.databaseExtra?.pool }
  if (pool.min > pool.max) {
    throw new ConfigError(
      `Invalid configuration: projectConfig.databaseExtra.pool.min (${pool.min}) must not exceed pool.max (${pool.max})`,
    )
  }
  if (project.databaseUrl !== undefined && project.databaseUrl !== "") {
    parseConnectionUrl(project.databaseUrl, "projectConfig.databaseUrl")
  }
  return {
    __stratumConfig: true,
    projectConfig: {
      databaseUrl: project.databaseUrl || undefined,
      databaseExtra: (project.databaseExtra ?? {}) as DatabaseExtra,
      pool,
      debug: project.databaseExtra?.debug ?? false,
      embeddedDataDir: project.embeddedDataDir,
      http: project.http ?? {},
      seed: project.seed,
    },
    modules: normalizeModules(input.modules),
    links: input.links ?? [],
  }
}

function isConfigModule(value: unknown): value is ConfigModule {
  return typeof value === "object" && value !== null && (value as ConfigModule).__stratumConfig === true
}
