import { existsSync, readdirSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { isAbsolute, join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import type { ModuleEntry, ModuleReference } from "../config/config-types.js"
import { isDmlEntity, type DmlEntity } from "../dml/entity.js"
import { isModuleExports, type ModuleExports, type RepositoryClass } from "./module.js"
import { repositoryEntity } from "./repository-decorator.js"

/** A module ready to load: its definition, models, repositories, options and folder. */
export interface ResolvedModule {
  exports: ModuleExports
  models: DmlEntity[]
  repositories: RepositoryClass[]
  options: Record<string, unknown>
  /** A separate database for this module. */
  databaseUrl?: string
  /** The module's folder, when given by path (holds `migrations/`, `models/`, `repositories/`). */
  dir?: string
}

const SOURCE = /\.(ts|js|mjs)$/
const NOT_SOURCE = /\.(d\.ts|test\.ts|spec\.ts)$/

async function importFile(file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => SOURCE.test(name) && !NOT_SOURCE.test(name))
    .sort()
    .map((name) => join(dir, name))
}

function entryFile(path: string): { file: string; dir: string } {
  if (existsSync(path) && statSync(path).isFile()) return { file: path, dir: resolve(path, "..") }
  for (const name of ["index.ts", "index.js", "index.mjs"]) {
    const file = join(path, name)
    if (existsSync(file)) return { file, dir: path }
  }
  throw new Error(`Module folder ${path} has no index.ts or index.js exporting the module (export default Module(...))`)
}

/** A relative or absolute path from `baseDir`, or a package specifier (`@stratum/commerce/product`). */
function locate(path: string, baseDir: string): string {
  if (path.startsWith(".") || isAbsolute(path)) return resolve(baseDir, path)
  try {
    return createRequire(join(baseDir, "index.js")).resolve(path)
  } catch {
    throw new Error(`Module "${path}" could not be found from ${baseDir}: not a path, and no package exports it`)
  }
}

async function fromPath(path: string, baseDir: string): Promise<{ exports: ModuleExports; dir: string }> {
  const { file, dir } = entryFile(locate(path, baseDir))
  const loaded = await importFile(file)
  const candidate = loaded.default
  if (!isModuleExports(candidate)) {
    throw new Error(`${file} must export its module by default: export default Module("name", { service })`)
  }
  return { exports: candidate, dir }
}

async function folderExports<T>(dir: string | undefined, pick: (value: unknown) => T | undefined): Promise<T[]> {
  if (!dir) return []
  const found: T[] = []
  for (const file of sourceFiles(dir)) {
    for (const value of Object.values(await importFile(file))) {
      const picked = pick(value)
      if (picked !== undefined && !found.includes(picked)) found.push(picked)
    }
  }
  return found
}

function isReference(entry: ModuleEntry): entry is ModuleReference {
  return typeof entry === "object" && entry !== null && "resolve" in entry
}

/**
 * Turns the configuration's module entries (module objects, or `{ resolve: path | module }`)
 * into loadable modules, discovering `models/` and `repositories/` beside a module given by path.
 */
export async function resolveModules(entries: readonly ModuleEntry[], baseDir: string): Promise<ResolvedModule[]> {
  const modules: ResolvedModule[] = []
  for (const [index, entry] of entries.entries()) {
    let exports: ModuleExports
    let dir: string | undefined
    let options: Record<string, unknown> = {}
    let databaseUrl: string | undefined
    if (isModuleExports(entry)) {
      exports = entry
    } else if (isReference(entry)) {
      options = entry.options ?? {}
      databaseUrl = entry.database?.url
      if (typeof entry.resolve === "string") ({ exports, dir } = await fromPath(entry.resolve, baseDir))
      else if (isModuleExports(entry.resolve)) exports = entry.resolve
      else throw new Error(`modules[${index}].resolve must be a path or a module (Module("name", { service }))`)
    } else {
      throw new Error(
        `modules[${index}] must be a module (Module("name", { service })) or { resolve: "./path/to/module" }`,
      )
    }
    if (modules.some((module) => module.exports.name === exports.name)) {
      throw new Error(`Two modules are named "${exports.name}"; module names must be unique`)
    }
    const discovered = await folderExports(dir && join(dir, "models"), (value) =>
      isDmlEntity(value) ? value : undefined,
    )
    const models = [...new Set([...exports.models, ...discovered])]
    const repositories = [
      ...exports.repositories,
      ...(await folderExports(dir && join(dir, "repositories"), (value) =>
        typeof value === "function" && repositoryEntity(value) ? (value as RepositoryClass) : undefined,
      )),
    ]
    modules.push({ exports, models, repositories, options, databaseUrl, dir })
  }
  return modules
}
