export { createApp, type CreateAppOptions } from "./app/create-app.js"
export type { StratumApp } from "./app/stratum-app.js"
export * from "./utils.js"
export {
  runMigrations,
  rollbackMigrations,
  migrationStatus,
  applyModuleSchemas,
  syncLinkTables,
} from "./migrations/index.js"
export type { SeedArguments, SeedFunction } from "./cli/seed-command.js"
