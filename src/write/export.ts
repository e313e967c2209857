// Presentation properties the stylesheet sets that SVG can carry as attributes: copying them
// makes an exported file look the same with no stylesheet at all.
const PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "stop-color",
  "stop-opacity",
  "paint-order",
] as const;

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A self-contained copy of a drawn timeline: the styles resolved into presentation attributes
 * (fonts named, never fetched), interaction attributes dropped, text as the reader saw it.
 */
export function exportSvg(svg: SVGSVGElement): string {
  const win = svg.ownerDocument.defaultView;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", SVG_NS);
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  const hidden: Element[] = [];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy || !win) return;
    const style = win.getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") {
      hidden.push(copy);
      return;
    }
    for (const name of PROPERTIES) {
      const value = style.getPropertyValue(name);
      if (value !== "" && value !== "normal") copy.setAttribute(name, value);
    }
    // text-transform has no attribute: apply it to the words themselves.
    if (style.textTransform === "uppercase" && copy.localName === "text") copy.textContent = (copy.textContent ?? "").toUpperCase();
    copy.removeAttribute("tabindex");
    copy.removeAttribute("style");
  });
  for (const el of hidden) el.remove();
  clone.querySelectorAll(".cl-brush, .cl-focus-ring").forEach((el) => el.remove());
  return new XMLSerializer().serializeToString(clone);
}

/** The drawing as a PNG, `scale` times its size in CSS pixels. */
export async function exportPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const doc = svg.ownerDocument;
  const width = Number(svg.getAttribute("width")) || svg.viewBox.baseVal.width;
  const height = Number(svg.getAttribute("height")) || svg.viewBox.baseVal.height;
  // A data: URL rather than a blob: one, which pages with a strict image policy allow more often.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(exportSvg(svg))}`;
  const image = new Image();
  image.decoding = "async";
  image.src = url;
  await image.decode();
  const canvas = doc.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("citeline: this browser cannot draw to a canvas");
  const background = doc.defaultView?.getComputedStyle(svg.closest(".citeline") ?? svg).backgroundColor;
  if (background) {
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("citeline: no PNG could be made"))), "image/png"));
}
