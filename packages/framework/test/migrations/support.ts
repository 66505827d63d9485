// Helpers for migration and CLI tests: fresh databases, module folders written on the fly, the CLI as a process.
import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { loadModuleGraph, type DatabaseGroup } from "../../src/app/module-graph.js"
import { POOL_DEFAULTS } from "../../src/config/pool-options.js"
import { Database } from "../../src/database/database.js"
import { createTestDatabase, type TestDatabase } from "../../src/testing/test-database.js"
import { testServerUrl } from "../../src/testing/test-server.js"

const here = dirname(fileURLToPath(import.meta.url))
export const FRAMEWORK_SRC = resolve(here, "../../src")
export const REPO_ROOT = resolve(here, "../../../..")
export const CLI_MAIN = join(FRAMEWORK_SRC, "cli/main.ts")
/** What generated migrations import `Migration` from in tests (the package is not built here). */
export const MIGRATION_IMPORT = join(FRAMEWORK_SRC, "migrations/index.js")

/** An empty database of its own on the test server. */
export async function emptyDatabase(): Promise<TestDatabase> {
  return createTestDatabase(await testServerUrl(), "migrations:empty", async () => undefined)
}

/** A folder in the system temp dir that holds module folders and a configuration. */
export interface Project {
  root: string
  write(path: string, content: string): string
  remove(): void
}

export function tempProject(): Project {
  const root = mkdtempSync(join(tmpdir(), "stratum-migrations-"))
  const write = (path: string, content: string) => {
    const file = join(root, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, content)
    return file
  }
  write("package.json", JSON.stringify({ type: "module" }))
  return { root, write, remove: () => rmSync(root, { recursive: true, force: true }) }
}

/** `index.ts` of a module whose models are given as `model.define(...)` source lines. */
export function moduleIndex(name: string, models: Record<string, string>): string {
  const names = Object.keys(models)
  return [
    `import { MedusaService, Module, model } from ${JSON.stringify(join(FRAMEWORK_SRC, "utils.js"))}`,
    ...names.map((key) => `export const ${key} = ${models[key]}`),
    `class Service extends MedusaService({ ${names.join(", ")} }) {}`,
    `export default Module(${JSON.stringify(name)}, { service: Service })`,
    "",
  ].join("\n")
}

/** A migration file running `up` statements (and `down` ones, when given). */
export function migrationSource(className: string, up: string[], down?: string[]): string {
  const calls = (statements: string[]) => statements.map((sql) => `    this.addSql(${JSON.stringify(sql)})`).join("\n")
  return [
    `import { Migration } from ${JSON.stringify(MIGRATION_IMPORT)}`,
    `export class ${className} extends Migration {`,
    `  async up() {\n${calls(up)}\n  }`,
    down ? `  async down() {\n${calls(down)}\n  }` : "",
    "}",
    "",
  ].join("\n")
}

/** The configuration file of a project: its database and module folders. */
export function configSource(databaseUrl: string, modules: string[]): string {
  const entries = modules.map((path) => `{ resolve: ${JSON.stringify(path)} }`).join(", ")
  return `export default { projectConfig: { databaseUrl: ${JSON.stringify(databaseUrl)} }, modules: [${entries}] }\n`
}

/** Resolved modules and a connection to `url` with their entities. */
export async function connectModules(
  url: string,
  baseDir: string,
  paths: string[],
): Promise<{ group: DatabaseGroup; database: Database; close(): Promise<void> }> {
  const [group] = await loadModuleGraph(
    paths.map((path) => ({ resolve: path })),
    baseDir,
  )
  if (group === undefined) throw new Error("no database group")
  const database = await Database.connect({ url, pool: { ...POOL_DEFAULTS, min: 1 }, entities: group.entities })
  return { group, database, close: () => database.close() }
}

/** Runs one statement (`?` placeholders, MikroORM style) and returns its rows. */
export function sql<T = Record<string, unknown>>(
  database: Database,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  return database.orm.em.getConnection().execute<T[]>(text, params)
}

/** Collects log lines. */
export function memoryLogger(): { lines: string[]; info(message: string): void; warn(message: string): void } {
  const lines: string[] = []
  return { lines, info: (message) => lines.push(message), warn: (message) => lines.push(`warning: ${message}`) }
}

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `node --import tsx packages/framework/src/cli/main.ts <args>` from the repository root and waits for it. */
export function runCli(args: string[], cwd = REPO_ROOT): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI_MAIN, ...args], {
      cwd,
      env: { ...process.env, NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
    child.on("error", reject)
    child.on("close", (code) => resolvePromise({ code, stdout, stderr }))
  })
}
