// Storybook for citeline, written by hand (`storybook init` cannot run offline here).
// Every story is also a test: `npm run test:stories` builds this and drives each story's
// iframe page in the system Chromium (scripts/storybook-smoke.mjs).
import type { StorybookConfig } from "@storybook/html-vite";

const config: StorybookConfig = {
  framework: { name: "@storybook/html-vite", options: {} },
  stories: ["../stories/**/*.stories.ts"],
  // addon-docs gives each component a Docs tab: the theme story's controls change its --cl-* variables there.
  addons: ["@storybook/addon-a11y", "@storybook/addon-docs"],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
