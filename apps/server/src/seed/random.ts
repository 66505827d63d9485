/** A deterministic source of pseudo-random values: the same name always yields the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One of the keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K
}

/** 32-bit FNV-1a hash of a string: turns a stream name into a non-zero generator state. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash === 0 ? 0x9e3779b9 : hash
}

/**
 * A xorshift32 generator (Marsaglia's 13/17/5 shifts) seeded from `name`. Each seed step takes its own
 * named stream, so changing one step never shifts the values of another.
 *
 * @example
 * const random = createRandom("products")
 * random.int(1, 6) // the same first roll on every run
 */
export function createRandom(name: string): Random {
  let state = hash32(name)
  const next = (): number => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 4294967296
  }
  for (let i = 0; i < 8; i++) next() // move away from seeds that share their first bits
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new Error("pick() needs a non-empty list")
      return list[Math.floor(next() * list.length)] as T
    },
    chance: (p) => next() < p,
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const entries = Object.entries(weights) as [K, number][]
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [key, weight] of entries) {
        roll -= weight
        if (roll < 0) return key
      }
      return (entries[entries.length - 1] as [K, number])[0]
    },
  }
}
