// Builds the example with Vite. "citeline" resolves to the repository's source here, so the app
// builds without the package being published or installed; in your app, `npm install citeline`
// and drop the aliases.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset URLs, so dist/ works from any folder (here /examples/react/dist/).
  base: "./",
  logLevel: "warn",
  resolve: {
    alias: [
      { find: /^citeline$/, replacement: repo("src/index.ts") },
      { find: /^citeline\/style\.css$/, replacement: repo("src/write/theme.css") },
    ],
  },
  // React and citeline together are one ~550 kB chunk (about 170 kB gzipped).
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 800 },
});
