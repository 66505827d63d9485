import type { z } from "zod"

export type IssueLocation = "body" | "query"
type Issue = z.ZodError["issues"][number]

/** `["created_at", "$gt"]` -> `created_at[$gt]` (query) or `items[0].sku` (body). */
export function formatIssuePath(path: readonly PropertyKey[], location: IssueLocation): string {
  let text = ""
  for (const segment of path) {
    const key = typeof segment === "symbol" ? segment.toString() : String(segment)
    if (text === "") text = key
    else if (location === "query" || typeof segment === "number") text += `[${key}]`
    else text += `.${key}`
  }
  return text
}

function describeIssue(issue: Issue, location: IssueLocation, allowedKeys: readonly string[] | undefined): string {
  const noun = location === "query" ? "query parameter" : "field"
  if (issue.code === "unrecognized_keys") {
    const prefix =
      issue.path.length > 0 ? `${formatIssuePath(issue.path, location)}${location === "query" ? "[" : "."}` : ""
    const suffix = location === "query" ? "]" : ""
    const names = issue.keys.map((key) => `'${prefix}${key}${prefix ? suffix : ""}'`).join(", ")
    const allowed =
      issue.path.length === 0 && allowedKeys && allowedKeys.length > 0 ? ` (allowed: ${allowedKeys.join(", ")})` : ""
    return `unknown ${noun}${issue.keys.length > 1 ? "s" : ""} ${names}${allowed}`
  }
  if (issue.path.length === 0) return issue.message
  return `${noun} '${formatIssuePath(issue.path, location)}': ${issue.message}`
}

/**
 * One message for a failed validation, naming every offending parameter or field.
 *
 * @example
 * formatZodIssues(error.issues, "query")
 * // "Invalid request: query parameter 'limit': must be at most 100"
 */
export function formatZodIssues(
  issues: readonly Issue[],
  location: IssueLocation,
  allowedKeys?: readonly string[],
): string {
  return `Invalid request: ${issues.map((issue) => describeIssue(issue, location, allowedKeys)).join("; ")}`
}
