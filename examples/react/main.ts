// The app: a select box switching the <Timeline> between two stories, and a button that unmounts it.
import { createElement as h, StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import "citeline/style.css";
import { Timeline } from "./Timeline.js";
import tehran from "../seed-tehran-2008/events.json";
import rome from "../deep-time/events.json";

const STORIES = {
  tehran: { label: "Maliki in Tehran, 2008", data: tehran },
  rome: { label: "Rome, 753 BCE – 476 CE", data: rome },
} as const;
type Story = keyof typeof STORIES;

function App() {
  const [story, setStory] = useState<Story>("tehran");
  const [shown, setShown] = useState(true);
  const [selected, setSelected] = useState<string | null>(null);
  return h(
    "div",
    null,
    h(
      "div",
      { className: "controls" },
      h(
        "label",
        null,
        "Story ",
        h(
          "select",
          { id: "story", value: story, onChange: (e: { target: { value: string } }) => (setStory(e.target.value as Story), setSelected(null)) },
          ...Object.entries(STORIES).map(([value, { label }]) => h("option", { key: value, value }, label)),
        ),
      ),
      h("button", { type: "button", id: "toggle", onClick: () => setShown(!shown) }, shown ? "Remove the timeline" : "Show the timeline"),
    ),
    shown ? h(Timeline, { data: STORIES[story].data, height: 420, onSelect: (event) => setSelected(event?.title ?? null) }) : null,
    h("p", { className: "log", id: "log", "aria-live": "polite" }, selected ?? "Click an event."),
  );
}

createRoot(document.getElementById("app")!).render(h(StrictMode, null, h(App)));
