import type { Preview } from "@storybook/html-vite";
import "../src/write/theme.css";
import "../src/embed/embed.css";
import { destroyAll } from "../stories/support.js";

const preview: Preview = {
  parameters: {
    // Axe violations fail the story (in the a11y panel, and in scripts/storybook-smoke.mjs).
    a11y: { test: "error" },
    layout: "padded",
    controls: { expanded: true },
  },
  // Each story's timelines are destroyed when the next story renders (observers, listeners).
  beforeEach: () => destroyAll,
};

export default preview;
