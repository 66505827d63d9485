import { pino, type Logger as PinoLogger } from "pino"

/** The application logger (pino): `info`, `warn`, `error`, `debug` with an optional object first. */
export type Logger = PinoLogger

/**
 * Creates the application logger. Level from `LOG_LEVEL` (default `info`; `silent` in tests
 * unless `LOG_LEVEL` says otherwise).
 */
export function createLogger(name = "stratum"): Logger {
  const fallback = process.env.NODE_ENV === "test" ? "silent" : "info"
  return pino({ name, level: process.env.LOG_LEVEL ?? fallback })
}
