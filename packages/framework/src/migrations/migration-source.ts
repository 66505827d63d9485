/** How a generated migration file is written. */
export interface MigrationSourceOptions {
  /** Class name, equal to the file name. */
  className: string
  up: readonly string[]
  /** Omitted from the file when empty (the migration then cannot be rolled back). */
  down: readonly string[]
  /** Where `Migration` is imported from. Default `@stratum/framework/utils`. */
  importFrom?: string
  /** Write JavaScript instead of TypeScript. */
  javascript?: boolean
}

function literal(statement: string): string {
  return "`" + statement.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${") + "`"
}

function method(name: "up" | "down", statements: readonly string[], javascript: boolean): string {
  const signature = javascript ? `async ${name}()` : `override async ${name}(): Promise<void>`
  const body = statements.map((statement) => `    this.addSql(${literal(statement)})`).join("\n")
  return `  ${signature} {\n${body}\n  }`
}

/**
 * The source of a generated migration: one `addSql` per statement, `down` when there is one.
 *
 * @example
 * renderMigrationSource({ className: "Migration20240101120000000_blog", up: ['create table "a" ("id" text);'], down: [] })
 * // import { Migration } from "@stratum/framework/utils"
 * //
 * // export class Migration20240101120000000_blog extends Migration {
 * //   override async up(): Promise<void> {
 * //     this.addSql(`create table "a" ("id" text);`)
 * //   }
 * // }
 */
export function renderMigrationSource(options: MigrationSourceOptions): string {
  const javascript = options.javascript ?? false
  const methods = [method("up", options.up, javascript)]
  if (options.down.length > 0) methods.push(method("down", options.down, javascript))
  return [
    `import { Migration } from ${JSON.stringify(options.importFrom ?? "@stratum/framework/utils")}`,
    "",
    `export class ${options.className} extends Migration {`,
    methods.join("\n\n"),
    "}",
    "",
  ].join("\n")
}
