// Child process of `npm run bench:http`: the baseline, a minimal node `http` + `pg` server answering
// the same two routes with the same JSON as Stratum's (checked by the parent before the load), from
// hand-written prepared statements that build each product's variants and prices in SQL.
import { createServer, type ServerResponse } from "node:http"
import pg from "pg"

/** ISO-8601 in UTC with milliseconds, as JSON.stringify writes a Date. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

const priceObject = `json_build_object('id', pr.id, 'max_quantity', pr.max_quantity, 'min_quantity', pr.min_quantity,
  'price_list_id', pr.price_list_id, 'price_list_type', NULL)`

/** Each variant of product p, with its lowest rule-less, list-less price in currency $1. */
const VARIANTS = `coalesce((SELECT json_agg(json_build_object(
    'id', v.id, 'title', v.title, 'sku', v.sku, 'barcode', v.barcode, 'allow_backorder', v.allow_backorder,
    'manage_inventory', v.manage_inventory, 'inventory_quantity', v.inventory_quantity, 'variant_rank', v.variant_rank,
    'metadata', v.metadata, 'product_id', v.product_id, 'created_at', ${iso("v.created_at")},
    'updated_at', ${iso("v.updated_at")}, 'deleted_at', ${iso("v.deleted_at")},
    'calculated_price', (SELECT json_build_object('id', ps.id, 'currency_code', pr.currency_code,
        'original_price', ${priceObject}, 'original_amount', pr.amount,
        'calculated_price', ${priceObject}, 'calculated_amount', pr.amount,
        'is_original_price_price_list', false, 'is_calculated_price_price_list', false,
        'is_original_price_tax_inclusive', false, 'is_calculated_price_tax_inclusive', false)
      FROM product_variant_price_set l
      JOIN price_sets ps ON ps.id = l.price_set_id AND ps.deleted_at IS NULL
      JOIN prices pr ON pr.price_set_id = ps.id AND pr.deleted_at IS NULL
      WHERE l.product_variant_id = v.id AND l.deleted_at IS NULL AND pr.currency_code = $1
        AND pr.price_list_id IS NULL AND pr.rules_count = 0
      ORDER BY pr.amount LIMIT 1)
  ) ORDER BY v.id) FROM product_variants v WHERE v.product_id = p.id AND v.deleted_at IS NULL), '[]') AS variants`

const LIST = `SELECT p.*, ${VARIANTS}, (SELECT count(*)::int FROM products WHERE deleted_at IS NULL) AS total_count
  FROM products p WHERE p.deleted_at IS NULL ORDER BY p.id LIMIT $2 OFFSET $3`

const DETAIL = `SELECT p.*, ${VARIANTS} FROM products p WHERE p.id = $2 AND p.deleted_at IS NULL`

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.RAW_POOL_MAX ?? 10) })

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  })
  res.end(text)
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost")
  const currency = url.searchParams.get("currency_code") ?? "usd"
  const detail = /^\/store\/products\/([^/]+)$/.exec(url.pathname)
  let work: Promise<void>
  if (req.method === "GET" && url.pathname === "/store/products") {
    const limit = Number(url.searchParams.get("limit") ?? 20)
    const offset = Number(url.searchParams.get("offset") ?? 0)
    work = pool.query({ name: "list", text: LIST, values: [currency, limit, offset] }).then(({ rows }) => {
      const count = rows[0]?.total_count ?? 0
      for (const row of rows) delete row.total_count
      send(res, 200, { products: rows, count, offset, limit })
    })
  } else if (req.method === "GET" && detail) {
    const id = decodeURIComponent(detail[1] as string)
    work = pool.query({ name: "detail", text: DETAIL, values: [currency, id] }).then(({ rows }) => {
      if (rows[0] === undefined) send(res, 404, { type: "not_found", message: `Product with id: ${id} was not found` })
      else send(res, 200, { product: rows[0] })
    })
  } else {
    send(res, 404, { type: "not_found", message: "Not found" })
    return
  }
  work.catch((error: unknown) => {
    console.error(error)
    send(res, 500, { type: "unknown_error", message: "An unknown error occurred." })
  })
})

server.listen(0, "127.0.0.1", () => {
  const address = server.address()
  process.send?.({ port: typeof address === "object" && address ? address.port : 0 })
})
process.once("SIGTERM", () => {
  server.close()
  server.closeAllConnections()
  void pool.end().then(() => process.exit(0))
})
