/** Word lists the demo data is built from. */

const list = (words: string): readonly string[] => words.split(", ")

/** Category tree: parent name -> leaf names, with the variant option values of its products. */
export const CATEGORY_TREE: readonly { name: string; leaves: readonly string[]; options: readonly string[] }[] = [
  { name: "Apparel", leaves: ["T-Shirts", "Hoodies", "Pants", "Jackets"], options: ["S", "M", "L"] },
  { name: "Footwear", leaves: ["Sneakers", "Boots", "Sandals"], options: ["EU 40", "EU 42", "EU 44"] },
  { name: "Accessories", leaves: ["Bags", "Hats", "Socks"], options: ["Black", "Sand", "Navy"] },
  { name: "Home", leaves: ["Mugs", "Posters", "Blankets"], options: ["Small", "Medium", "Large"] },
  { name: "Outdoor", leaves: ["Tents", "Backpacks", "Bottles"], options: ["Forest", "Slate", "Ember"] },
]

/** Noun used in product titles, per leaf category. */
export const LEAF_NOUNS: Readonly<Record<string, readonly string[]>> = {
  "T-Shirts": ["Tee", "T-Shirt", "Henley", "Pocket Tee"],
  Hoodies: ["Hoodie", "Zip Hoodie", "Sweatshirt"],
  Pants: ["Chinos", "Joggers", "Cargo Pants", "Jeans"],
  Jackets: ["Jacket", "Parka", "Windbreaker", "Bomber"],
  Sneakers: ["Sneakers", "Runners", "Trainers"],
  Boots: ["Boots", "Chelsea Boots", "Hiking Boots"],
  Sandals: ["Sandals", "Slides"],
  Bags: ["Tote", "Messenger Bag", "Duffel"],
  Hats: ["Cap", "Beanie", "Bucket Hat"],
  Socks: ["Socks", "Crew Socks", "Ankle Socks"],
  Mugs: ["Mug", "Travel Mug", "Espresso Cup"],
  Posters: ["Poster", "Art Print"],
  Blankets: ["Blanket", "Throw"],
  Tents: ["Tent", "Shelter"],
  Backpacks: ["Backpack", "Daypack", "Rolltop Pack"],
  Bottles: ["Bottle", "Flask", "Canteen"],
}

export const ADJECTIVES = list(
  "Classic, Everyday, Urban, Alpine, Coastal, Vintage, Essential, Heritage, Nordic, Summit, Harbor, Canyon, Midnight, Sunset, Granite, Cedar, Aurora, Meadow, Drift, Ridge",
)

/** Materials used in product titles, per top-level category. */
export const GROUP_MATERIALS: Readonly<Record<string, readonly string[]>> = {
  Apparel: list("Cotton, Linen, Wool, Denim, Fleece, Merino, Hemp, Organic"),
  Footwear: list("Leather, Suede, Canvas, Knit, Recycled"),
  Accessories: list("Canvas, Leather, Wool, Cotton, Recycled, Waxed"),
  Home: list("Ceramic, Stoneware, Linen, Wool, Cotton, Matte"),
  Outdoor: list("Ripstop, Nylon, Steel, Recycled, Waxed, Lightweight"),
}

export const FIRST_NAMES = list(
  "Ada, Alan, Grace, Edsger, Barbara, Donald, Margaret, Ken, Frances, Dennis, Radia, Linus, Hedy, John, Katherine, Tim, Sophie, Lukas, Emma, Mateo, Chloé, Giulia, Lars, Noah, Mia, Léa, Elena, Jonas, Sofia, Hugo",
)

export const LAST_NAMES = list(
  "Lovelace, Turing, Hopper, Dijkstra, Liskov, Knuth, Hamilton, Thompson, Allen, Ritchie, Perlman, Torvalds, Lamarr, McCarthy, Johnson, Berners-Lee, Wilson, Müller, Schmidt, Garcia, Dubois, Rossi, Jansen, Martin, Bernard, Fischer, Romano, Lopez, Nielsen, Weber",
)

export const STREETS = list("Main St, Oak Ave, Market St, Elm St, Park Rd, Lake View, Mill Lane, High St")

export const BLOG_TOPICS = list(
  "How we pick our cotton, Caring for wool, A weekend in the Alps, Behind the seams, Packing light, The story of our mugs, Five ways to layer, Repair before you replace, Our new warehouse, Meet the makers, Choosing a tent, Colors of the season",
)

export const BLOG_CATEGORIES = ["News", "Guides", "Stories", "Care", "Travel"] as const

export const COMMENTS: readonly string[] = [
  "Great read, thank you!",
  "This helped me a lot.",
  "Can you write more about this?",
  "Love the photos.",
  "I had the same experience.",
  "Ordered one right away.",
  "Very useful tips.",
  "Looking forward to the next post.",
]
