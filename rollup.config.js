import { readFileSync } from "node:fs";
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import { dts } from "rollup-plugin-dts";
import esbuild from "rollup-plugin-esbuild";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const deps = Object.keys(pkg.dependencies ?? {});
// ESM keeps dependencies external so that an app's bundler dedupes d3 and date-fns.
const external = (id) => id.startsWith("node:") || deps.some((d) => id === d || id.startsWith(`${d}/`));
const banner = `/*! citeline ${pkg.version} | MIT License */`;
const transpile = () => esbuild({ target: "es2020", tsconfig: "tsconfig.build.json" });
// The UMD bundle carries d3 parts, date-fns, edtf (and its CommonJS parser, nearley) and htmlparser2.
const bundled = () => [nodeResolve({ browser: true }), commonjs(), json(), transpile()];
// The stylesheet ships as citeline/style.css: the theme, then the embed states, copied as written
// (they have no imports to resolve).
const stylesheet = () => ({
  name: "citeline-stylesheet",
  generateBundle() {
    const source = ["./src/write/theme.css", "./src/embed/embed.css"].map((file) => readFileSync(new URL(file, import.meta.url), "utf8")).join("\n");
    this.emitFile({ type: "asset", fileName: "style.css", source });
  },
});
const umd = { format: "umd", name: "Citeline", sourcemap: true, banner, exports: "named" };

export default [
  {
    input: { citeline: "src/index.ts", core: "src/core.ts", cli: "src/cli/cli.ts" },
    external,
    plugins: [transpile(), stylesheet()],
    output: { dir: "dist", format: "es", sourcemap: true, banner, entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js" },
  },
  {
    // The script-tag bundle's entry re-exports src/index.ts and, in a page, defines <cite-line>
    // and draws every [data-citeline] element; the ESM entry above stays free of side effects.
    input: "src/umd.ts",
    plugins: bundled(),
    output: [
      // .umd.js for <script> tags (the name people look for), .umd.cjs for require() in a "type": "module" package.
      { ...umd, file: "dist/citeline.umd.js" },
      { ...umd, file: "dist/citeline.umd.cjs" },
      { ...umd, file: "dist/citeline.umd.min.js", plugins: [terser({ format: { comments: /^!/ } })] },
    ],
  },
  {
    input: "src/core.ts",
    plugins: bundled(),
    output: { format: "cjs", file: "dist/core.cjs", sourcemap: true, banner, exports: "named" },
  },
  // Declarations per entry, each with a .d.cts twin so `require` sees CommonJS types.
  ...["index", "core"].map((name) => ({
    input: `src/${name}.ts`,
    plugins: [dts({ tsconfig: "./tsconfig.build.json" })],
    output: [{ file: `dist/${name}.d.ts` }, { file: `dist/${name}.d.cts` }],
  })),
];
