import { existsSync } from "node:fs"
import { resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { defineConfig, type ConfigModule } from "../config/define-config.js"
import { ensureTypeScriptLoader } from "../migrations/typescript-loader.js"

const CANDIDATES = ["stratum.config.ts", "stratum.config.js", "stratum.config.mjs"]

/**
 * Loads the project's configuration: `--config <file>`, else `stratum.config.{ts,js,mjs}` in the
 * working directory, else an empty configuration (DATABASE_URL or the embedded server).
 * TypeScript files are loaded through tsx.
 */
export async function loadConfig(explicit?: string): Promise<{ config: ConfigModule; path: string | undefined }> {
  const path = explicit ? resolve(explicit) : CANDIDATES.map((name) => resolve(name)).find((file) => existsSync(file))
  if (explicit && !existsSync(resolve(explicit))) throw new Error(`Configuration file ${explicit} does not exist`)
  if (!path) return { config: defineConfig({}), path: undefined }
  if (path.endsWith(".ts")) await ensureTypeScriptLoader()
  const loaded = (await import(pathToFileURL(path).href)) as { default?: unknown }
  if (!loaded.default || typeof loaded.default !== "object") {
    throw new Error(`${path} must export the configuration as its default export (export default defineConfig({...}))`)
  }
  return { config: defineConfig(loaded.default as ConfigModule), path }
}
