import { connect, createServer, type Server, type Socket } from "node:net"

export interface TcpTool {
  port: number
  close(): Promise<void>
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", () => {
      const address = server.address()
      resolve(typeof address === "object" && address ? address.port : 0)
    })
  })
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy()
  return new Promise((resolve) => server.close(() => resolve()))
}

/** Accepts connections and never answers; records how long each socket stayed open. */
export async function silentServer(): Promise<TcpTool & { lifetimes: number[] }> {
  const sockets = new Set<Socket>()
  const lifetimes: number[] = []
  const server = createServer((socket) => {
    const opened = Date.now()
    sockets.add(socket)
    socket.resume()
    socket.on("error", () => undefined)
    socket.on("close", () => {
      sockets.delete(socket)
      lifetimes.push(Date.now() - opened)
    })
  })
  const port = await listen(server)
  return { port, lifetimes, close: () => closeServer(server, sockets) }
}

/**
 * A proxy to `targetPort` that can drop every connection at once ("down": accept and reset),
 * forward them ("up"), or freeze them (keep sockets open, pass nothing).
 */
export async function controllableProxy(targetPort: number, initial: "up" | "down" = "up") {
  const sockets = new Set<Socket>()
  let mode: "up" | "down" | "frozen" = initial
  let attempts = 0
  const server = createServer({ allowHalfOpen: true }, (client) => {
    attempts++
    sockets.add(client)
    client.on("error", () => undefined)
    client.on("close", () => sockets.delete(client))
    if (mode === "down") {
      client.destroy()
      return
    }
    const upstream = connect(targetPort, "127.0.0.1")
    sockets.add(upstream)
    upstream.on("error", () => client.destroy())
    upstream.on("close", () => sockets.delete(upstream))
    client.on("data", (chunk) => mode !== "frozen" && upstream.write(chunk))
    upstream.on("data", (chunk) => mode !== "frozen" && client.write(chunk))
    client.on("end", () => mode !== "frozen" && upstream.end())
    upstream.on("end", () => mode !== "frozen" && client.end())
  })
  const port = await listen(server)
  return {
    port,
    get attempts() {
      return attempts
    },
    set(next: "up" | "down" | "frozen") {
      mode = next
    },
    close: () => closeServer(server, sockets),
  }
}

/** A port on which nothing listens. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  const port = await listen(server)
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
