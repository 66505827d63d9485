export { createTestApp, type TestApp } from "./testing/create-test-app.js"
export { testServerUrl, embeddedTestServer } from "./testing/test-server.js"
export { startEmbeddedServer, type EmbeddedServer } from "./database/embedded/embedded-server.js"
export { countStatements } from "./context/execution-scope.js"
