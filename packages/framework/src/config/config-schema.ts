import { z } from "zod"
import { POOL_KEYS } from "./pool-options.js"

const millis = z.number().int().nonnegative()

export const poolSchema = z
  .strictObject({
    min: z.number().int().nonnegative(),
    max: z.number().int().positive(),
    acquireTimeoutMillis: millis.positive(),
    createTimeoutMillis: millis.positive(),
    destroyTimeoutMillis: millis.positive(),
    idleTimeoutMillis: millis.positive(),
    reapIntervalMillis: millis.positive(),
    createRetryIntervalMillis: millis.positive(),
  })
  .partial()

export const databaseExtraSchema = z.strictObject({
  pool: poolSchema.optional(),
  debug: z.boolean().optional(),
  logger: z.function().optional(),
  jit: z.boolean().optional(),
})

export const httpSchema = z.strictObject({
  bodyLimit: z.union([z.string().regex(/^\d+(b|kb|mb)$/i), z.number().int().positive()]).optional(),
  adminTokens: z.array(z.string().min(16)).optional(),
  storeCors: z.string().optional(),
  adminCors: z.string().optional(),
})

export const projectConfigSchema = z.strictObject({
  databaseUrl: z.string().optional(),
  databaseExtra: databaseExtraSchema.optional(),
  embeddedDataDir: z.string().optional(),
  http: httpSchema.optional(),
  seed: z.string().min(1).optional(),
})

/** What each object accepts, for messages that list the allowed keys. */
export const KNOWN_KEYS: Record<string, readonly string[]> = {
  projectConfig: Object.keys(projectConfigSchema.shape),
  "projectConfig.databaseExtra": Object.keys(databaseExtraSchema.shape),
  "projectConfig.databaseExtra.pool": POOL_KEYS,
  "projectConfig.http": Object.keys(httpSchema.shape),
}
