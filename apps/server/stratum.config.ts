import { defineConfig } from "@stratum/framework"

/**
 * The reference server's configuration. Without DATABASE_URL an embedded PostgreSQL starts with
 * the server (data under .stratum/postgres). /admin needs STRATUM_ADMIN_TOKEN (comma-separated
 * for several tokens); without one, /admin answers 401.
 */
export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS ?? "http://localhost:8000,http://localhost:5173",
      adminCors: process.env.ADMIN_CORS ?? "http://localhost:7000,http://localhost:5173",
    },
  },
  modules: [],
})
