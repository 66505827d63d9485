import { defineConfig } from "@stratum/framework"
import { orderLinks, productVariantPriceSetLink } from "@stratum/commerce"
import { databaseUrl, embeddedDataDir } from "./src/database-settings.js"

/**
 * The reference server's configuration. Without DATABASE_URL an embedded PostgreSQL starts with the
 * server, keeping its data in STRATUM_DATA_DIR (default `apps/server/.stratum/postgres`). /admin needs
 * STRATUM_ADMIN_TOKEN (comma-separated for several tokens); without one, /admin answers 401.
 *
 * Every commerce module is listed by package specifier, so it is loaded by path and its `migrations/`
 * run; the variant <-> price set link's table is synced with them (`npm start` and `stratum db:migrate`
 * create the whole schema). `stratum db:seed` runs `seed`.
 *
 * Not configured yet: the order module's `variantExists` / `regionCurrency` options. They receive only
 * an id, with no access to this application's database, so they cannot be backed by SQL lookups until
 * the order module hands them its manager.
 */
export default defineConfig({
  projectConfig: {
    databaseUrl,
    embeddedDataDir,
    seed: "./src/seed/index.ts",
    http: {
      storeCors: process.env.STORE_CORS ?? "http://localhost:8000,http://localhost:5173",
      adminCors: process.env.ADMIN_CORS ?? "http://localhost:7000,http://localhost:5173",
    },
  },
  modules: [
    { resolve: "@stratum/commerce/product" },
    { resolve: "@stratum/commerce/region" },
    { resolve: "@stratum/commerce/pricing" },
    { resolve: "@stratum/commerce/inventory" },
    { resolve: "@stratum/commerce/customer" },
    { resolve: "@stratum/commerce/order" },
    { resolve: "@stratum/commerce/blog" },
    { resolve: "@stratum/commerce/review" },
    { resolve: "@stratum/commerce/analytics" },
  ],
  links: [productVariantPriceSetLink, ...orderLinks],
})
