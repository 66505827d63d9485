// Boots MedusaJS 2.21.2's own module loaders in this process, from the isolated peer install in
// bench/peers/medusa (CommonJS, loaded with createRequire so its types stay out of the project).
import { AsyncLocalStorage } from "node:async_hooks"
import { mkdirSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

export const PEER_DIR = fileURLToPath(new URL("../peers/medusa/", import.meta.url))
const peerRequire = createRequire(new URL("../peers/medusa/package.json", import.meta.url))

/** The modules the comparison loads, by Medusa's registration keys (`Modules.*`). */
export const MEDUSA_MODULES = ["product", "pricing", "region", "currency", "sales_channel", "store"] as const

export interface MedusaQuery {
  graph(config: object): Promise<{ data: Record<string, unknown>[]; metadata?: { count?: number } }>
}

export interface MedusaProductService {
  createProducts(data: object[]): Promise<{ id: string; variants: { id: string; sku: string | null }[] }[]>
  listAndCountProducts(filters: object, config: object): Promise<[unknown[], number]>
  softDeleteProducts(ids: string[]): Promise<unknown>
  restoreProducts(ids: string[]): Promise<unknown>
  deleteProducts(ids: string[]): Promise<void>
}

export interface MedusaPricingService {
  createPriceSets(data: object[]): Promise<{ id: string }[]>
}

export interface MedusaLink {
  create(links: object[]): Promise<unknown>
}

export interface MedusaApp {
  query: MedusaQuery
  link: MedusaLink
  product: MedusaProductService
  pricing: MedusaPricingService
  region: { createRegions(data: object[]): Promise<unknown> }
  store: { createStores(data: object[]): Promise<unknown> }
  salesChannel: { createSalesChannels(data: object[]): Promise<unknown> }
  /** Medusa's own `QueryContext` marker (query.graph recognises only its own). */
  QueryContext: (value: object) => object
  /** Runs `fn`, counting every statement Medusa's `pg` clients send to PostgreSQL meanwhile. */
  countStatements<T>(fn: () => Promise<T>): Promise<[T, number]>
  /** Link tables that Medusa's link sync created. */
  linkTables: string[]
  /** Registration keys of the modules Medusa loaded (the compared ones plus its in-memory defaults). */
  loadedModules: string[]
  close(): Promise<void>
}

interface Container {
  register(key: string | object, value?: unknown): void
  resolve<T>(key: string, options?: object): T
}

interface MedusaAppOutput {
  query: MedusaQuery
  link: MedusaLink
  modules: Record<string, unknown>
  onApplicationStart(): Promise<void>
  onApplicationPrepareShutdown(): Promise<void>
  onApplicationShutdown(): Promise<void>
}

interface LinkPlanner {
  createPlan(): Promise<{ action: string; tableName: string }[]>
  executePlan(actions: object[]): Promise<void>
}

interface MedusaAppLoaderInstance {
  runModulesMigrations(options: { action: "run" }): Promise<void>
  getLinksExecutionPlanner(): Promise<LinkPlanner>
  load(): Promise<MedusaAppOutput>
}

interface Framework {
  MedusaAppLoader: new (options: { cwd: string }) => MedusaAppLoaderInstance
  container: Container
  configManager: { loadConfig(options: { projectConfig: object; baseDir: string }): unknown }
  pgConnectionLoader(): Promise<{ destroy(): Promise<void> }>
  logger: unknown
}

interface PgClientPrototype {
  query: (...args: unknown[]) => unknown
}

const statementCounters = new AsyncLocalStorage<{ statements: number }>()
/** BENCH_MEDUSA_SQL=1 prints every statement Medusa sends while one is being counted. */
const logStatements = process.env.BENCH_MEDUSA_SQL === "1"

function statementText(query: unknown): string {
  if (typeof query === "string") return query
  const text = (query as { text?: unknown } | null)?.text
  return typeof text === "string" ? text : String(query)
}
let patched = false

/**
 * Counts at the lowest level: `Client.prototype.query` of every copy of `pg` in Medusa's tree
 * (knex's and MikroORM's), so BEGIN, COMMIT, SAVEPOINT and every other statement that reaches
 * PostgreSQL is counted, exactly as Stratum's pool counts its own.
 */
function patchPgClients(): void {
  if (patched) return
  patched = true
  const copies = new Set<PgClientPrototype>()
  for (const from of ["knex", "@mikro-orm/postgresql", "@mikro-orm/knex", "@medusajs/utils"]) {
    let fromRequire: NodeRequire
    try {
      fromRequire = createRequire(peerRequire.resolve(from))
    } catch {
      continue // not in this Medusa's tree
    }
    const pgPath = fromRequire.resolve("pg")
    // never the project's own pg (Stratum's statements are counted by Stratum)
    if (!pgPath.startsWith(PEER_DIR)) continue
    copies.add((fromRequire("pg") as { Client: { prototype: PgClientPrototype } }).Client.prototype)
  }
  if (copies.size === 0) throw new Error("no pg client found in bench/peers/medusa")
  for (const proto of copies) {
    const original = proto.query
    proto.query = function (this: unknown, ...args: unknown[]) {
      const counter = statementCounters.getStore()
      if (counter) {
        counter.statements++
        if (logStatements) console.log(`  medusa sql: ${statementText(args[0]).replace(/\s+/g, " ").slice(0, 160)}`)
      }
      return original.apply(this, args)
    }
  }
}

async function countStatements<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const counter = { statements: 0 }
  const result = await statementCounters.run(counter, fn)
  return [result, counter.statements]
}

/**
 * Medusa asks once per machine whether it may send telemetry and then sends it from a detached
 * process at exit. The bench answers "no" in a config folder of its own (inside the git-ignored
 * node_modules of the peer), so nothing is sent and the machine's own config is left alone.
 */
function disableTelemetry(): void {
  const configHome = join(PEER_DIR, "node_modules", ".bench-config")
  mkdirSync(join(configHome, "medusa"), { recursive: true })
  writeFileSync(join(configHome, "medusa", "config.json"), JSON.stringify({ telemetry: { enabled: false } }))
  process.env.XDG_CONFIG_HOME = configHome
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
}

/**
 * Medusa's own boot path, trimmed to the compared modules: config through `configManager`, the
 * shared knex connection through `pgConnectionLoader`, every module's migrations through
 * `MedusaAppLoader.runModulesMigrations`, the link tables through the link migration planner
 * (what `medusa db:migrate` / `db:sync-links` run), then `MedusaAppLoader.load()` and the modules'
 * `onApplicationStart`. Event bus and cache are Medusa's in-memory defaults (local event bus,
 * in-memory cache), which `MedusaAppLoader` adds itself.
 */
export async function startMedusa(databaseUrl: string): Promise<MedusaApp> {
  process.env.LOG_LEVEL ??= "error"
  disableTelemetry()
  patchPgClients()
  const framework = peerRequire("@medusajs/framework") as Framework
  const { configManager } = peerRequire("@medusajs/framework/config") as Pick<Framework, "configManager">
  const { pgConnectionLoader } = peerRequire("@medusajs/framework/database") as Pick<Framework, "pgConnectionLoader">
  const { logger } = peerRequire("@medusajs/framework/logger") as Pick<Framework, "logger">
  const utils = peerRequire("@medusajs/framework/utils") as {
    QueryContext: (value: object) => object
    ContainerRegistrationKeys: Record<string, string>
    MODULE_PACKAGE_NAMES: Record<string, string>
  }
  const { MedusaModule } = peerRequire("@medusajs/framework/modules-sdk") as {
    MedusaModule: { clearInstances(): void }
  }
  const { container } = framework
  const keys = utils.ContainerRegistrationKeys as Record<"LOGGER" | "REMOTE_QUERY", string>

  configManager.loadConfig({
    baseDir: PEER_DIR,
    projectConfig: {
      projectConfig: {
        databaseUrl,
        databaseLogging: false,
        http: { jwtSecret: "bench", cookieSecret: "bench" },
      },
      modules: Object.fromEntries(MEDUSA_MODULES.map((key) => [key, { resolve: utils.MODULE_PACKAGE_NAMES[key] }])),
    },
  })
  container.register({
    [keys.LOGGER]: asValue(logger),
    [keys.REMOTE_QUERY]: asValue(null),
  })
  const pgConnection = await pgConnectionLoader()

  const migrator = new framework.MedusaAppLoader({ cwd: PEER_DIR })
  await migrator.runModulesMigrations({ action: "run" })
  const planner = await new framework.MedusaAppLoader({ cwd: PEER_DIR }).getLinksExecutionPlanner()
  // what `medusa db:sync-links --execute-safe` runs: create and update, never delete
  const plan = (await planner.createPlan()).filter((action) => action.action === "create" || action.action === "update")
  await planner.executePlan(plan)
  // the planner leaves migration-only module instances behind; a real boot is a new process
  MedusaModule.clearInstances()

  const medusa = await new framework.MedusaAppLoader({ cwd: PEER_DIR }).load()
  await medusa.onApplicationStart()
  const modules = medusa.modules as Record<string, unknown>
  return {
    query: medusa.query,
    link: medusa.link,
    product: modules.product as MedusaProductService,
    pricing: modules.pricing as MedusaPricingService,
    region: modules.region as MedusaApp["region"],
    store: modules.store as MedusaApp["store"],
    salesChannel: modules.sales_channel as MedusaApp["salesChannel"],
    QueryContext: utils.QueryContext,
    countStatements,
    linkTables: plan.map((action) => action.tableName),
    loadedModules: Object.keys(modules),
    async close() {
      await medusa.onApplicationPrepareShutdown()
      await medusa.onApplicationShutdown()
      await pgConnection.destroy()
    },
  }

  function asValue(value: unknown): unknown {
    const awilix = peerRequire("@medusajs/framework/awilix") as { asValue(value: unknown): unknown }
    return awilix.asValue(value)
  }
}
