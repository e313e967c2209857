// The workbench's build (issue 15): dist/studio/index.html, studio.css and studio.js. Its script
// bundles its own parts (the words, d3-dsv for the sheet) and reaches the library through the global
// `Citeline` of ../citeline.umd.min.js, so none of the library is in it and none of it in the library.
import { readFileSync } from "node:fs";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import esbuild from "rollup-plugin-esbuild";

const page = () => ({
  name: "citeline-studio-page",
  generateBundle() {
    for (const file of ["index.html", "preview.html", "studio.css", "frame.css"]) this.emitFile({ type: "asset", fileName: file, source: readFileSync(new URL(`./${file}`, import.meta.url), "utf8") });
  },
});

/** The workbench's rollup configuration, with the library's banner. */
export function studio(banner) {
  return {
    input: "studio/src/main.ts",
    plugins: [nodeResolve({ browser: true }), esbuild({ target: "es2020", tsconfig: "tsconfig.build.json" }), page()],
    output: { dir: "dist/studio", entryFileNames: "studio.js", format: "iife", sourcemap: true, banner, plugins: [terser({ format: { comments: /^!/ } })] },
  };
}
