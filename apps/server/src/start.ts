// The server's entry point: turns on Node's on-disk compile cache before the server's modules load,
// so restarts skip most of the JavaScript parsing and compiling, and starts locating the database
// meanwhile (see main.ts for the server itself).
import * as nodeModule from "node:module"

nodeModule.enableCompileCache?.()
// The embedded PostgreSQL starts now, while the server's modules load (main.ts joins it).
const { locateServerDatabase } = await import("./early-database.js")
locateServerDatabase()
await import("./main.js")
