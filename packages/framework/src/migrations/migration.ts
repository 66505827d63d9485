import { Migration as MikroOrmMigration } from "@mikro-orm/migrations"

export type { Query as MigrationQuery } from "@mikro-orm/migrations"

/**
 * The migration base class: MikroORM 7's `Migration` (`addSql` queues a statement, `execute(sql)`
 * runs one immediately inside the migration's transaction, `getEntityManager()`), with `up` and
 * `down` declared abstract. That is the only difference, and it is type-level: implementing an
 * abstract method needs no `override`, so both the guide's `async up()` and MikroORM's generated
 * `override async up()` compile under `noImplicitOverride`. A migration that cannot be reverted
 * says so in its `down()` (throw); one without `down()` (plain JavaScript) is refused by rollback.
 *
 * @example
 * export class Migration20240101120000 extends Migration {
 *   async up(): Promise<void> {
 *     this.addSql(`create table if not exists "product_reviews" ("id" varchar not null primary key);`)
 *   }
 *   async down(): Promise<void> {
 *     this.addSql(`drop table if exists "product_reviews" cascade;`)
 *   }
 * }
 */
export abstract class Migration extends MikroOrmMigration {
  abstract override up(): Promise<void> | void
  abstract override down(): Promise<void> | void
}

/** MikroORM's default `down()`, which throws: a migration still using it has no way back. */
export const DEFAULT_DOWN = MikroOrmMigration.prototype.down
