import type { Decorator, Preview } from "@storybook/html-vite";
import "../src/write/theme.css";
import "../src/embed/embed.css";
import { CALENDARS, DEFAULT_GLOBALS, THEMES, TOOLBAR_LOCALES, destroyAll, useStoryGlobals } from "../stories/support.js";

const LANGUAGE_NAMES: Record<(typeof TOOLBAR_LOCALES)[number], string> = {
  "en-GB": "English (UK)",
  "fa-IR": "فارسی (Persian)",
  ar: "العربية (Arabic)",
  he: "עברית (Hebrew)",
  fr: "Français",
  de: "Deutsch",
  es: "Español",
  tr: "Türkçe",
  ckb: "کوردی (Sorani)",
};

/**
 * The designers' toolbar applied to every story: the globals reach `mount` (stories/support.ts),
 * which passes locale, calendar, time direction and theme to the timeline unless the story's args
 * chose them; `dir` is set on the story's root container, so the timeline reads it as the page's
 * computed direction, as it would on a real right-to-left page. The smoke test sets the same
 * globals in the iframe's URL (`&globals=dir:rtl;theme:dark;locale:fa-IR`).
 */
const withToolbar: Decorator = (story, { globals, canvasElement }) => {
  const { dir } = useStoryGlobals(globals);
  // The root container outlives the story (Storybook reuses it), so "auto" must undo an earlier choice.
  if (dir === "auto") canvasElement.removeAttribute("dir");
  else canvasElement.setAttribute("dir", dir);
  return story();
};

const preview: Preview = {
  parameters: {
    // Axe violations fail the story (in the a11y panel, and in scripts/storybook-smoke.mjs).
    a11y: { test: "error" },
    layout: "padded",
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: "locale option: words, dates and digits (a story's own locale arg wins)",
      toolbar: { title: "Locale", icon: "globe", items: TOOLBAR_LOCALES.map((value) => ({ value, title: LANGUAGE_NAMES[value] })), dynamicTitle: true },
    },
    dir: {
      description: "dir of the story's root container (auto: the page's own)",
      toolbar: { title: "Text direction", icon: "paragraph", items: [{ value: "auto", title: "Text: page's own" }, { value: "ltr", title: "Text: left to right" }, { value: "rtl", title: "Text: right to left" }], dynamicTitle: true },
    },
    timeDirection: {
      description: "timeDirection option: which way time runs on the axis",
      toolbar: { title: "Time direction", icon: "transfer", items: [{ value: "ltr", title: "Time: earlier on the left" }, { value: "rtl", title: "Time: earlier on the right" }], dynamicTitle: true },
    },
    calendar: {
      description: "calendar option: the calendar dates and ticks are shown in",
      toolbar: { title: "Calendar", icon: "calendar", items: CALENDARS.map((value) => ({ value, title: `Calendar: ${value}` })), dynamicTitle: true },
    },
    theme: {
      description: "theme option (a story's own theme arg wins)",
      toolbar: { title: "Theme", icon: "contrast", items: THEMES.map((value) => ({ value, title: `Theme: ${value}` })), dynamicTitle: true },
    },
  },
  initialGlobals: { ...DEFAULT_GLOBALS },
  decorators: [withToolbar],
  // Each render's timelines are destroyed before the next (observers, listeners): at once, because
  // a change of globals re-renders the story without cleaning it up, and when the story is left.
  beforeEach: () => {
    destroyAll();
    return destroyAll;
  },
};

export default preview;
