export { createApp, type CreateAppOptions } from "./app/create-app.js"
export type { StratumApp } from "./app/stratum-app.js"
export * from "./utils.js"
export { runMigrations, rollbackMigrations, migrationStatus, applyModuleSchemas } from "./migrations/index.js"
