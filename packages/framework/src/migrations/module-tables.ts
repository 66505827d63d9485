import { ReferenceKind } from "@mikro-orm/core"
import type { Database } from "../database/database.js"
import type { ResolvedModule } from "../modules/module-resolver.js"

/**
 * The tables a module owns: one per model, plus the pivot tables of its many-to-many relations.
 * Schema diffs never look at any other table, so a module can never alter or drop another
 * module's tables (Medusa #15330 dropped every core table from a custom module's migration).
 *
 * @example
 * moduleTables(database, blogModule) // ["blog_post", "author", "category", "blog_post_categories", "comment"]
 */
export function moduleTables(database: Database, module: ResolvedModule): string[] {
  const metadata = database.orm.getMetadata()
  const tables = new Set<string>()
  for (const model of module.models) {
    const meta = [...metadata.getAll().values()].find((candidate) => candidate.className === model.name)
    if (meta === undefined) {
      throw new Error(
        `Model "${model.name}" of module "${module.exports.name}" is not known to this database's MikroORM instance; ` +
          "connect it with the entities of its database group",
      )
    }
    tables.add(meta.tableName)
    for (const prop of meta.props) {
      if (prop.kind === ReferenceKind.MANY_TO_MANY && prop.pivotTable) tables.add(prop.pivotTable)
    }
  }
  return [...tables]
}
