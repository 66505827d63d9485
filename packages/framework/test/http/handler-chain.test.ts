import assert from "node:assert/strict"
import type { AddressInfo } from "node:net"
import { after, before, describe, test } from "node:test"
import express, { type ErrorRequestHandler, type RequestHandler } from "express"
import { handlerChain, pathsUnder } from "../../src/http/pipeline/handler-chain.js"
import { call } from "./http-fixture.js"

const mark =
  (name: string): RequestHandler =>
  (_req, res, next) => {
    res.append("x-steps", name)
    next()
  }

describe("handler chains", () => {
  let server: ReturnType<express.Express["listen"]>
  let url: string
  before(async () => {
    const app = express()
    app.use(
      handlerChain([
        mark("first"),
        pathsUnder(["/store"], mark("store")),
        pathsUnder(["/admin", "/ops"], mark("admin")),
        (req, _res, next) => (req.query["skip"] === "route" ? next("route") : next()),
        (req, _res, next) => {
          if (req.query["fail"] === "next") next(new Error("passed on"))
          else if (req.query["fail"] === "throw") throw new Error("thrown")
          else if (req.query["fail"] === "reject") return Promise.reject(new Error("rejected"))
          else if (req.query["fail"] === "router") next("router")
          else next()
        },
        (req, _res, next) => setImmediate(next),
        mark("last"),
      ]),
    )
    app.use((_req, res) => {
      res.json({ steps: res.getHeader("x-steps") })
    })
    const errors: ErrorRequestHandler = (error: Error, _req, res, _next) => {
      res.status(500).json({ error: error.message, steps: res.getHeader("x-steps") })
    }
    app.use(errors)
    server = app.listen(0, "127.0.0.1")
    await new Promise((resolve) => server.once("listening", resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => new Promise((resolve) => server.close(resolve)))

  test("steps run in order, asynchronous ones included, then the application's next layer", async () => {
    assert.deepEqual((await call(`${url}/store/products`)).body, { steps: ["first", "store", "last"] })
    assert.deepEqual((await call(`${url}/elsewhere?skip=route`)).body, { steps: ["first", "last"] })
  })

  test("pathsUnder matches its prefixes and what lies under them, without case, not look-alikes", async () => {
    assert.deepEqual((await call(`${url}/STORE`)).body, { steps: ["first", "store", "last"] })
    assert.deepEqual((await call(`${url}/store/`)).body, { steps: ["first", "store", "last"] })
    assert.deepEqual((await call(`${url}/storefront`)).body, { steps: ["first", "last"] })
    assert.deepEqual((await call(`${url}/ops/x`)).body, { steps: ["first", "admin", "last"] })
  })

  test("next(error), a throw and a rejected promise leave the chain for the error handlers", async () => {
    for (const [fail, message] of [
      ["next", "passed on"],
      ["throw", "thrown"],
      ["reject", "rejected"],
    ]) {
      const response = await call(`${url}/store/x?fail=${fail}`)
      assert.equal(response.status, 500)
      assert.deepEqual(response.body, { error: message, steps: ["first", "store"] }, fail)
    }
  })

  test("next('router') leaves the application's router", async () => {
    assert.equal((await call(`${url}/store/x?fail=router`)).status, 404)
  })
})
