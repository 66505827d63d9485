import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { defineConfig } from "../../src/config/define-config.js"
import { POOL_DEFAULTS } from "../../src/config/pool-options.js"

describe("defineConfig", () => {
  test("accepts the guide's connection configuration as written", () => {
    const config = defineConfig({
      projectConfig: {
        databaseUrl: "postgres://postgres:secret@db.internal:5432/shop",
        databaseExtra: {
          pool: {
            min: 2,
            max: 10,
            acquireTimeoutMillis: 30000,
            createTimeoutMillis: 30000,
            destroyTimeoutMillis: 5000,
            idleTimeoutMillis: 30000,
            reapIntervalMillis: 1000,
            createRetryIntervalMillis: 100,
          },
          debug: true,
          logger: (message: string) => void message,
        },
      },
    })
    assert.equal(config.projectConfig.pool.createRetryIntervalMillis, 100)
    assert.equal(config.projectConfig.debug, true)
  })

  test("fills defaults", () => {
    assert.deepEqual(defineConfig({}).projectConfig.pool, POOL_DEFAULTS)
    assert.equal(defineConfig({}).projectConfig.databaseUrl, undefined)
  })

  test("rejects an unknown pool key, listing the known ones", () => {
    assert.throws(() => defineConfig({ projectConfig: { databaseExtra: { pool: { maxConnections: 5 } as never } } }), {
      message:
        "Invalid configuration: unknown key projectConfig.databaseExtra.pool.maxConnections; allowed keys: min, max, acquireTimeoutMillis, createTimeoutMillis, destroyTimeoutMillis, idleTimeoutMillis, reapIntervalMillis, createRetryIntervalMillis",
    })
  })

  test("rejects unknown keys at every level", () => {
    assert.throws(
      () => defineConfig({ projectConfig: { databaseURL: "x" } as never }),
      /unknown key projectConfig\.databaseURL; allowed keys: databaseUrl,/,
    )
    assert.throws(
      () => defineConfig({ projectConfig: { databaseExtra: { debg: true } as never } }),
      /allowed keys: pool, debug, logger, jit/,
    )
  })

  test("rejects negative, fractional and mistyped pool values, naming the key", () => {
    assert.throws(
      () => defineConfig({ projectConfig: { databaseExtra: { pool: { max: -1 } } } }),
      /projectConfig\.databaseExtra\.pool\.max must be greater than 0/,
    )
    assert.throws(
      () => defineConfig({ projectConfig: { databaseExtra: { pool: { min: -2 } } } }),
      /pool\.min must be at least 0/,
    )
    assert.throws(
      () => defineConfig({ projectConfig: { databaseExtra: { pool: { max: 2.5 } } } }),
      /pool\.max must be an integer/,
    )
    assert.throws(
      () => defineConfig({ projectConfig: { databaseExtra: { pool: { idleTimeoutMillis: "10" as never } } } }),
      /pool\.idleTimeoutMillis must be a number/,
    )
  })

  test("rejects min above max", () => {
    assert.throws(
      () => defineConfig({ projectConfig: { databaseExtra: { pool: { min: 12 } } } }),
      /pool\.min \(12\) must not exceed pool\.max \(10\)/,
    )
  })

  test("rejects a malformed database URL without echoing the password", () => {
    assert.throws(
      () => defineConfig({ projectConfig: { databaseUrl: "not a url" } }),
      /databaseUrl is not a valid URL; expected postgres:\/\//,
    )
    const error = (() => {
      try {
        defineConfig({ projectConfig: { databaseUrl: "mysql://root:hunter2@localhost/shop" } })
      } catch (e) {
        return e as Error
      }
    })()
    assert.match(error?.message ?? "", /must use the postgres:\/\/ or postgresql:\/\/ scheme, got "mysql:\/\/"/)
    assert.doesNotMatch(error?.message ?? "", /hunter2/)
    assert.throws(
      () => defineConfig({ projectConfig: { databaseUrl: "postgres://u@h:99999/db" } }),
      /databaseUrl is not a valid URL/,
    )
  })

  test("accepts modules as a list or as a keyed object", () => {
    const blog = { name: "blog" }
    assert.deepEqual(defineConfig({ modules: [blog] }).modules, [blog])
    assert.deepEqual(defineConfig({ modules: { blog, off: false } }).modules, [blog])
    assert.throws(() => defineConfig({ modules: { blog: "yes" as never } }), /modules\.blog must be a module object/)
  })
})
