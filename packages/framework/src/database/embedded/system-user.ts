import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"

export interface RunAs {
  uid: number
  gid: number
}

/** The `postgres` entry of /etc/passwd (name:password:uid:gid:...), without starting a process. */
function fromPasswd(): RunAs | undefined {
  try {
    const line = readFileSync("/etc/passwd", "utf8")
      .split("\n")
      .find((entry) => entry.startsWith("postgres:"))
    const [uid, gid] = (line?.split(":") ?? []).slice(2, 4).map(Number)
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) return undefined
    return { uid: uid as number, gid: gid as number }
  } catch {
    return undefined
  }
}

/** The `postgres` user from /etc/passwd, else from `id` (users known to the system by other means). */
function lookup(): RunAs | undefined {
  const local = fromPasswd()
  if (local) return local
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim())
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim())
    return { uid, gid }
  } catch {
    return undefined
  }
}

/**
 * PostgreSQL refuses to run as root. As root, the server runs as the `postgres` system user,
 * created when missing; as anyone else it runs as the current user (`undefined`).
 */
export function resolveRunAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined
  const existing = lookup()
  if (existing) return existing
  try {
    execFileSync("groupadd", ["--force", "postgres"], { stdio: "ignore" })
    execFileSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "postgres"], { stdio: "ignore" })
  } catch (error) {
    throw new Error(`Running as root, the embedded PostgreSQL needs a "postgres" system user and creating it failed`, {
      cause: error,
    })
  }
  const created = lookup()
  if (!created) throw new Error(`The "postgres" system user could not be found after creating it`)
  return created
}
