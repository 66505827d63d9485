import type { z } from "zod"
import { KNOWN_KEYS } from "./config-schema.js"

/** Raised at start-up for a configuration that cannot work; the message names the key and what is allowed. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "ConfigError"
  }
}

function describeIssue(issue: z.core.$ZodIssue, root: string): string {
  const path = [root, ...issue.path.map(String)].join(".")
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = KNOWN_KEYS[path] ?? []
      const keys = issue.keys.map((k) => `${path}.${k}`).join(", ")
      return `unknown key ${keys}; allowed keys: ${known.join(", ")}`
    }
    case "too_small":
      return `${path} must be ${issue.minimum === 0 && !issue.inclusive ? "greater than 0" : `at least ${String(issue.minimum)}`}`
    case "invalid_type":
      return `${path} must be ${issue.expected === "int" ? "an integer" : `a ${issue.expected}`}`
    case "invalid_format":
      return `${path} has an invalid format (${issue.message})`
    default:
      return `${path}: ${issue.message}`
  }
}

/** Turns zod issues into one readable line per problem. */
export function configErrorFrom(error: z.ZodError, root: string): ConfigError {
  const lines = error.issues.map((issue) => describeIssue(issue, root))
  return new ConfigError(`Invalid configuration: ${lines.join("; ")}`)
}
