import { writeFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { resolveModules } from "../modules/module-resolver.js"
import { MODEL_OBJECTS } from "../modules/medusa-service.js"
import type { ModelMap } from "../modules/medusa-service-types.js"
import { renderServiceDeclarations } from "../modules/service-declarations.js"
import { loadConfig } from "./load-config.js"

/**
 * `stratum types [--out file]`: writes `stratum-env.d.ts` (next to the configuration) with method
 * declarations for every model key of every module service, so generated methods can be overridden.
 */
export async function typesCommand(configPath: string | undefined, out: string | undefined): Promise<number> {
  const { config, path } = await loadConfig(configPath)
  const baseDir = path === undefined ? process.cwd() : dirname(path)
  const modules = await resolveModules(config.modules, baseDir)
  const keys = modules.flatMap((module) =>
    Object.keys((module.exports.service as unknown as { [MODEL_OBJECTS]?: ModelMap })[MODEL_OBJECTS] ?? {}),
  )
  const file = resolve(baseDir, out ?? "stratum-env.d.ts")
  writeFileSync(file, renderServiceDeclarations(keys))
  console.log(`Wrote ${file}: declarations for ${keys.length} models of ${modules.length} modules`)
  return 0
}
