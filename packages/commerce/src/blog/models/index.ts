export { BlogPost } from "./blog-post.js"
export { BlogAuthor } from "./blog-author.js"
export { BlogCategory } from "./blog-category.js"
export { BlogComment } from "./blog-comment.js"
