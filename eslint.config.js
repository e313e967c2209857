import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

// The pipeline's dependency rule (docs/architecture.md): core stages never reach the DOM or later stages.
const noLaterStages = (...stages) => ({
  patterns: stages.map((s) => ({ group: [`../${s}/*`, `./${s}/*`], message: `This stage may not import from ${s}/.` })),
});

export default tseslint.config(
  { ignores: ["dist", "examples/*/dist", "docs/api", "storybook-static", "test-results", "coverage", "node_modules"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  {
    files: ["src/parse/**/*.ts"],
    rules: { "no-restricted-imports": ["error", noLaterStages("model", "layout", "render", "interact", "embed")] },
  },
  {
    files: ["src/model/**/*.ts"],
    rules: { "no-restricted-imports": ["error", noLaterStages("layout", "render", "interact", "embed")] },
  },
  {
    files: ["src/parse/**/*.ts", "src/model/**/*.ts", "src/types.ts", "src/types/**/*.ts", "src/options.ts", "src/options/**/*.ts", "src/messages/**/*.ts", "src/diagnostics.ts", "src/core.ts", "src/load.ts"],
    languageOptions: { globals: {} },
    rules: { "no-restricted-globals": ["error", "document", "window", "navigator", "HTMLElement", "Element"] },
  },
  { files: ["**/*.{js,mjs}"], extends: [tseslint.configs.disableTypeChecked], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
