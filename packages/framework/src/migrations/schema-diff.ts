import type { Transaction } from "@mikro-orm/core"
import {
  DatabaseSchema,
  SchemaComparator,
  type AbstractSqlDriver,
  type AbstractSqlPlatform,
  type IndexDef,
  type SqlSchemaGenerator,
} from "@mikro-orm/sql"
import type { Database } from "../database/database.js"
import type { ResolvedModule } from "../modules/module-resolver.js"
import { moduleTables } from "./module-tables.js"
import { assertSafeUpStatements } from "./schema-guard.js"
import { splitStatements } from "./sql-statements.js"

/** The statements that bring a module's tables from the live schema to its models, and back. */
export interface ModuleSchemaDiff {
  module: string
  /** The module's own tables (the only ones looked at). */
  tables: string[]
  /** Live schema -> models. Empty when they match. */
  up: string[]
  /** Models -> live schema (reverts `up`). */
  down: string[]
}

export interface DiffOptions {
  /** Introspect inside this transaction (so a caller holding the migration lock sees its own work). */
  tx?: Transaction
  /** Only create and add: never drop or narrow anything (used to build schemas from models). */
  safe?: boolean
}

/** A plain column list (`[{ name }]`) says nothing the introspected index lacks; drop it so the two compare equal. */
function withoutPlainColumnOptions(schema: DatabaseSchema): void {
  for (const table of schema.getTables()) {
    for (const index of table.getIndexes() as IndexDef[]) {
      const plain = index.columns?.every((column) =>
        Object.entries(column).every(([key, value]) => key === "name" || value === undefined),
      )
      if (plain) delete index.columns
    }
  }
}

function onlyTables(schema: DatabaseSchema, tables: readonly string[]): void {
  schema.setTables(schema.getTables().filter((table) => tables.includes(table.name)))
  schema.setViews([])
}

/**
 * Diffs a module's models against the live database, restricted to the module's own tables
 * (`moduleTables`): other modules' tables, views and unrelated objects are invisible to it, and no
 * table is ever dropped. Uses MikroORM's schema comparator (introspection vs. metadata), with no
 * snapshot file.
 *
 * @example
 * const { up, down } = await diffModuleSchema(database, blogModule)
 * // up: ['alter table "blog_post" add column "subtitle" text null;']
 * // down: ['alter table "blog_post" drop column "subtitle";']
 */
export async function diffModuleSchema(
  database: Database,
  module: ResolvedModule,
  options: DiffOptions = {},
): Promise<ModuleSchemaDiff> {
  const tables = moduleTables(database, module)
  const name = module.exports.name
  if (tables.length === 0) return { module: name, tables, up: [], down: [] }
  const orm = database.orm
  const driver = orm.em.getDriver() as unknown as AbstractSqlDriver
  const platform = driver.getPlatform() as AbstractSqlPlatform
  const generator = orm.schema as unknown as SqlSchemaGenerator
  const live = await DatabaseSchema.create(
    driver.getConnection(),
    platform,
    orm.config,
    undefined,
    undefined,
    tables,
    undefined,
    undefined,
    options.tx,
  )
  const target = generator.getTargetSchema()
  onlyTables(live, tables)
  onlyTables(target, tables)
  const targetEnums = target.getNativeEnums()
  live.setNativeEnums(Object.fromEntries(Object.entries(live.getNativeEnums()).filter(([key]) => key in targetEnums)))
  withoutPlainColumnOptions(target)

  const comparator = new SchemaComparator(platform)
  const upDiff = comparator.compare(live, target)
  upDiff.removedTables = {}
  const downDiff = comparator.compare(target, live, upDiff)
  const safe = options.safe ?? false
  const up = splitStatements(generator.diffToSQL(upDiff, { wrap: false, safe, dropTables: false }))
  const down = splitStatements(generator.diffToSQL(downDiff, { wrap: false, safe: false, dropTables: true }))
  assertSafeUpStatements(name, up, tables, (table, column) => target.getTable(table)?.hasColumn(column) ?? false)
  return { module: name, tables, up, down }
}
