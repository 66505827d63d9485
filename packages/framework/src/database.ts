// `@stratum/framework/database`: finding or starting an application's database, importable before the rest of
// the framework (a server can start its embedded PostgreSQL while its own code loads).
export { locateDatabase, type DatabaseLocation } from "./database/database-server.js"
export type { EmbeddedServer } from "./database/embedded/embedded-server.js"
