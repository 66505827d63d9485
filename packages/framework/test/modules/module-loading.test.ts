import assert from "node:assert/strict"
import { mkdir, mkdtemp, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { after, before, describe, test } from "node:test"
import { MedusaError } from "../../src/errors/medusa-error.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"
import { MedusaService, Module, model } from "../../src/utils.js"
import type { WidgetService } from "./fixtures/by-path/service.js"

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url))

describe("modules given by path", () => {
  let app: TestApp
  let widgets: WidgetService
  before(async () => {
    app = await createTestApp(
      { modules: [{ resolve: "./by-path", options: { greeting: "hi" } }] },
      { baseDir: fixtures },
    )
    widgets = app.container.resolve<WidgetService>("widgets")
  })
  after(() => app?.close())

  test("loads index.ts, registers the service under the module name, creates its tables", async () => {
    const widget = await widgets.createWidgets({ name: "Sprocket" })
    assert.match(widget.id, /^wid_/)
    assert.equal(widget.color, "red")
    assert.deepEqual(
      (await widgets.listWidgets({ q: "sprock" })).map((w) => w.name),
      ["Sprocket"],
    )
  })

  test("the service reaches the manager and its options through this.container_", () => {
    assert.equal(widgets.managerFromContainer(), app.manager)
    assert.deepEqual(widgets.optionsFromContainer(), { greeting: "hi" })
  })

  test("a wrong id type is invalid_data naming the model; a missing one is Medusa's NOT_FOUND", async () => {
    const wrong = await widgets.retrieveWidget(42 as unknown as string).catch((e: unknown) => e)
    assert.ok(MedusaError.isMedusaError(wrong))
    assert.equal(wrong.type, "invalid_data")
    assert.match(wrong.message, /Widget\.id must be a string/)
    const missing = await widgets.retrieveWidget("").catch((e: unknown) => e)
    assert.ok(MedusaError.isMedusaError(missing))
    assert.equal(missing.message, "widget - id must be defined")
  })
})

describe("modules given by package name", () => {
  test("resolve: a package specifier loads the package's module and its folder", async () => {
    const base = await mkdtemp(join(tmpdir(), "stratum-pkg-"))
    const pkg = join(base, "node_modules", "gadget-module")
    await mkdir(pkg, { recursive: true })
    const utils = pathToFileURL(resolve("packages/framework/src/utils.ts")).href
    await writeFile(
      join(pkg, "package.json"),
      JSON.stringify({ name: "gadget-module", type: "module", exports: "./index.ts" }),
    )
    await writeFile(
      join(pkg, "index.ts"),
      [
        `import { MedusaService, Module, model } from ${JSON.stringify(utils)}`,
        `const Gadget = model.define("gadget", { id: model.id({ prefix: "gad" }).primaryKey(), name: model.text() })`,
        `class GadgetService extends MedusaService({ Gadget }) {}`,
        `export default Module("gadgets", { service: GadgetService })`,
      ].join("\n"),
    )
    const app = await createTestApp({ modules: [{ resolve: "gadget-module" }] }, { baseDir: base })
    try {
      const gadgets = app.container.resolve<{ createGadgets(data: object): Promise<{ id: string }> }>("gadgets")
      assert.match((await gadgets.createGadgets({ name: "g" })).id, /^gad_/)
      assert.equal(app.modules[0]?.dir, pkg)
    } finally {
      await app.close()
    }
    await assert.rejects(
      createTestApp({ modules: [{ resolve: "no-such-package" }] }, { baseDir: base }),
      /could not be found/,
    )
  })
})

describe("a plain service class, as the guide writes AnalyticsService", () => {
  class AnalyticsService {
    declare container_: { resolve(key: "manager"): { query(sql: string, params?: unknown[]): Promise<unknown[]> } }

    async answer() {
      const manager = this.container_.resolve("manager")
      const [row] = (await manager.query("select $1::int + 1 as value", [41])) as { value: number }[]
      return row?.value
    }
  }

  test("gets this.container_ and resolves the manager through it", async () => {
    const app = await createTestApp({ modules: [Module("analytics", { service: AnalyticsService })] })
    try {
      assert.equal(await app.container.resolve<AnalyticsService>("analytics").answer(), 42)
    } finally {
      await app.close()
    }
  })
})

describe("module configuration errors", () => {
  const Thing = model.define("thing", { id: model.id().primaryKey() })
  class ThingService extends MedusaService({ Thing }) {}

  test("two modules with one name are refused", async () => {
    const one = Module("things", { service: ThingService })
    await assert.rejects(createTestApp({ modules: [one, one] }), /Two modules are named "things"/)
  })

  test("a path without an index file says what it expects", async () => {
    await assert.rejects(
      createTestApp({ modules: [{ resolve: "./nowhere" }] }, { baseDir: fixtures }),
      /has no index\.ts or index\.js/,
    )
  })

  test("an invalid module name is refused", () => {
    assert.throws(() => Module("Bad Name", { service: ThingService }), /must start with a lowercase letter/)
  })
})
