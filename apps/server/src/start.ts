// The server's entry point: turns on Node's on-disk compile cache before the server's modules load,
// so restarts skip most of the JavaScript parsing and compiling (see main.ts for the server itself).
import * as nodeModule from "node:module"

nodeModule.enableCompileCache?.()
await import("./main.js")
