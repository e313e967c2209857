/**
 * The reader's input, delegated: one listener per kind on the timeline's root turns clicks, focus
 * and keys into the pure transitions of `state.ts`. No listener sits on a node the scene makes,
 * so the patcher can make and drop nodes freely and nothing leaks.
 *
 * @module
 */
import { anchorOf, keyAction } from "../interact/keys.js";
import type { TimelineLayout } from "../layout/types.js";
import { pagedList } from "../scene/pager.js";
import { activate, closeCard, focus, goBeyond, highlightSource, select, showSource, turnPage, type Step, type ViewContext, type ViewState } from "./state.js";
import { preload, storyToLoad } from "../preload.js";
import { storyStep } from "./story.js";
import { bindSwipe, slideKey } from "./story-input.js";

/** What input needs from the timeline. */
export interface InputHost {
  layout(): TimelineLayout;
  state(): ViewState;
  context(): ViewContext;
  apply(step: Step): void;
  zoomBy(factor: number, anchor?: number): void;
  showAll(): void;
  /** The toolbar's List or Story toggle: into that view, or back to the chart. */
  toggleView(view: "list" | "story"): void;
}

// Story mode loads on demand in a browser build: a pointer over the Story button, or the focus on
// it, starts loading it, so that it has arrived, or nearly, when the button is pressed. A failure
// is said when it is pressed (view/handle.ts).
function meansStory(event: Event): void {
  if ((event.target as Element | null)?.classList?.contains("cl-story-view") && storyToLoad()) preload("story").catch(() => undefined);
}

/**
 * Listen to `root` for the reader's clicks, focus and keys.
 *
 * @example
 * ```ts
 * const input = bindInput(root, host); input.select("visit"); input.destroy();
 * ```
 */
export function bindInput(root: HTMLElement, host: InputHost): { select(id: string | null): void; destroy(): void } {
  const itemOf = (target: EventTarget | null) => {
    const id = (target as Element | null)?.closest?.(".cl-items .cl-item")?.getAttribute("data-id");
    return id == null ? undefined : host.layout().items.find((i) => i.id === id);
  };
  function onClick(event: MouseEvent): void {
    const target = event.target as Element | null;
    if (!target?.closest) return;
    const item = itemOf(target);
    if (item) return host.apply(activate(host.state(), host.context(), item));
    // A citation's number goes to its source, on whichever page of the list it is.
    const cite = target.closest("a.cl-cite-ref");
    if (cite && root.contains(cite)) {
      const n = Number(cite.getAttribute("href")?.split("-source-").pop());
      if (Number.isInteger(n)) {
        event.preventDefault();
        return host.apply(showSource(host.state(), host.context(), n));
      }
    }
    const button = target.closest("button");
    if (button && root.contains(button)) pressed(button, host);
  }

  function onFocusIn(event: FocusEvent): void {
    meansStory(event);
    const item = itemOf(event.target);
    if (item && item.id !== host.state().focused) host.apply({ state: { ...host.state(), focused: item.id }, effects: [{ type: "emit", event: "focus" }] });
  }

  function onKey(event: KeyboardEvent): void {
    const target = event.target as Element | null;
    if (target?.closest?.(".cl-card")) {
      if (event.key === "Escape") host.apply(closeCard(host.state(), host.context()));
      return;
    }
    if (target?.closest?.(".cl-slide")) return void slideKey(event, host);
    if (!target?.closest?.("svg.cl-svg")) return;
    const layout = host.layout();
    const state = host.state();
    const action = keyAction(event.key, layout.items, layout.lanes, state.focused, layout.timeDirection === "rtl");
    if (action.type === "none") return;
    event.preventDefault();
    if (action.type === "focus") return host.apply(focus(state, action.id));
    if (action.type === "close") return host.apply(closeCard(state, host.context()));
    if (action.type === "reset") return host.showAll();
    if (action.type === "beyond") return host.apply(goBeyond(state, host.context(), action.direction, action.from));
    if (action.type === "open") {
      const item = layout.items.find((i) => i.id === action.id);
      if (item) host.apply(activate(state, host.context(), item));
      return;
    }
    // Zoom around the focused event, so it stays in view and keeps the focus.
    const item = layout.items.find((i) => i.id === state.focused);
    host.zoomBy(action.factor, item ? anchorOf(item, layout.timeDirection === "rtl") : undefined);
  }

  root.addEventListener("click", onClick);
  root.addEventListener("focusin", onFocusIn);
  root.addEventListener("pointerover", meansStory);
  root.addEventListener("keydown", onKey);
  const unswipe = bindSwipe(root, host);
  return {
    select: (id) => host.apply(select(host.state(), host.context(), id)),
    destroy() {
      unswipe();
      root.removeEventListener("click", onClick);
      root.removeEventListener("focusin", onFocusIn);
      root.removeEventListener("pointerover", meansStory);
      root.removeEventListener("keydown", onKey);
    },
  };
}

const idOf = (target: Element, selector: string, attribute: string) => target.closest(selector)?.getAttribute(attribute) ?? null;

// One of the timeline's buttons, by its class: the transition or the zoom it stands for.
function pressed(button: HTMLButtonElement, host: InputHost): void {
  const cls = button.classList;
  if (cls.contains("cl-entry-title")) return host.apply(select(host.state(), host.context(), idOf(button, "li", "data-id")));
  if (cls.contains("cl-card-pick")) return host.apply(select(host.state(), host.context(), button.getAttribute("data-id")));
  if (cls.contains("cl-card-close")) return host.apply(closeCard(host.state(), host.context()));
  if (cls.contains("cl-source-events")) {
    const n = Number(idOf(button, "li", "value"));
    return host.apply(highlightSource(host.state(), host.context(), host.state().source === n ? null : n));
  }
  if (cls.contains("cl-pager-button")) {
    const list = pagedList(button.getAttribute("data-list"));
    if (list) return host.apply(turnPage(host.state(), list, Number(button.getAttribute("data-page")), cls.contains("cl-pager-prev") ? "prev" : "next"));
  }
  if (cls.contains("cl-zoom-out")) return host.zoomBy(0.5);
  if (cls.contains("cl-zoom-in")) return host.zoomBy(2);
  if (cls.contains("cl-reset")) return host.showAll();
  if (cls.contains("cl-view")) return host.toggleView("list");
  if (cls.contains("cl-story-view")) return host.toggleView("story");
  if (cls.contains("cl-slide-prev") || cls.contains("cl-slide-next")) return host.apply(storyStep(host.state(), host.context(), cls.contains("cl-slide-next") ? 1 : -1, "button"));
}
