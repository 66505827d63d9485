// Creates the pre-Stratum feedback table and a few rows of legacy data, so that the guide's
// Migration20240101120000 has something to move into product_reviews. Rows without text are not copied.
import { Migration } from "@stratum/framework/utils"

export class Migration20240101110000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table if not exists "legacy_product_feedback" (
        "id" serial primary key,
        "product_id" varchar not null,
        "customer_id" varchar not null,
        "feedback_score" integer not null,
        "feedback_text" text null,
        "submitted_at" timestamptz not null default now()
      );
    `)
    this.addSql(`
      insert into "legacy_product_feedback" ("product_id", "customer_id", "feedback_score", "feedback_text", "submitted_at") values
        ('prod_legacy_tee', 'cus_legacy_ada', 5, 'Softest shirt I own.', '2023-03-14 10:00:00+00'),
        ('prod_legacy_tee', 'cus_legacy_grace', 4, 'Runs a little small.', '2023-04-02 16:30:00+00'),
        ('prod_legacy_tee', 'cus_legacy_alan', 3, 'Fine for the price.', '2023-05-20 09:15:00+00'),
        ('prod_legacy_mug', 'cus_legacy_ada', 2, 'Handle got hot.', '2023-06-01 08:45:00+00'),
        ('prod_legacy_mug', 'cus_legacy_edsger', 1, 'Arrived chipped.', '2023-06-11 12:00:00+00'),
        ('prod_legacy_mug', 'cus_legacy_barbara', 0, 'Never arrived.', '2023-07-04 18:20:00+00'),
        ('prod_legacy_cap', 'cus_legacy_grace', 4, null, '2023-08-09 14:05:00+00'),
        ('prod_legacy_cap', 'cus_legacy_alan', 5, 'Perfect fit.', '2023-09-23 11:40:00+00');
    `)
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "legacy_product_feedback";`)
  }
}
