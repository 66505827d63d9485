import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { Validator } from "@seriousme/openapi-schema-validator"
import { call, startFixture, type Fixture, type JsonBody } from "./http-fixture.js"

describe("/openapi.json", () => {
  let f: Fixture
  let doc: JsonBody
  before(async () => {
    f = await startFixture()
    doc = (await call(`${f.url}/openapi.json`)).body
  })
  after(() => f?.close())

  test("is an OpenAPI 3.1 document listing every route and verb", async () => {
    assert.equal(doc.openapi, "3.1.0")
    assert.equal(typeof doc.info.title, "string")
    assert.equal(typeof doc.info.version, "string")
    assert.deepEqual(Object.keys(doc.paths["/store/items"]).sort(), ["get", "post"])
    assert.deepEqual(Object.keys(doc.paths["/store/items/{id}"]).sort(), ["delete", "get"])
    assert.ok(doc.paths["/admin/database"].get)
    assert.ok(doc.paths["/health/ready"].get)
    assert.equal(doc.paths["/store/_hidden"], undefined)
    const ids = Object.values(doc.paths).flatMap((item: JsonBody) =>
      Object.values(item).map((op: JsonBody) => op.operationId),
    )
    assert.equal(new Set(ids).size, ids.length, "operation ids are unique")
  })

  test("passes an off-the-shelf OpenAPI 3.1 schema validator", async () => {
    const validator = new Validator()
    const result = await validator.validate(doc)
    assert.deepEqual(result.errors ?? [], [])
    assert.equal(result.valid, true)
    assert.equal(validator.version, "3.1")
  })

  test("query parameters come from the validateAndTransformQuery schema", async () => {
    const parameters = doc.paths["/store/items"].get.parameters
    const byName = Object.fromEntries(parameters.map((p: JsonBody) => [p.name, p]))
    assert.deepEqual(Object.keys(byName).sort(), [
      "created_at",
      "fields",
      "limit",
      "offset",
      "order",
      "q",
      "status",
      "with_deleted",
    ])
    assert.equal(byName.limit.in, "query")
    assert.equal(byName.limit.schema.type, "integer")
    assert.equal(byName.limit.schema.maximum, 50)
    assert.equal(byName.limit.schema.minimum, 0)
    assert.equal(byName.created_at.style, "deepObject")
  })

  test("the request body comes from the validateAndTransformBody schema", async () => {
    const schema = doc.paths["/store/items"].post.requestBody.content["application/json"].schema
    assert.equal(schema.type, "object")
    assert.deepEqual(schema.required.sort(), ["price", "title"])
    assert.equal(schema.additionalProperties, false)
    assert.equal(JSON.stringify(doc).includes("$schema"), false)
  })

  test("path parameters and admin security are declared", async () => {
    const get = doc.paths["/store/items/{id}"].get
    assert.deepEqual(
      get.parameters.find((p: JsonBody) => p.in === "path"),
      { name: "id", in: "path", required: true, schema: { type: "string" } },
    )
    assert.deepEqual(doc.paths["/admin/database"].get.security, [{ adminToken: [] }])
    assert.equal(doc.components.securitySchemes.adminToken.scheme, "bearer")
    assert.equal(doc.paths["/store/items"].get.security, undefined)
  })

  test("every $ref resolves inside the document", async () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1] as string)
    assert.ok(refs.length > 0)
    for (const ref of refs) {
      const target = ref.split("/").reduce((node: JsonBody, key: string) => node?.[key], doc)
      assert.ok(target, `#/${ref} resolves`)
    }
  })
})
