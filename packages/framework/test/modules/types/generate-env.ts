// Regenerates stratum-env.d.ts for the type tests: node --import tsx generate-env.ts
import { writeFileSync } from "node:fs"
import { renderServiceDeclarations } from "../../../src/modules/service-declarations.js"

writeFileSync(
  new URL("./stratum-env.d.ts", import.meta.url),
  renderServiceDeclarations(["BlogPost", "Comment"], "../../../src/utils.js"),
)
