// Child process of `npm run bench:http`: Stratum's HTTP server (createApp + startHttpServer) with the
// product and pricing modules and the variant <-> price set link, serving bench/http/api over the
// database given in DATABASE_URL. Tells its parent the port over IPC, stops on SIGTERM.
import { fileURLToPath } from "node:url"
import { PricingModule, ProductModule, productVariantPriceSetLink } from "@stratum/commerce"
import { createApp, defineConfig } from "@stratum/framework"
import { startHttpServer, type StartHttpServerOptions } from "@stratum/framework/http"

const config = defineConfig({
  projectConfig: { databaseUrl: process.env.DATABASE_URL },
  modules: [ProductModule, PricingModule],
  links: [productVariantPriceSetLink],
})
const app = await createApp(config)
const http = await startHttpServer({
  container: app.container,
  logger: app.container.resolve<StartHttpServerOptions["logger"]>("logger"),
  config,
  apiDir: fileURLToPath(new URL("./api", import.meta.url)),
  port: 0,
  host: "127.0.0.1",
})
process.send?.({ port: http.port })
process.once("SIGTERM", () => {
  void (async () => {
    await http.close()
    await app.close()
    process.exit(0)
  })()
})
