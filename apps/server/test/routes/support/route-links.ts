import { orderLinks, productVariantPriceSetLink } from "@stratum/commerce"

/** The links the routes need: the server's configuration lists the same. */
export const routeLinks = [productVariantPriceSetLink, ...orderLinks]
