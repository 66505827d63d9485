import { parseConnectionUrl, toConnectionUrl } from "../../src/database/connection-target.js"

/** The same URL pointed at another port on 127.0.0.1 (for proxies in front of the test server). */
export function viaPort(url: string, port: number): string {
  return toConnectionUrl({ ...parseConnectionUrl(url), host: "127.0.0.1", port })
}

export function portOf(url: string): number {
  return parseConnectionUrl(url).port
}
