// Drawing kit for the photo-like raster pictures: soft light, gradients, blurred shadows,
// film grain, and people drawn with shading. Everything is SVG that Chromium renders in
// render.mjs. Randomness comes from a seeded generator, so every run draws the same scene.

/** A small seeded random number generator (mulberry32): the same seed, the same numbers. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const n = (v) => +v.toFixed(1);

/** Skin tones (base, shadow, light), from light to dark. */
export const SKINS = [
  ["#f3cfb3", "#d9a88a", "#fde6d6"],
  ["#e2b08a", "#c18b66", "#f3cfb2"],
  ["#c68a58", "#9c643a", "#dfa77a"],
  ["#8d5a34", "#6a3f22", "#aa7550"],
  ["#5e3b22", "#432817", "#7c5236"],
];

/** A whole scene: size, shared filters, the parts, and film grain on top when asked. */
export function scene(width, height, parts, { grain = 0, seed = 1 } = {}) {
  const defs =
    `<filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="22"/></filter>` +
    `<filter id="blur2" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="2.5"/></filter>` +
    `<filter id="blur6" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="7"/></filter>` +
    `<filter id="glow" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="40"/></filter>` +
    `<filter id="grain" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.85" numOctaves="3" seed="${seed}" stitchTiles="stitch"/><feColorMatrix values="1 1 1 0 -1 1 1 1 0 -1 1 1 1 0 -1 0 0 0 0 1"/></filter>`;
  const overlay = grain
    ? `<rect width="${width}" height="${height}" filter="url(#grain)" opacity="${grain}" style="mix-blend-mode:overlay"/>`
    : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs>${defs}${gradients.splice(0).join("")}</defs>${parts.join("")}${overlay}</svg>`
  );
}

const gradients = [];
let gradientCount = 0;

/** A linear gradient from `a` to `b` (top to bottom, or at `angle` degrees); returns its url. */
export function linear(a, b, angle = 90, stops = null) {
  const id = `g${gradientCount++}`;
  const r = (angle * Math.PI) / 180;
  const [x1, y1, x2, y2] = [0.5 - Math.cos(r) / 2, 0.5 - Math.sin(r) / 2, 0.5 + Math.cos(r) / 2, 0.5 + Math.sin(r) / 2].map(n);
  const s = stops ?? [[0, a], [1, b]];
  gradients.push(
    `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">` +
      s.map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`).join("") +
      `</linearGradient>`,
  );
  return `url(#${id})`;
}

/** A radial gradient, light in the middle (at cx, cy as fractions) and `b` at the edge. */
export function radial(a, b, cx = 0.5, cy = 0.5, r = 0.6, bOpacity = 1) {
  const id = `g${gradientCount++}`;
  gradients.push(
    `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}"><stop offset="0" stop-color="${a}"/>` +
      `<stop offset="1" stop-color="${b}" stop-opacity="${bOpacity}"/></radialGradient>`,
  );
  return `url(#${id})`;
}

export const rect = (x, y, w, h, fill, more = "") => `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${more}/>`;
export const ellipse = (cx, cy, rx, ry, fill, more = "") =>
  `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${more}/>`;
export const path = (d, fill, more = "") => `<path d="${d}" fill="${fill}"${more}/>`;
export const stroke = (d, colour, width, more = "") =>
  `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"${more}/>`;
export const g = (more, ...parts) => `<g ${more}>${parts.join("")}</g>`;

/** A soft shadow on the floor or a table. */
export const shadow = (cx, cy, rx, ry, opacity = 0.3) => ellipse(cx, cy, rx, ry, "#000", ` opacity="${opacity}" filter="url(#soft)"`);

/** A pool of light (a lamp, a window). */
export const glow = (cx, cy, r, colour, opacity = 0.6) => ellipse(cx, cy, r, r, colour, ` opacity="${opacity}" filter="url(#glow)"`);

/** A wall with light falling from one side, and a floor. */
export function room(w, h, wall, wallDark, floor, floorDark, horizon) {
  return (
    rect(0, 0, w, horizon, linear(wall, wallDark, 0)) +
    rect(0, horizon, w, h - horizon, linear(floor, floorDark, 90)) +
    rect(0, horizon - 6, w, 12, wallDark, ' opacity="0.5"')
  );
}

/** A window: a sky inside a frame, with soft light around it. */
export function windowPane(x, y, w, h, skyTop, skyBottom, frame = "#f4f1ea", extra = "") {
  return (
    rect(x - 12, y - 12, w + 24, h + 24, frame) +
    rect(x, y, w, h, linear(skyTop, skyBottom, 90)) +
    extra +
    rect(x + w / 2 - 5, y, 10, h, frame) +
    rect(x, y + h / 2 - 5, w, 10, frame)
  );
}

/** A pot plant with leaves in two greens. */
export function plant(x, y, s, rand) {
  let leaves = "";
  for (let i = 0; i < 14; i++) {
    const a = -160 + rand() * 140;
    const l = 70 + rand() * 60;
    const col = rand() > 0.5 ? "#2f7a43" : "#3f9656";
    leaves += ellipse(0, -l / 2, 16, l / 2, col, ` transform="rotate(${n(a + 90)})"`);
  }
  return g(
    `transform="translate(${n(x)} ${n(y)}) scale(${s})"`,
    shadow(0, 92, 70, 16, 0.35),
    g(`transform="translate(0 -10)"`, leaves),
    path("M-46 -10h92l-12 100h-68z", linear("#c96f3b", "#8e4520", 0)),
  );
}

/** Rows of things on shelves; `item(x, base, rowHeight)` draws one, returns [svg, width]. */
export function shelves(x, y, w, h, rows, back, plank, item) {
  let out = rect(x, y, w, h, back);
  const rowH = h / rows;
  for (let r = 0; r < rows; r++) {
    const base = y + (r + 1) * rowH - 10;
    for (let bx = x + 12; bx < x + w - 40; ) {
      const [svg, width] = item(bx, base, rowH);
      out += svg;
      bx += width;
    }
    out += rect(x, base, w, 10, plank);
  }
  return out;
}

/** Rows of books: many small coloured spines, slightly uneven. */
export function bookshelf(x, y, w, h, rows, rand) {
  const colours = ["#b3141c", "#005eb8", "#1c6b36", "#f2a900", "#5b3c9e", "#e8e0cf", "#2b2b2b", "#c55a11", "#3a8fb7"];
  return shelves(x, y, w, h, rows, linear("#7a5230", "#5a3a20", 0), "#4a2f19", (bx, base, rowH) => {
    const bw = 12 + rand() * 16;
    const bh = rowH * (0.55 + rand() * 0.3);
    const c = colours[Math.floor(rand() * colours.length)];
    const spine = rect(bx, base - bh, bw, bh, c) + rect(bx + 2, base - bh + 8, bw - 4, 4, "#fff", ' opacity="0.35"');
    return [spine, bw + 1 + (rand() > 0.9 ? 14 : 0)];
  });
}

/** A wheelchair seen from the front, for a person sitting at `cx`: its back and handles. */
export function wheelchairBehind(cx, top) {
  return (
    rect(cx - 160, top, 320, 330, "#2b2f36", ' rx="24"') +
    stroke(`M${cx - 152} ${top + 10}v-40h-34M${cx + 152} ${top + 10}v-40h34`, "#2b2f36", 16)
  );
}

/** The same wheelchair's big wheels at the person's sides, and its armrests, in front. */
export function wheelchairInFront(cx, top) {
  let out = "";
  for (const side of [-1, 1]) {
    const wx = cx + side * 165;
    out += ellipse(wx, top + 320, 34, 160, "#1f2228") + ellipse(wx, top + 320, 16, 140, "none", ' stroke="#aab2bb" stroke-width="6"');
  }
  return out + stroke(`M${cx - 150} ${top + 220}h80M${cx + 70} ${top + 220}h80`, "#2b2f36", 18);
}

/**
 * A person from the waist up, drawn around the head's centre at (x, y), `s` times life size
 * of the drawing (head about 130 px tall at 1). Options:
 *   skin (0-4), hair colour, style ("short", "long", "bun", "curly", "bald", "hijab"),
 *   scarf (hijab colour), top and topDark (clothes), glasses, beard, older (lines),
 *   arms: [{ shoulder: -1|1, elbow: [x, y], hand: [x, y], holding }] in head coordinates,
 *   turn: -1..1 to look a little left or right.
 */
export function person(x, y, s, o) {
  const [skin, skinDark, skinLight] = SKINS[o.skin];
  const face = radial(skinLight, skin, 0.45, 0.4, 0.7);
  const cloth = linear(o.top, o.topDark ?? o.top, 0);
  const turn = (o.turn ?? 0) * 8;
  const parts = [
    shadow(0, 430, 170, 30, 0.25),
    hairBack(o),
    // Shoulders and body.
    path("M-128 130C-120 104-80 92-36 86h72c44 6 84 18 92 44l22 300h-300z", cloth),
    path("M-36 86c10 26 62 26 72 0", skinDark),
    rect(-24, 40, 48, 56, skinDark),
    necklines(o),
    o.style === "hijab" ? hijabDrape(o) : "",
    // Head.
    ellipse(-52, 4, 11, 18, skinDark),
    ellipse(52, 4, 11, 18, skinDark),
    ellipse(0, 0, 54, 66, face),
    ellipse(0, 36, 40, 26, skinDark, ' opacity="0.18"'),
    hairFront(o),
    features(turn, o, skinDark),
  ];
  const arms = (o.arms ?? []).map((a) => arm(a, o, skin, skinDark)).join("");
  return g(`transform="translate(${n(x)} ${n(y)}) scale(${s})"`, ...parts, arms);
}

function features(t, o, skinDark) {
  const eye = (ex) =>
    ellipse(ex + t, -4, 10, 6.5, "#fbfbf8") +
    ellipse(ex + t + t * 0.3, -4, 5.5, 5.5, "#3b2516") +
    ellipse(ex + t + t * 0.3 + 1.5, -6, 1.8, 1.8, "#fff");
  const brows = stroke(`M${-30 + t} -22q12 -8 22 -2M${8 + t} -24q12 -6 22 2`, o.brows ?? o.hair ?? "#2a1a10", 5);
  const nose = stroke(`M${t - 2} 2q${8} 20 -4 26`, skinDark, 4);
  const mouth = path(`M${-17 + t} 40q17 14 34 0q-17 6 -34 0z`, "#9a4a44");
  const cheeks = ellipse(-28 + t, 26, 11, 7, "#e07a6a", ' opacity="0.22"') + ellipse(28 + t, 26, 11, 7, "#e07a6a", ' opacity="0.22"');
  const lines = o.older
    ? stroke(`M-22 -36q22 -6 44 0M${-32 + t} 30q-4 10 2 18M${32 + t} 30q4 10 -2 18`, skinDark, 2.5, ' opacity="0.7"')
    : "";
  const glasses = o.glasses
    ? g(
        'fill="none" stroke="#2b2b2b" stroke-width="4"',
        `<rect x="${-35 + t}" y="-16" width="27" height="22" rx="7"/><rect x="${8 + t}" y="-16" width="27" height="22" rx="7"/>`,
        `<path d="M${-8 + t} -6h16M-35 -8l-18 -6M35 -8l18 -6"/>`,
      )
    : "";
  const beard = o.beard ? path(`M-48 14c4 46 22 66 48 66s44-20 48-66c-8 16-22 22-48 22s-40-6-48-22z`, o.hair, ' opacity="0.95"') + mouth : "";
  return eye(-18) + eye(18) + brows + nose + mouth + cheeks + lines + beard + glasses;
}

function necklines(o) {
  if (o.coat) {
    return (
      path("M-36 86l36 70 36-70 30 10-30 200h-72l-30-200z", "#f7f7f5") +
      stroke("M-36 86l36 70 36-70", "#c9c9c4", 4) +
      path("M-14 130h28v40h-28z", o.top)
    );
  }
  if (o.cardigan) {
    let buttons = "";
    for (let i = 0; i < 4; i++) buttons += ellipse(0, 170 + i * 50, 6, 6, "#3b2a1a");
    return path("M-30 88l30 60 30-60", o.cardigan) + stroke("M0 148v300", "#00000055", 4) + buttons;
  }
  return stroke("M-36 88q36 34 72 0", "#00000033", 5);
}

function hairBack(o) {
  if (o.style === "long") return path("M-66 -6C-76 -96 76 -96 66 -6l18 150h-168z", linear(o.hair, shade(o.hair), 90));
  if (o.style === "bun") return ellipse(0, -74, 26, 22, o.hair);
  return "";
}

function hairFront(o) {
  const fill = linear(lighten(o.hair, 0.15), o.hair, 90);
  switch (o.style) {
    case "short":
    case "long":
    case "bun":
      return path("M-57 -2C-64 -58-28 -76 2 -76c34 0 64 20 56 72c-6-26-20-42-44-46c-20 8-46 10-62 0c-6 12-8 26-9 48z", fill);
    case "curly": {
      const r = random(7);
      let out = "";
      for (let i = 0; i < 22; i++) {
        const a = Math.PI * (1.02 + 0.96 * (i / 21));
        const rr = 52 + r() * 10;
        out += ellipse(Math.cos(a) * rr, -6 + Math.sin(a) * (rr + 12), 18, 18, i % 2 ? o.hair : shade(o.hair));
      }
      return out;
    }
    case "bald":
      return path("M-56 -4c-2-18 2-30 8-36l6 34zM56 -4c2-18-2-30-8-36l-6 34z", fill);
    case "hijab":
      return stroke("M-50 30C-62 -40-40 -76 0 -76s62 36 50 106", o.scarf, 26) + stroke("M-36 -50C-10 -72 20 -72 40 -52", "#ffffff", 4, ' opacity="0.25"');
    default:
      return "";
  }
}

function hijabDrape(o) {
  return path("M-76 -20C-84 -100 84 -100 76 -20c4 60 20 100 64 128c-40 40-240 40-280 0c44-28 60-68 64-128z", linear(lighten(o.scarf), o.scarf, 0));
}

function arm(a, o, skin, skinDark) {
  const sx = a.shoulder * 104;
  const sleeve = o.coat ? "#f2f2ef" : o.cardigan ?? o.top;
  const [ex, ey] = a.elbow;
  const [hx, hy] = a.hand;
  const held = a.holding ?? "";
  return (
    stroke(`M${sx} 130L${ex} ${ey}L${hx} ${hy}`, shade(sleeve), 58) +
    stroke(`M${sx} 130L${ex} ${ey}L${hx} ${hy}`, sleeve, 50) +
    held +
    ellipse(hx, hy, 26, 30, skin, ` transform="rotate(${a.handTurn ?? 0} ${hx} ${hy})"`) +
    stroke(`M${hx - 16} ${hy - 10}q-8 14 0 24`, skinDark, 3, ' opacity="0.6"')
  );
}

/** A darker and a lighter version of a #rrggbb colour. */
export function shade(hex, f = 0.72) {
  const c = hex.slice(1).match(/../g).map((h) => Math.round(parseInt(h, 16) * f));
  return `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}
export function lighten(hex, f = 0.3) {
  const c = hex.slice(1, 7).match(/../g).map((h) => parseInt(h, 16));
  return `#${c.map((v) => Math.round(v + (255 - v) * f).toString(16).padStart(2, "0")).join("")}`;
}

/** A smartphone seen from the front at (x, y), `w` wide, with a screen drawing. */
export function phoneFront(x, y, w, h, screen = "", angle = 0) {
  return g(
    `transform="rotate(${angle} ${n(x + w / 2)} ${n(y + h / 2)})"`,
    shadow(x + w / 2 + 10, y + h / 2 + 16, w * 0.55, h * 0.5, 0.35),
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(w * 0.14)}" fill="#1d1f22"/>`,
    `<rect x="${n(x + w * 0.06)}" y="${n(y + w * 0.1)}" width="${n(w * 0.88)}" height="${n(h - w * 0.2)}" rx="${n(w * 0.06)}" fill="${linear("#ffffff", "#e9eef5", 90)}"/>`,
    screen,
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(w * 0.14)}" fill="${linear("#ffffff", "#ffffff", 45, [[0, "#fff", 0.18], [0.5, "#fff", 0], [1, "#fff", 0]])}"/>`,
  );
}

/** A smartphone seen from the back (camera towards us). */
export function phoneBack(x, y, w, h, colour = "#2d3e50", angle = 0) {
  return g(
    `transform="rotate(${angle} ${n(x + w / 2)} ${n(y + h / 2)})"`,
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(w * 0.14)}" fill="${linear(lighten(colour, 0.25), colour, 0)}"/>`,
    `<rect x="${n(x + w * 0.1)}" y="${n(y + w * 0.1)}" width="${n(w * 0.42)}" height="${n(w * 0.42)}" rx="${n(w * 0.1)}" fill="#111"/>`,
    ellipse(x + w * 0.22, y + w * 0.22, w * 0.08, w * 0.08, "#3a4a66") +
      ellipse(x + w * 0.4, y + w * 0.4, w * 0.08, w * 0.08, "#3a4a66") +
      ellipse(x + w * 0.22, y + w * 0.22, w * 0.03, w * 0.03, "#9fb4d9"),
  );
}

/** A tablet seen from the front. */
export function tabletFront(x, y, w, h, screen = "", angle = 0) {
  return g(
    `transform="rotate(${angle} ${n(x + w / 2)} ${n(y + h / 2)})"`,
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="22" fill="#26292d"/>`,
    `<rect x="${n(x + 16)}" y="${n(y + 16)}" width="${n(w - 32)}" height="${n(h - 32)}" rx="6" fill="${linear("#fdfdfd", "#e4ebf3", 90)}"/>`,
    screen,
  );
}

/** Lines standing for words on a screen or a page (never real text). */
export function lines(x, y, w, count, gap, colour = "#9aa3ad", width = 10) {
  let out = "";
  for (let i = 0; i < count; i++) out += stroke(`M${n(x)} ${n(y + i * gap)}h${n(w * (i % 3 === 2 ? 0.6 : 1))}`, colour, width);
  return out;
}

/** Soft out-of-focus circles of light, for a blurred background. */
export function bokeh(w, h, count, colours, rand) {
  let out = "";
  for (let i = 0; i < count; i++) {
    const r = 20 + rand() * 70;
    out += ellipse(rand() * w, rand() * h, r, r, colours[i % colours.length], ` opacity="${n(0.15 + rand() * 0.3)}"`);
  }
  return g('filter="url(#blur6)"', out);
}
