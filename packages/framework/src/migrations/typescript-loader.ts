const REGISTERED = Symbol.for("stratum:typescript-loader")

type Flagged = typeof globalThis & { [REGISTERED]?: Promise<void> }

/**
 * Lets `import()` load `.ts` files (configuration, modules, migrations) by registering tsx once
 * per process. Registering twice breaks tsx, so every caller goes through here.
 *
 * @example
 * await ensureTypeScriptLoader()
 * await import(pathToFileURL("migrations/Migration20240101120000.ts").href)
 */
export function ensureTypeScriptLoader(): Promise<void> {
  const flagged = globalThis as Flagged
  flagged[REGISTERED] ??= import("tsx/esm/api").then(({ register }) => {
    register()
  })
  return flagged[REGISTERED]
}
