// Nested levels come back as JSON arrays of at most 100 values per PostgreSQL function call: a wider
// level is built in chunks, and every value must still land under its own key with its own type.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { resolveModels } from "../../src/dml/metadata/index.js"
import { createQuery, type Query } from "../../src/query/create-query.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"
import { MedusaService, Module, model } from "../../src/utils.js"

/** 120 number columns: more than one json_build_array call takes. */
const wideColumns = Object.fromEntries(
  Array.from({ length: 120 }, (_, i) => [`c${i}`, model.number().default(i)] as const),
)

const Bin = model.define("bin", {
  id: model.id({ prefix: "bin" }).primaryKey(),
  ...wideColumns,
  label: model.text(),
  checked_at: model.dateTime().nullable(),
  shelf: model.belongsTo(() => Shelf, { mappedBy: "bins" }),
})

const Shelf = model.define("shelf", {
  id: model.id({ prefix: "shelf" }).primaryKey(),
  name: model.text(),
  bins: model.hasMany(() => Bin, { mappedBy: "shelf" }),
})

class ShelfModuleService extends MedusaService({ Shelf, Bin }) {}
const ShelfModule = Module("shelf", { service: ShelfModuleService })

type AnyRow = Record<string, unknown>

describe("query.graph with a level wider than 100 values", () => {
  let app: TestApp
  let query: Query
  before(async () => {
    app = await createTestApp({ modules: [ShelfModule] })
    const group = {
      url: undefined,
      modules: app.modules,
      registry: resolveModels(app.modules.flatMap((module) => module.models)),
      entities: [],
    }
    query = createQuery({ groups: [group], managers: new Map([[group, app.manager]]), links: [] })
    await app.manager.query("insert into shelf (id, name) values ('shelf_1', 'Top')")
    await app.manager.query(
      `insert into bin (id, label, c119, checked_at, shelf_id) values
       ('bin_1', 'left', 7, '2024-05-01T10:00:00.123Z', 'shelf_1'), ('bin_2', 'right', 8, null, 'shelf_1')`,
    )
  })
  after(() => app?.close())

  test("every column of the nested rows keeps its key and type, to-many and to-one", async () => {
    const { data } = await query.graph({ entity: "shelf", fields: ["name", "bins.*", "bins.shelf.name"] })
    const bins = (data[0] as AnyRow)["bins"] as AnyRow[]
    assert.deepEqual(
      bins.map((bin) => [bin["id"], bin["label"], bin["c0"], bin["c64"], bin["c119"]]),
      [
        ["bin_1", "left", 0, 64, 7],
        ["bin_2", "right", 0, 64, 8],
      ],
    )
    assert.deepEqual(bins[0]?.["checked_at"], new Date("2024-05-01T10:00:00.123Z"))
    assert.equal(bins[1]?.["checked_at"], null)
    assert.ok(bins[0]?.["created_at"] instanceof Date)
    assert.deepEqual(bins[0]?.["shelf"], { id: "shelf_1", name: "Top" })
    const { data: one } = await query.graph({ entity: "bin", fields: ["id", "shelf.*"], filters: { id: "bin_2" } })
    assert.deepEqual(Object.keys((one[0] as AnyRow)["shelf"] as AnyRow).sort(), [
      "created_at",
      "deleted_at",
      "id",
      "name",
      "updated_at",
    ])
  })
})
