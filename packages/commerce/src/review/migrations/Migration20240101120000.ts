// The guide's data migration, unchanged apart from the import: creates product_reviews with its indexes and
// copies the legacy feedback that has text into it (Migration20240101110000 created and seeded that table).
import { Migration } from "@stratum/framework/utils"

export class Migration20240101120000 extends Migration {
  async up(): Promise<void> {
    // Create new table
    this.addSql(`
      create table if not exists "product_reviews" (
        "id" varchar not null,
        "product_id" varchar not null,
        "customer_id" varchar not null,
        "rating" integer not null,
        "comment" text,
        "verified_purchase" boolean not null default false,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "product_reviews_pkey" primary key ("id")
      );
    `)

    // Add indexes for performance
    this.addSql(`create index "product_reviews_product_id_idx" on "product_reviews" ("product_id");`)
    this.addSql(`create index "product_reviews_rating_idx" on "product_reviews" ("rating");`)
    this.addSql(`create index "product_reviews_created_at_idx" on "product_reviews" ("created_at");`)

    // Migrate existing data
    this.addSql(`
      INSERT INTO product_reviews (id, product_id, customer_id, rating, comment)
      SELECT 
        gen_random_uuid(),
        product_id,
        customer_id,
        CASE 
          WHEN feedback_score >= 4 THEN 5
          WHEN feedback_score >= 3 THEN 4
          WHEN feedback_score >= 2 THEN 3
          WHEN feedback_score >= 1 THEN 2
          ELSE 1
        END as rating,
        feedback_text
      FROM legacy_product_feedback
      WHERE feedback_text IS NOT NULL;
    `)
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "product_reviews" cascade;`)
  }
}
