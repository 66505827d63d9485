export { Region } from "./region.js"
export { RegionCountry } from "./region-country.js"
