// @ts-check
// The walkthrough preview's webview in the workbench, for browser tests: its content frame, and the
// WCAG text contrast of everything in it (used by contrast.e2e.mjs and the whole-day test).

/** The preview's content: the webview's outer frame, then its inner active frame. */
export function previewFrame(/** @type {import('playwright-core').Page} */ page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/**
 * Runs in the webview: every element with its own visible text, its text colour, and the
 * background it sits on (ancestor backgrounds blended from the page upwards). Returns the pairs
 * with their ratio; colours the page could not resolve to rgb() are reported as such.
 */
export function measureContrast() {
  /** @param {string} value */
  const parse = (value) => {
    const match = /^rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\)$/.exec(value.trim());
    if (!match) return undefined;
    const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
    return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
  };
  /** Paints `top` over the opaque `bottom`. */
  const over = (/** @type {{r:number,g:number,b:number,a:number}} */ top, /** @type {{r:number,g:number,b:number,a:number}} */ bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const luminance = (/** @type {{r:number,g:number,b:number}} */ c) => {
    const channel = (/** @type {number} */ v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  };
  const hex = (/** @type {{r:number,g:number,b:number}} */ c) => '#' + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  /** The opaque background under an element: its own and its ancestors' backgrounds, blended. */
  const backgroundOf = (/** @type {Element} */ element) => {
    /** @type {{r:number,g:number,b:number,a:number}[]} */
    const layers = [];
    for (let node = /** @type {Element | null} */ (element); node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage !== 'none') throw new Error(`background image on ${node.tagName}.${node.className}`);
      const colour = parse(style.backgroundColor);
      if (!colour) throw new Error(`unreadable background ${style.backgroundColor} on ${node.tagName}.${node.className}`);
      if (colour.a > 0) layers.push(colour);
      if (colour.a >= 1) break;
    }
    let result = { r: 255, g: 255, b: 255, a: 1 }; // the canvas under an html without a background
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const results = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (element.closest('script, style, head')) continue;
    const ownText = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    const isControlWithText = element instanceof HTMLButtonElement && element.textContent?.trim();
    if (!ownText && !isControlWithText) continue;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0 || box.height === 0) continue;
    const background = backgroundOf(element);
    const foreground = parse(style.color);
    if (!foreground) {
      results.push({ text: ownText.slice(0, 40), selector: `${element.tagName.toLowerCase()}.${element.className}`, error: `unreadable colour ${style.color}` });
      continue;
    }
    const painted = over(foreground, background);
    const [light, dark] = [luminance(painted), luminance(background)].sort((a, b) => b - a);
    const ratio = ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    results.push({
      text: (ownText || element.textContent || '').slice(0, 40),
      selector: `${element.tagName.toLowerCase()}${element.className ? '.' + String(element.className).trim().split(/\s+/).join('.') : ''}`,
      colour: hex(painted),
      background: hex(background),
      ratio: Math.round(ratio * 100) / 100,
    });
  }
  return results;
}
