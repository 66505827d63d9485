/**
 * Hands out table aliases for one compilation (`t1`, `t2`, ...), never the reserved root alias,
 * so a correlated subquery never shadows the table it refers to.
 *
 * @example
 * const aliases = new AliasGenerator("w", "t0")
 * aliases.next() // "w1"
 */
export class AliasGenerator {
  #next = 0

  constructor(
    private readonly prefix: string,
    private readonly reserved: string,
  ) {}

  /** How many aliases were handed out so far. */
  get issued(): number {
    return this.#next
  }

  next(): string {
    let alias: string
    do {
      this.#next++
      alias = `${this.prefix}${this.#next}`
    } while (alias === this.reserved)
    return alias
  }
}
