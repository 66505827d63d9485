import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { startRouteApp, type ErrorBody, type RouteApp } from "./support/route-app.js"

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown }>>
}

let api: RouteApp
before(async () => {
  api = await startRouteApp()
})
after(() => api?.close())

const ADMIN_ROUTES: [string, string][] = [
  ["GET", "/admin/products"],
  ["POST", "/admin/products"],
  ["GET", "/admin/products/prod_1"],
  ["POST", "/admin/products/prod_1"],
  ["DELETE", "/admin/products/prod_1"],
  ["POST", "/admin/products/batch"],
  ["POST", "/admin/inventory-items/iitem_1/adjust"],
  ["GET", "/admin/inventory-items/low-stock"],
  ["GET", "/admin/orders"],
  ["GET", "/admin/orders/order_1"],
  ["GET", "/admin/analytics"],
  ["GET", "/admin/blog/posts"],
  ["POST", "/admin/blog/posts"],
  ["GET", "/admin/blog/posts/bp_1"],
  ["POST", "/admin/blog/posts/bp_1"],
  ["DELETE", "/admin/blog/posts/bp_1"],
  ["POST", "/admin/blog/posts/bp_1/restore"],
  ["DELETE", "/admin/blog/posts/bp_1/permanent"],
  ["GET", "/admin/reviews"],
  ["DELETE", "/admin/reviews/prev_1"],
]

describe("/admin authentication", () => {
  test("every admin route answers 401 without a token and with a wrong one, before touching the database", async () => {
    for (const [method, path] of ADMIN_ROUTES) {
      for (const token of [false, "wrong-token"] as const) {
        const { status, body, statements } = await api.request<ErrorBody>(method, path, {
          token,
          body: method === "GET" ? undefined : {},
        })
        assert.equal(status, 401, `${method} ${path} ${token}`)
        assert.equal(body.type, "unauthorized")
        assert.equal(statements, 0)
      }
    }
  })

  test("the admin token opens them", async () => {
    const { status } = await api.get("/admin/products")
    assert.equal(status, 200)
  })
})

describe("/openapi.json", () => {
  test("lists every route with its validated query parameters and bodies", async () => {
    const { status, body } = await api.get<OpenApi>("/openapi.json")
    assert.equal(status, 200)
    const expected: [string, string][] = [
      ...ADMIN_ROUTES.map(([method, path]): [string, string] => [
        method,
        path.replace(/\/(prod|iitem|order|bp|prev)_1/, "/{id}"),
      ]),
      ["GET", "/store/products"],
      ["GET", "/store/products/{id}"],
      ["GET", "/store/products/{id}/reviews"],
      ["POST", "/store/products/{id}/reviews"],
      ["GET", "/store/product-categories"],
      ["GET", "/store/regions"],
      ["GET", "/store/blog/posts"],
      ["GET", "/store/blog/posts/{id}"],
      ["POST", "/store/orders"],
      ["GET", "/store/orders/{id}"],
    ]
    for (const [method, path] of expected) {
      const operation = body.paths[path]?.[method.toLowerCase()]
      assert.ok(operation, `${method} ${path} is documented`)
      if (method === "POST" && !path.endsWith("/restore")) assert.ok(operation.requestBody, `${method} ${path} body`)
    }
    const listParameters = body.paths["/store/products"]?.get?.parameters?.map((p) => p.name) ?? []
    for (const name of [
      "limit",
      "offset",
      "q",
      "category_id",
      "region_id",
      "currency_code",
      "min_price",
      "max_price",
    ]) {
      assert.ok(listParameters.includes(name), `GET /store/products documents ${name}`)
    }
    const batchBody = JSON.stringify(body.paths["/admin/products/batch"]?.post?.requestBody)
    assert.match(batchBody, /"create"/)
    const updateBody = JSON.stringify(body.paths["/admin/products/{id}"]?.post?.requestBody)
    assert.doesNotMatch(updateBody, /"create"/)
  })
})
