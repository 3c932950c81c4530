// Accessibility checks axe-core does not make, run on every page in headless Chromium:
// keyboard focus visible on every link and control, reflow at 320 CSS px, WCAG 1.4.12 text
// spacing without clipped text, and forced colours keeping controls and step boundaries
// visible. Each returns a list of findings (strings); an empty list is a pass.

/** The WCAG 1.4.12 spacing: line height 1.5, paragraphs 2em apart, letters 0.12em, words 0.16em. */
export const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/**
 * Tabs through the page; every element that gets focus must look different from when it
 * has none (outline, box shadow, background, border, colour or underline), and every link
 * and control must be reached. The page records each focus itself as it happens (the Tab
 * presses are real key presses; only the record is read back, once).
 */
export async function keyboardFocus(page, rel) {
  const expected = await page.evaluate(() => {
    const props = ["outline-style", "outline-width", "outline-color", "box-shadow", "background-color", "border-top-color", "border-bottom-color", "border-bottom-width", "color", "text-decoration-line"];
    const order = new Map();
    const log = [];
    let measuring = false;
    document.addEventListener("focusin", (event) => {
      const e = event.target;
      if (measuring || !(e instanceof Element)) return;
      measuring = true;
      const focused = getComputedStyle(e);
      const on = Object.fromEntries(props.map((p) => [p, focused.getPropertyValue(p)]));
      e.blur();
      const blurred = getComputedStyle(e);
      const off = Object.fromEntries(props.map((p) => [p, blurred.getPropertyValue(p)]));
      e.focus({ focusVisible: true });
      measuring = false;
      if (!order.has(e)) order.set(e, order.size);
      const outline = on["outline-style"] !== "none" && parseFloat(on["outline-width"]) > 0;
      log.push({ key: order.get(e), visible: outline || props.some((p) => on[p] !== off[p]), what: e.outerHTML.slice(0, 100) });
    }, true);
    window.__easyguideFocus = log;
    document.activeElement?.blur();
    const all = [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]")];
    return all.filter((e) => e.tabIndex >= 0 && e.getClientRects().length > 0 && !e.closest("[inert]")).length;
  });
  for (let i = 0; i < expected + 2; i++) await page.keyboard.press("Tab");
  const log = await page.evaluate(() => window.__easyguideFocus);
  const findings = [];
  const seen = new Set();
  for (const { key, visible, what } of log) {
    // Past the last control focus goes round to the first again: the walk is over.
    if (seen.has(key)) break;
    seen.add(key);
    if (!visible) findings.push(`${rel}: no visible focus on ${what}`);
  }
  if (seen.size < expected) findings.push(`${rel}: the keyboard reaches ${seen.size} of ${expected} links and controls`);
  await page.evaluate(() => document.activeElement?.blur());
  return findings;
}

/** At 320 CSS px nothing may scroll sideways (WCAG 1.4.10). Call at a 320 px viewport. */
export async function reflow(page, rel) {
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    return [...document.body.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== "absolute")
      .slice(0, 5)
      .map((e) => e.outerHTML.slice(0, 80));
  });
  return wide.length ? [`${rel}: scrolls sideways at 320 px; too wide: ${wide.join(" | ")}`] : [];
}

/**
 * With WCAG 1.4.12 spacing no text may be cut off, and the page must still not scroll
 * sideways. The spacing is taken off again before it returns.
 */
export async function textSpacing(page, rel) {
  await page.evaluate(() => document.activeElement?.blur());
  const spacing = await page.addStyleTag({ content: TEXT_SPACING });
  const clipped = await page.evaluate(() => {
    const out = [];
    for (const e of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(e);
      const clips = ["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY);
      if (!clips || !e.textContent.trim() || e.getClientRects().length === 0) continue;
      // The visually hidden pattern (1 px boxes) is meant to be clipped.
      if (e.clientWidth <= 1 || e.clientHeight <= 1) continue;
      if (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1) out.push(e.outerHTML.slice(0, 80));
    }
    return out.slice(0, 5);
  });
  const findings = clipped.map((c) => `${rel}: text is cut off with WCAG text spacing: ${c}`);
  findings.push(...(await reflow(page, `${rel} (text spacing)`)));
  // Taken off again: the page is checked next as its reader would see it without.
  await spacing.evaluate((style) => style.remove());
  await spacing.dispose();
  return findings;
}

/**
 * In forced colours (Windows high contrast) every link and control keeps text in another
 * colour than what is behind it, and steps, callouts and boxes keep a visible border.
 * Call with `forced-colors: active` emulated.
 */
export async function forcedColors(page, rel) {
  const problems = await page.evaluate(() => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const behind = (e) => {
      for (let n = e; n; n = n.parentElement) {
        const c = rgb(getComputedStyle(n).backgroundColor);
        if (c.length >= 3 && (c.length < 4 || c[3] > 0)) return c;
      }
      return rgb(getComputedStyle(document.documentElement).backgroundColor).length ? rgb(getComputedStyle(document.documentElement).backgroundColor) : [255, 255, 255];
    };
    const out = [];
    for (const e of document.querySelectorAll("a[href], button, summary, input, select, textarea")) {
      if (e.getClientRects().length === 0) continue;
      const text = rgb(getComputedStyle(e).color);
      if (ratio(text, behind(e)) < 3) out.push(`control text is lost: ${e.outerHTML.slice(0, 80)}`);
    }
    for (const e of document.querySelectorAll(".step, .callout, .advice, .you-need, .sources, .need-help, table")) {
      const s = getComputedStyle(e);
      const sides = ["top", "right", "bottom", "left"].filter((side) => s.getPropertyValue(`border-${side}-style`) !== "none" && parseFloat(s.getPropertyValue(`border-${side}-width`)) > 0);
      const visible = sides.some((side) => ratio(rgb(s.getPropertyValue(`border-${side}-color`)), behind(e.parentElement ?? e)) >= 3);
      if (!visible) out.push(`boundary is lost: ${e.outerHTML.slice(0, 80)}`);
    }
    return out.slice(0, 10);
  });
  return problems.map((p) => `${rel} (forced colours): ${p}`);
}
