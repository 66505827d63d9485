// Backs up the service's rating check in the database: ratings are integers from 1 to 5.
import { Migration } from "@stratum/framework/utils"

export class Migration20240101130000 extends Migration {
  async up(): Promise<void> {
    this.addSql(
      `alter table "product_reviews" add constraint "product_reviews_rating_check" check ("rating" between 1 and 5);`,
    )
  }

  async down(): Promise<void> {
    this.addSql(`alter table "product_reviews" drop constraint if exists "product_reviews_rating_check";`)
  }
}
