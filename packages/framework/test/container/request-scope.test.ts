import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { asFunction, asValue } from "awilix"
import { asShared, createStratumContainer, type StratumContainer } from "../../src/container/create-container.js"
import { requestScope } from "../../src/container/request-scope.js"

/** An application container that counts the scopes it creates. */
function countingContainer(): { container: StratumContainer; scopes: () => number } {
  const container = createStratumContainer({ query: { name: "query" } })
  let created = 0
  const createScope = container.createScope.bind(container)
  container.createScope = (() => {
    created++
    return createScope()
  }) as StratumContainer["createScope"]
  return { container, scopes: () => created }
}

describe("request scopes", () => {
  test("resolving shared values creates no scope and answers the application's instances", async () => {
    const { container, scopes } = countingContainer()
    container.register("blog", asShared({ name: "blog" }))
    const { scope, dispose } = requestScope(container)
    assert.equal(scope.resolve("query"), container.resolve("query"))
    assert.equal(scope.resolve("blog"), container.resolve("blog"))
    await dispose()
    assert.equal(scopes(), 0)
  })

  test("a scoped registration is created once per request, in the request's scope", async () => {
    const { container, scopes } = countingContainer()
    let built = 0
    container.register("unitOfWork", asFunction(() => ({ id: ++built })).scoped())
    const first = requestScope(container)
    const second = requestScope(container)
    assert.equal(first.scope.resolve("unitOfWork"), first.scope.resolve("unitOfWork"))
    assert.notEqual(first.scope.resolve("unitOfWork"), second.scope.resolve("unitOfWork"))
    assert.equal(built, 2)
    assert.equal(scopes(), 2)
  })

  test("values registered on a request's scope stay in that request", () => {
    const { container } = countingContainer()
    const first = requestScope(container)
    const second = requestScope(container)
    first.scope.register("requestTag", asValue("first"))
    assert.equal(first.scope.resolve("requestTag"), "first")
    assert.equal(first.scope.cradle["requestTag"], "first")
    assert.equal(first.scope.hasRegistration("requestTag"), true)
    assert.equal(second.scope.hasRegistration("requestTag"), false)
    assert.equal(container.hasRegistration("requestTag"), false)
    assert.throws(() => second.scope.resolve("requestTag"), /requestTag/)
  })

  test("a value registered on the scope overrides a shared one of the same name", () => {
    const { container } = countingContainer()
    const { scope } = requestScope(container)
    scope.register("query", asValue("request's own"))
    assert.equal(scope.resolve("query"), "request's own")
    assert.deepEqual(container.resolve("query"), { name: "query" })
  })

  test("dispose runs the disposers of what the request's scope created", async () => {
    const { container } = countingContainer()
    const disposed: number[] = []
    container.register(
      "session",
      asFunction(() => ({ id: 7 }))
        .scoped()
        .disposer((session) => {
          disposed.push(session.id)
        }),
    )
    const { scope, dispose } = requestScope(container)
    scope.resolve("session")
    await dispose()
    assert.deepEqual(disposed, [7])
  })

  test("an unknown name fails as awilix reports it", () => {
    const { container } = countingContainer()
    assert.throws(() => requestScope(container).scope.resolve("nope"), /Could not resolve 'nope'/)
  })
})
