// Builds the example with Vite. "citeline" resolves to this repository's build of what the
// package's "browser" condition names (dist/citeline.browser.js, made by `npm run build`), so the
// app builds as it would from the package without it being published or installed, its parts on
// demand split off as chunks of its own; in your app, `npm install citeline` and drop the aliases.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset URLs, so dist/ works from any folder (here /examples/esm-bundler/dist/).
  base: "./",
  logLevel: "warn",
  resolve: {
    alias: [
      { find: /^citeline$/, replacement: repo("dist/citeline.browser.js") },
      { find: /^citeline\/style\.css$/, replacement: repo("src/write/theme.css") },
    ],
  },
  build: { outDir: "dist", emptyOutDir: true },
});
