import type {
  BlogModuleService,
  CustomerModuleService,
  InventoryModuleService,
  OrderModuleService,
  PricingModuleService,
  ProductModuleService,
  RegionModuleService,
  ReviewModuleService,
} from "@stratum/commerce"
import type { TestApp } from "@stratum/framework/testing"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"

/** The ids of the rows `seedCatalog` writes. */
export interface Catalog {
  regions: { us: string; eu: string }
  categories: { shirts: string; mugs: string; hidden: string }
  products: { shirt: string; mug: string; poster: string }
  variants: { shirtS: string; shirtM: string; mug: string; poster: string }
  inventory: { shirtS: string; shirtM: string; mug: string }
  customers: { ada: string; grace: string }
  orders: { adaCompleted: string; gracePending: string }
  blog: { author: string; category: string; published: string; draft: string }
  reviews: { graceOnMug: string }
}

/** Resolves a module service of the test app. */
function service<T>(app: TestApp, name: string): T {
  return app.container.resolve<T>(name)
}

/**
 * A small store through the module services: two regions (usd, eur), three products (the poster is a
 * draft) with prices (the mug has a cheaper price for the EU region), stock, two customers with an
 * order each (Ada's completed), a blog with a published post and a draft, and one review.
 *
 * Prices (minor units): shirt S usd 2000 / eur 1800, shirt M usd 2100 / eur 1900,
 * mug usd 900 / eur 800 / eur 750 in the EU region, poster usd 500. Stock: shirt S 3, shirt M 50, mug 8.
 */
export async function seedCatalog(app: TestApp): Promise<Catalog> {
  const regionModule = service<RegionModuleService>(app, "region")
  const productModule = service<ProductModuleService>(app, "product")
  const pricing = service<PricingModuleService>(app, "pricing")
  const link = app.container.resolve(ContainerRegistrationKeys.LINK)

  const [us, eu] = await regionModule.createRegions([
    { name: "North America", currency_code: "usd" },
    { name: "Europe", currency_code: "eur" },
  ])
  const [shirts, mugs, hidden] = await productModule.createProductCategories([
    { name: "Shirts", handle: "shirts", is_active: true, rank: 1 },
    { name: "Mugs", handle: "mugs", is_active: true, rank: 2 },
    { name: "Internal", handle: "internal", is_active: true, is_internal: true, rank: 3 },
  ])
  const [shirt, mug, poster] = await productModule.createProducts([
    {
      title: "Blue Shirt",
      description: "A cotton shirt",
      status: "published",
      categories: [{ id: shirts!.id }],
      variants: [
        { title: "S", sku: "SHIRT-S", inventory_quantity: 3 },
        { title: "M", sku: "SHIRT-M", inventory_quantity: 50 },
      ],
    },
    {
      title: "Coffee Mug",
      description: "Holds coffee",
      status: "published",
      categories: [{ id: mugs!.id }],
      variants: [{ title: "One size", sku: "MUG", inventory_quantity: 8 }],
    },
    { title: "Draft Poster", status: "draft", variants: [{ title: "A2", sku: "POSTER", inventory_quantity: 1 }] },
  ])
  const variantId = (product: { variants?: unknown } | undefined, index: number): string =>
    ((product?.variants ?? []) as { id: string }[])[index]!.id
  const variants = {
    shirtS: variantId(shirt, 0),
    shirtM: variantId(shirt, 1),
    mug: variantId(mug, 0),
    poster: variantId(poster, 0),
  }
  const sets = await pricing.createPriceSets([
    {
      prices: [
        { amount: 2000, currency_code: "usd" },
        { amount: 1800, currency_code: "eur" },
      ],
    },
    {
      prices: [
        { amount: 2100, currency_code: "usd" },
        { amount: 1900, currency_code: "eur" },
      ],
    },
    {
      prices: [
        { amount: 900, currency_code: "usd" },
        { amount: 800, currency_code: "eur" },
        { amount: 750, currency_code: "eur", rules: { region_id: eu!.id } },
      ],
    },
    { prices: [{ amount: 500, currency_code: "usd" }] },
  ])
  const order = [variants.shirtS, variants.shirtM, variants.mug, variants.poster]
  await link.create(
    order.map((id, i) => ({ product: { product_variant_id: id }, pricing: { price_set_id: sets[i]!.id } })),
  )

  const inventoryModule = service<InventoryModuleService>(app, "inventory")
  const [itemS, itemM, itemMug] = await inventoryModule.createInventoryItems([
    { variant_id: variants.shirtS, sku: "SHIRT-S", quantity: 3 },
    { variant_id: variants.shirtM, sku: "SHIRT-M", quantity: 50 },
    { variant_id: variants.mug, sku: "MUG", quantity: 8 },
  ])

  const customerModule = service<CustomerModuleService>(app, "customer")
  const [ada, grace] = await customerModule.createCustomers([
    { email: "ada@example.com", first_name: "Ada" },
    { email: "grace@example.com", first_name: "Grace" },
  ])
  const orderModule = service<OrderModuleService>(app, "order")
  const adaOrder = await orderModule.createOrderWithItems({
    customer_id: ada!.id,
    currency_code: "usd",
    region_id: us!.id,
    items: [{ product_id: mug!.id, variant_id: variants.mug, quantity: 2, unit_price: 900 }],
  })
  await orderModule.completeOrder(adaOrder.order.id)
  const graceOrder = await orderModule.createOrderWithItems({
    customer_id: grace!.id,
    currency_code: "eur",
    region_id: eu!.id,
    items: [{ product_id: shirt!.id, variant_id: variants.shirtS, quantity: 1, unit_price: 1800 }],
  })

  const blogModule = service<BlogModuleService>(app, "blog")
  const author = await blogModule.createBlogAuthors({ name: "Ada Lovelace" })
  const [news] = await blogModule.createBlogCategories([{ name: "News", handle: "news" }])
  const [published, draft] = await blogModule.createBlogPosts([
    {
      title: "Hello store",
      excerpt: "We are open",
      body: "Welcome!",
      author_id: author.id,
      categories: [news!.id],
      published: true,
      published_at: new Date(),
    },
    { title: "Draft thoughts", body: "Not yet", author_id: author.id },
  ])
  await blogModule.createBlogComments([
    { post_id: published!.id, author_name: "Grace", body: "Congrats" },
    { post_id: published!.id, author_name: "Alan", body: "Nice" },
  ])

  const reviewModule = service<ReviewModuleService>(app, "review")
  const review = await reviewModule.createProductReviews({
    product_id: mug!.id,
    customer_id: grace!.id,
    rating: 4,
    comment: "Solid mug",
  })

  return {
    regions: { us: us!.id, eu: eu!.id },
    categories: { shirts: shirts!.id, mugs: mugs!.id, hidden: hidden!.id },
    products: { shirt: shirt!.id, mug: mug!.id, poster: poster!.id },
    variants,
    inventory: { shirtS: itemS!.id, shirtM: itemM!.id, mug: itemMug!.id },
    customers: { ada: ada!.id, grace: grace!.id },
    orders: { adaCompleted: adaOrder.order.id, gracePending: graceOrder.order.id },
    blog: { author: author.id, category: news!.id, published: published!.id, draft: draft!.id },
    reviews: { graceOnMug: review.id },
  }
}
