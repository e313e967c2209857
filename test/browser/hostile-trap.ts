// The trap the hostile campaign installs into every document and frame before its own scripts
// (hostile-harness.ts): `__pwn` and the checks of every element and attribute as it appears,
// reported through the `__hostileReport` binding.
// Installed into every document before its own scripts (as an init script: no closure over this
// module). Reports through the `__hostileReport` binding, which outlives the document.
export function installTrap(): void {
  type Report = (kind: string, what: string) => void;
  const w = window as unknown as { __hostileReport?: Report; __pwn?: (n: unknown) => void; __hostile?: unknown };
  if (w.__hostile) return;
  const report: Report = (kind, what) => {
    try {
      void w.__hostileReport?.(kind, what);
    } catch {
      // The binding is gone only when the page is closing.
    }
  };
  w.__pwn = (n: unknown) => report("execution", `__pwn(${String(n)}) in ${location.href}`);
  document.addEventListener("securitypolicyviolation", (e) => report("error", `CSP ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sample})`), true);

  // Pages made wholly by citeline (renderPage, renderSvg, the CLI, an exported SVG) are written to
  // test-results/; anywhere else only what is inside a timeline counts as made from user text.
  const generated = location.pathname.startsWith("/test-results/");
  const TIMELINE = ".citeline, .cl-embed, cite-line, [data-citeline], .cl-svg, [data-citeline-ssr]";
  const DENIED = new Set([
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "foreignobject", "base", "portal", "img", "image",
    "video", "audio", "source", "track", "picture", "input", "textarea", "select", "form", "math", "template", "animate",
    "set", "animatemotion", "animatetransform", "handler", "listener", "marquee", "isindex", "noembed", "xmp", "plaintext",
    "param", "meta", "link", "style", "use", "noscript", "body", "html", "head", "dialog", "slot", "xss",
  ]);
  const URL_ATTRIBUTES = new Set([
    "href", "xlink:href", "src", "srcset", "action", "formaction", "data", "poster", "background", "ping", "lowsrc",
    "dynsrc", "codebase", "longdesc", "manifest", "icon", "cite", "srcdoc", "from", "to", "values", "xml:base",
  ]);
  const SAFE = new Set(["http:", "https:", "mailto:"]);
  // Presentation attributes that take a url(): only a fragment (a pattern of the same SVG) is safe.
  const STYLED = /^(fill|stroke|filter|mask|clip-path|marker|marker-start|marker-mid|marker-end|cursor)$/;
  const describe = (el: Element) => {
    const html = el.outerHTML ?? "";
    return `<${el.localName}> ${html.slice(0, 160)} in ${location.pathname}`;
  };
  // Elements citeline writes itself into a document it makes wholly: the head's, and the SVG's style.
  const ownOfGenerated = (el: Element, name: string) => {
    const parent = el.parentElement?.localName;
    if (name === "html" || name === "head" || name === "body") return el.parentNode === document || parent === "html";
    if (name === "title") return parent === "head" || parent === "svg";
    if (name === "style") return parent === "head" || el.parentNode === document.documentElement;
    if (name === "meta") return parent === "head" && !/refresh|set-cookie/i.test(el.getAttribute("http-equiv") ?? "");
    return false;
  };

  function checkAttribute(el: Element, attr: Attr): string | undefined {
    const name = el.localName.toLowerCase();
    const attrName = attr.name.toLowerCase();
    const value = attr.value;
    if (attrName.startsWith("on")) return `handler attribute ${attrName} on ${describe(el)}`;
    if (attrName === "srcdoc") return `srcdoc on ${describe(el)}`;
    if (URL_ATTRIBUTES.has(attrName)) {
      // The embed's own data address: fetched only when http(s), never navigated to or run.
      if (name === "cite-line" && attrName === "src") return undefined;
      if (name === "link" && /\bicon\b/.test(el.getAttribute("rel") ?? "") && value === "data:,") return undefined;
      for (const part of attrName === "srcset" || attrName === "ping" ? value.split(/[\s,]+/).filter((p) => /[:/]/.test(p)) : [value]) {
        const text = part.trim();
        if (text === "" || text.startsWith("#")) continue;
        let protocol = "invalid";
        try {
          protocol = new URL(text, document.baseURI).protocol;
        } catch {
          // An address the browser cannot parse is no link, but user text should not make one.
        }
        if (!SAFE.has(protocol)) return `${attrName}="${text.slice(0, 80)}" on ${describe(el)}`;
      }
      return undefined;
    }
    if ((attrName === "style" || STYLED.test(attrName)) && /url\(\s*(?!['"]?#)|expression\s*\(|javascript:|@import|behavior\s*:|-moz-binding/i.test(value)) {
      return `${attrName}="${value.slice(0, 80)}" on ${describe(el)}`;
    }
    return undefined;
  }

  function check(el: Element): string[] {
    const problems: string[] = [];
    const name = el.localName.toLowerCase();
    const inTimeline = generated || el.closest(TIMELINE) !== null;
    if (inTimeline) {
      if (DENIED.has(name) && !(generated && ownOfGenerated(el, name)) && !el.hasAttribute("data-harness")) problems.push(`element ${describe(el)}`);
      else if (typeof HTMLUnknownElement !== "undefined" && el instanceof HTMLUnknownElement) problems.push(`unknown element ${describe(el)}`);
    }
    for (const attr of Array.from(el.attributes)) {
      const problem = checkAttribute(el, attr);
      if (problem) problems.push(problem);
    }
    return problems;
  }
  const checkTree = (root: Element) => [root, ...Array.from(root.querySelectorAll("*"))].flatMap(check);

  // Each distinct problem is reported once, and at most 100 per document: a renderer that went
  // wrong would otherwise report the same element on every frame.
  const reported = new Set<string>();
  const found = (problems: string[]) => {
    for (const p of problems) {
      if (reported.has(p) || reported.size >= 100) continue;
      reported.add(p);
      report("violation", p);
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes") {
        const el = record.target as Element;
        const attr = record.attributeName === null ? null : el.getAttributeNode(record.attributeName);
        const problem = attr ? checkAttribute(el, attr) : undefined;
        if (problem) found([problem]);
      } else {
        for (const node of Array.from(record.addedNodes)) if (node instanceof Element) found(checkTree(node));
      }
    }
    // Attributes that take an address or a style, as they change (every attribute of every new
    // element is checked when it is added; `scanAll` checks every attribute at the end). Watching
    // every attribute would slow each render several times over.
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: [...URL_ATTRIBUTES, "style", "srcdoc", "filter", "mask", "clip-path", "cursor"] });

  w.__hostile = {
    scanAll: () => {
      const problems = document.documentElement ? checkTree(document.documentElement) : [];
      if (document.baseURI !== location.href && document.querySelector("base")) problems.push(`document base changed to ${document.baseURI}`);
      return problems;
    },
  };
}
