// Drawing kit for the guides' pictograms: a 160 × 160 tile, thick dark outlines, a few strong
// colours, no text. Every function returns an SVG fragment as a string, so a picture is just
// a function that joins fragments. Numbers are written as given, so output is byte-stable.

/** The palette: dark ink on light tiles, contrast well above 3:1 for every shape's outline. */
export const C = {
  ink: "#1b1b1b",
  white: "#ffffff",
  blue: "#005eb8",
  sky: "#cfe3f7",
  green: "#1c6b36",
  mint: "#bfe6cc",
  red: "#b3141c",
  pink: "#f6c9c9",
  yellow: "#ffd100",
  amber: "#f2a900",
  grey: "#c9cdd3",
  paper: "#fffdf7",
  purple: "#5b3c9e",
  lilac: "#d9ccf2",
  brown: "#8a5a2b",
};

/** Skin tones, light to dark, and hair colours. */
export const SKIN = ["#f6d5b8", "#e6b48a", "#c68642", "#8d5524", "#5c3a1e"];
export const HAIR = { black: "#1b1b1b", brown: "#5a3825", grey: "#9ea3a8", white: "#e9e9e9", red: "#9c4221" };

const TILES = {
  blue: "#e8f0fc",
  green: "#e7f6ec",
  yellow: "#fff4d4",
  purple: "#efe9fb",
  red: "#fde8e8",
  grey: "#eef0f3",
};

const STROKE = `stroke="${C.ink}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"`;

/** A whole picture: the tile, then the fragments drawn with the default outline. */
export function picture(tile, ...parts) {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160" width="160" height="160">` +
    `<rect width="160" height="160" rx="16" fill="${TILES[tile]}"/>` +
    `<g ${STROKE}>${parts.join("")}</g></svg>\n`
  );
}

function attrs(a) {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join("");
}

export const rect = (x, y, w, h, rx, fill, more = {}) =>
  `<rect${attrs({ x, y, width: w, height: h, rx, fill, ...more })}/>`;
export const circle = (cx, cy, r, fill, more = {}) => `<circle${attrs({ cx, cy, r, fill, ...more })}/>`;
export const ellipse = (cx, cy, rx, ry, fill, more = {}) =>
  `<ellipse${attrs({ cx, cy, rx, ry, fill, ...more })}/>`;
export const path = (d, fill = "none", more = {}) => `<path${attrs({ d, fill, ...more })}/>`;
export const group = (more, ...parts) => `<g${attrs(more)}>${parts.join("")}</g>`;
/** A shape with no outline (for highlights and details inside outlined shapes). */
export const flat = (...parts) => group({ stroke: "none" }, ...parts);
/** Thinner outlines for small details. */
export const thin = (...parts) => group({ "stroke-width": 3 }, ...parts);

/** A phone standing upright; `screen` draws on its screen (x, y, width, height given). */
export function phone(x, y, w, h, screenFill, screen = () => "") {
  const inner = { x: x + 7, y: y + 16, w: w - 14, h: h - 30 };
  return (
    rect(x, y, w, h, 12, C.white) +
    rect(inner.x, inner.y, inner.w, inner.h, 4, screenFill, { "stroke-width": 3 }) +
    path(`M${x + w / 2 - 8} ${y + 8}h16`, "none", { "stroke-width": 4 }) +
    screen(inner.x, inner.y, inner.w, inner.h)
  );
}

/** The usual phone of these pictures: centred, 68 × 132. */
export const bigPhone = (screenFill, screen) => phone(46, 14, 68, 132, screenFill, screen);

/** A tablet lying wide. */
export function tablet(x, y, w, h, screenFill, screen = () => "") {
  const inner = { x: x + 12, y: y + 8, w: w - 24, h: h - 16 };
  return (
    rect(x, y, w, h, 10, C.white) +
    rect(inner.x, inner.y, inner.w, inner.h, 3, screenFill, { "stroke-width": 3 }) +
    screen(inner.x, inner.y, inner.w, inner.h)
  );
}

/** A short bold line, the pictures' stand-in for words (never real text). */
export const textLine = (x, y, w, colour = C.ink, width = 5) =>
  path(`M${x} ${y}h${w}`, "none", { stroke: colour, "stroke-width": width });

export function tick(cx, cy, s = 1, colour = C.green) {
  return path(`M${cx - 14 * s} ${cy}l${10 * s} ${10 * s} ${20 * s}-${22 * s}`, "none", {
    stroke: colour,
    "stroke-width": 8 * s,
  });
}

export function cross(cx, cy, s = 1, colour = C.red) {
  const d = 13 * s;
  return path(`M${cx - d} ${cy - d}l${2 * d} ${2 * d}M${cx + d} ${cy - d}l-${2 * d} ${2 * d}`, "none", {
    stroke: colour,
    "stroke-width": 9 * s,
  });
}

/** A round badge with a tick (or a cross) in it. */
export function badge(cx, cy, r, good = true) {
  return (
    circle(cx, cy, r, good ? C.green : C.red, { "stroke-width": 4 }) +
    (good ? tick(cx, cy + 1, r / 22, C.white) : cross(cx, cy, r / 26, C.white))
  );
}

/** A warning triangle with an exclamation mark made of shapes. */
export function warning(cx, cy, s = 1) {
  const h = 44 * s;
  return (
    path(`M${cx} ${cy - h / 2}L${cx + 26 * s} ${cy + h / 2}H${cx - 26 * s}Z`, C.yellow, { "stroke-width": 4 }) +
    path(`M${cx} ${cy - 8 * s}v${12 * s}`, "none", { "stroke-width": 5 * s }) +
    flat(circle(cx, cy + 13 * s, 3 * s, C.ink))
  );
}

export function envelope(x, y, w, h, fill = C.white) {
  return rect(x, y, w, h, 5, fill) + path(`M${x + 3} ${y + 4}L${x + w / 2} ${y + h * 0.55}L${x + w - 3} ${y + 4}`);
}

export function padlock(cx, cy, s = 1, fill = C.amber) {
  const w = 44 * s;
  const h = 36 * s;
  return (
    path(`M${cx - 13 * s} ${cy - h / 2}v-${8 * s}a${13 * s} ${13 * s} 0 0 1 ${26 * s} 0v${8 * s}`) +
    rect(cx - w / 2, cy - h / 2, w, h, 6 * s, fill) +
    flat(circle(cx, cy - 2 * s, 4.5 * s, C.ink), rect(cx - 2 * s, cy, 4 * s, 9 * s, 2 * s, C.ink))
  );
}

/** A calendar page: `cols` × `rows` day cells; `mark(i, x, y, cell)` draws on a cell. */
export function calendar(x, y, w, h, cols, rows, mark = () => "") {
  const top = 26;
  const cw = (w - 16) / cols;
  const ch = (h - top - 10) / rows;
  let cells = "";
  let marks = "";
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cx = x + 8 + c * cw + cw / 2;
      const cy = y + top + 4 + r * ch + ch / 2;
      cells += rect(cx - cw / 2 + 2, cy - ch / 2 + 2, cw - 4, ch - 4, 2, C.grey);
      marks += mark(r * cols + c, cx, cy, Math.min(cw, ch));
    }
  }
  return (
    rect(x, y, w, h, 8, C.white) +
    path(`M${x} ${y + 8}a8 8 0 0 1 8-8h${w - 16}a8 8 0 0 1 8 8v${top - 8}H${x}Z`, C.red) +
    path(`M${x + w * 0.3} ${y - 6}v12M${x + w * 0.7} ${y - 6}v12`) +
    flat(cells) +
    marks
  );
}

export function clock(cx, cy, r, fill = C.white) {
  return (
    circle(cx, cy, r, fill) +
    path(`M${cx} ${cy - r * 0.6}V${cy}l${r * 0.4} ${r * 0.3}`, "none", { "stroke-width": 4 }) +
    flat(circle(cx, cy, 3, C.ink))
  );
}

export function bubble(x, y, w, h, fill = C.white, tailLeft = true) {
  const tx = tailLeft ? x + 14 : x + w - 14;
  const dir = tailLeft ? -1 : 1;
  return path(
    `M${x + 8} ${y}h${w - 16}a8 8 0 0 1 8 8v${h - 16}a8 8 0 0 1-8 8H${tx + 10 * dir * -1}` +
      `l${-10 * dir * -1 + 4 * dir} 12v-12H${x + 8}a8 8 0 0 1-8-8V${y + 8}a8 8 0 0 1 8-8z`,
    fill,
  );
}

/** Dots in a row, for a secret code. */
export function dots(cx, cy, n, gap, r = 4, colour = C.ink) {
  let out = "";
  for (let i = 0; i < n; i++) out += circle(cx + (i - (n - 1) / 2) * gap, cy, r, colour);
  return flat(out);
}

export function magnifier(cx, cy, r, fill = C.white) {
  return path(`M${cx + r * 0.7} ${cy + r * 0.7}l${r * 0.8} ${r * 0.8}`, "none", { "stroke-width": 9 }) + circle(cx, cy, r, fill);
}

export function pill(cx, cy, len, angle, a = C.red, b = C.white) {
  const r = 9;
  const half = len / 2 - r;
  return group(
    { transform: `rotate(${angle} ${cx} ${cy})` },
    path(`M${cx} ${cy - r}h-${half}a${r} ${r} 0 0 0 0 ${2 * r}h${half}z`, a, { "stroke-width": 4 }),
    path(`M${cx} ${cy - r}h${half}a${r} ${r} 0 0 1 0 ${2 * r}h-${half}z`, b, { "stroke-width": 4 }),
  );
}

/** A medicine box with a plain cross, the way pharmacies mark medicine. */
export function medicineBox(x, y, w, h, fill = C.white) {
  const cx = x + w / 2;
  const cy = y + h / 2 + 4;
  const a = Math.min(w, h) * 0.14;
  return (
    rect(x, y, w, h, 4, fill) +
    path(`M${x} ${y + 12}h${w}`, "none", { "stroke-width": 4 }) +
    flat(path(`M${cx - a} ${cy - 3 * a}h${2 * a}v${2 * a}h${2 * a}v${2 * a}h-${2 * a}v${2 * a}h-${2 * a}v-${2 * a}h-${2 * a}v-${2 * a}h${2 * a}z`, C.green))
  );
}

export function heart(cx, cy, s = 1, fill = C.red) {
  return path(
    `M${cx} ${cy + 14 * s}c-${16 * s}-${10 * s}-${20 * s}-${18 * s}-${20 * s}-${24 * s}a${10 * s} ${10 * s} 0 0 1 ${20 * s}-${4 * s}a${10 * s} ${10 * s} 0 0 1 ${20 * s} ${4 * s}c0 ${6 * s}-${4 * s} ${14 * s}-${20 * s} ${24 * s}z`,
    fill,
    { "stroke-width": 4 },
  );
}

export function page(x, y, w, h, lines = 4, fill = C.paper) {
  let out = rect(x, y, w, h, 5, fill);
  for (let i = 0; i < lines; i++) {
    out += textLine(x + 10, y + 16 + i * ((h - 24) / Math.max(lines, 1)), w - 20 - (i % 2) * 12, C.ink, 4);
  }
  return out;
}

export function pencil(x, y, len, angle) {
  return group(
    { transform: `rotate(${angle} ${x} ${y})` },
    rect(x, y - 7, len, 14, 2, C.amber, { "stroke-width": 4 }),
    path(`M${x} ${y - 7}l-14 7 14 7z`, C.paper, { "stroke-width": 4 }),
    rect(x + len - 10, y - 7, 10, 14, 2, C.pink, { "stroke-width": 4 }),
  );
}

/**
 * A person from the chest up, facing us. `who`: skin (index into SKIN), hair (colour),
 * style ("short", "long", "bun", "bald", "curly", "hijab"), top (clothes colour), and
 * optional glasses, beard and scarf colour (for a hijab).
 */
export function person(cx, top, s, who) {
  const skin = SKIN[who.skin];
  const headR = 15 * s;
  const hy = top + headR + 4 * s;
  const body = path(
    `M${cx - 30 * s} ${top + 78 * s}c0-${20 * s} ${12 * s}-${34 * s} ${30 * s}-${34 * s}s${30 * s} ${14 * s} ${30 * s} ${34 * s}z`,
    who.top,
    { "stroke-width": 4 },
  );
  const head = circle(cx, hy, headR, skin, { "stroke-width": 4 });
  const face =
    flat(circle(cx - 5.5 * s, hy - 1 * s, 2 * s, C.ink), circle(cx + 5.5 * s, hy - 1 * s, 2 * s, C.ink)) +
    path(`M${cx - 5 * s} ${hy + 6 * s}q${5 * s} ${4 * s} ${10 * s} 0`, "none", { "stroke-width": 2.5 });
  const glasses = who.glasses
    ? group(
        { "stroke-width": 2.5, fill: "none" },
        circle(cx - 6 * s, hy - 1 * s, 4.5 * s),
        circle(cx + 6 * s, hy - 1 * s, 4.5 * s),
        path(`M${cx - 1.5 * s} ${hy - 1 * s}h${3 * s}`),
      )
    : "";
  const beard = who.beard
    ? path(`M${cx - 13 * s} ${hy + 2 * s}q${13 * s} ${22 * s} ${26 * s} 0q-${13 * s} ${8 * s}-${26 * s} 0z`, who.hair, { "stroke-width": 3 })
    : "";
  return body + hairBack(cx, hy, headR, s, who) + head + hairFront(cx, hy, headR, s, who) + face + glasses + beard;
}

function hairBack(cx, hy, r, s, who) {
  if (who.style === "hijab") {
    return path(
      `M${cx - r - 5 * s} ${hy + 2 * s}a${r + 5 * s} ${r + 6 * s} 0 0 1 ${2 * r + 10 * s} 0` +
        `v${14 * s}q${4 * s} ${14 * s} ${10 * s} ${22 * s}h-${2 * r + 30 * s}q${6 * s}-${8 * s} ${10 * s}-${22 * s}z`,
      who.scarf,
      { "stroke-width": 4 },
    );
  }
  if (who.style === "long") {
    return path(`M${cx - r - 3 * s} ${hy}a${r + 3 * s} ${r + 3 * s} 0 0 1 ${2 * r + 6 * s} 0v${24 * s}h-${2 * r + 6 * s}z`, who.hair, {
      "stroke-width": 4,
    });
  }
  if (who.style === "bun") return circle(cx, hy - r - 3 * s, 7 * s, who.hair, { "stroke-width": 4 });
  return "";
}

function hairFront(cx, hy, r, s, who) {
  switch (who.style) {
    case "hijab":
      return path(`M${cx - r - 1 * s} ${hy - 2 * s}a${r + 1 * s} ${r + 1 * s} 0 0 1 ${2 * r + 2 * s} 0q-${r + 1 * s}-${8 * s}-${2 * r + 2 * s} 0z`, who.scarf, {
        "stroke-width": 3,
      });
    case "bald":
      return path(`M${cx - r} ${hy - 2 * s}q-${2 * s}-${4 * s} 0-${6 * s}M${cx + r} ${hy - 2 * s}q${2 * s}-${4 * s} 0-${6 * s}`, "none", {
        stroke: who.hair,
        "stroke-width": 5,
      });
    case "curly": {
      let out = "";
      for (let i = 0; i < 7; i++) {
        const a = Math.PI + (i / 6) * Math.PI;
        out += circle(+(cx + Math.cos(a) * r).toFixed(1), +(hy - 2 * s + Math.sin(a) * r).toFixed(1), 6 * s, who.hair);
      }
      return flat(out);
    }
    default:
      return path(`M${cx - r} ${hy - 1 * s}a${r} ${r} 0 0 1 ${2 * r} 0q-${r * 0.6}-${7 * s}-${r * 1.2}-${5 * s}q-${r * 0.5} ${2 * s}-${r * 0.8} ${5 * s}z`, who.hair, {
        "stroke-width": 3,
      });
  }
}

/** A wheelchair seen from the side, its seat at (x, y). */
export function wheelchair(x, y, s = 1) {
  return (
    circle(x + 6 * s, y + 26 * s, 22 * s, "none", { "stroke-width": 5 }) +
    circle(x + 6 * s, y + 26 * s, 4 * s, C.ink) +
    circle(x + 40 * s, y + 44 * s, 5 * s, C.white, { "stroke-width": 4 }) +
    path(`M${x - 10 * s} ${y - 30 * s}v${30 * s}h${42 * s}l${8 * s} ${40 * s}`, "none", { "stroke-width": 5 })
  );
}

/** A building front: walls, a roof line, windows and an open door. */
export function building(x, y, w, h, wall = C.paper) {
  let windows = "";
  for (let i = 0; i < 3; i++) windows += rect(x + 10 + i * ((w - 20) / 3), y + 18, (w - 20) / 3 - 8, 16, 2, C.sky, { "stroke-width": 3 });
  return (
    path(`M${x - 6} ${y + 6}L${x + w / 2} ${y - 18}L${x + w + 6} ${y + 6}z`, C.red, { "stroke-width": 4 }) +
    rect(x, y + 6, w, h - 6, 2, wall) +
    windows +
    rect(x + w / 2 - 12, y + h - 34, 24, 34, 2, C.amber, { "stroke-width": 4 })
  );
}

export function signal(x, y, s = 1, colour = C.green) {
  let out = "";
  for (let i = 0; i < 4; i++) out += rect(x + i * 9 * s, y - (i + 1) * 7 * s, 6 * s, (i + 1) * 7 * s, 1, colour, { "stroke-width": 2.5 });
  return out;
}

export function wifi(cx, cy, s = 1, colour = C.blue) {
  return (
    group(
      { stroke: colour, "stroke-width": 6, fill: "none" },
      path(`M${cx - 26 * s} ${cy - 14 * s}a${36 * s} ${36 * s} 0 0 1 ${52 * s} 0`),
      path(`M${cx - 16 * s} ${cy - 4 * s}a${22 * s} ${22 * s} 0 0 1 ${32 * s} 0`),
    ) + flat(circle(cx, cy + 8 * s, 5 * s, colour))
  );
}

export function fingerprint(cx, cy, s = 1) {
  let out = "";
  for (let i = 0; i < 4; i++) {
    const r = (8 + i * 7) * s;
    out += path(`M${cx - r} ${cy + r * 0.5}V${cy}a${r} ${r} 0 0 1 ${2 * r} 0v${r * (0.9 - i * 0.12)}`);
  }
  return group({ stroke: C.blue, "stroke-width": 4 }, out);
}

/** A paper plane, for "send". */
export function plane(x, y, s = 1) {
  return path(`M${x} ${y}l${40 * s}-${16 * s}-${12 * s} ${36 * s}-${8 * s}-${12 * s}z`, C.white, { "stroke-width": 4 }) +
    path(`M${x + 20 * s} ${y + 8 * s}l${20 * s}-${24 * s}`, "none", { "stroke-width": 3 });
}

export function arrow(x1, y1, x2, y2, colour = C.blue) {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const l = 12;
  const p1 = [x2 - l * Math.cos(a - 0.6), y2 - l * Math.sin(a - 0.6)].map((n) => +n.toFixed(1));
  const p2 = [x2 - l * Math.cos(a + 0.6), y2 - l * Math.sin(a + 0.6)].map((n) => +n.toFixed(1));
  return group(
    { stroke: colour, "stroke-width": 7 },
    path(`M${x1} ${y1}L${x2} ${y2}M${p1[0]} ${p1[1]}L${x2} ${y2}L${p2[0]} ${p2[1]}`),
  );
}

export function card(x, y, w, h, fill = C.sky) {
  return rect(x, y, w, h, 7, fill);
}

export function testTube(cx, y, s = 1, liquid = C.red) {
  const w = 16 * s;
  const h = 54 * s;
  return (
    path(`M${cx - w / 2} ${y + h * 0.45}v${h * 0.55 - w / 2}a${w / 2} ${w / 2} 0 0 0 ${w} 0V${y + h * 0.45}z`, liquid, { "stroke-width": 0 }) +
    path(`M${cx - w / 2 - 3} ${y}h${w + 6}M${cx - w / 2} ${y}v${h - w / 2}a${w / 2} ${w / 2} 0 0 0 ${w} 0V${y}`, "none", { "stroke-width": 4 })
  );
}

export function syringe(cx, cy, s = 1, angle = -45) {
  return group(
    { transform: `rotate(${angle} ${cx} ${cy})` },
    rect(cx - 20 * s, cy - 7 * s, 34 * s, 14 * s, 2, C.sky, { "stroke-width": 4 }),
    path(`M${cx + 14 * s} ${cy}h${14 * s}M${cx - 20 * s} ${cy}h-${10 * s}M${cx - 30 * s} ${cy - 9 * s}v${18 * s}`, "none", { "stroke-width": 4 }),
  );
}

/** A question mark made of a stroke and a dot (never a letter). */
export function question(cx, cy, s = 1, colour = C.blue) {
  return (
    path(`M${cx - 8 * s} ${cy - 8 * s}a${8 * s} ${8 * s} 0 1 1 ${11 * s} ${7.5 * s}c-${3 * s} ${1.5 * s}-${3 * s} ${3 * s}-${3 * s} ${7 * s}`, "none", {
      stroke: colour,
      "stroke-width": 5 * s,
    }) + flat(circle(cx, cy + 14 * s, 3 * s, colour))
  );
}

/** An ambulance seen from the side, with a blue light on its roof. */
export function ambulance(x, y, s = 1) {
  const w = 120 * s;
  return (
    path(`M${x + 8 * s} ${y - 10 * s}h${14 * s}l-3-${12 * s}h-${8 * s}z`, C.blue, { "stroke-width": 3 }) +
    group(
      { stroke: C.blue, "stroke-width": 3 },
      path(`M${x + 2 * s} ${y - 28 * s}l-6-6M${x + 15 * s} ${y - 30 * s}v-8M${x + 28 * s} ${y - 28 * s}l6-6`),
    ) +
    path(`M${x} ${y}h${w * 0.68}v${14 * s}h${w * 0.14}l${w * 0.18} ${18 * s}v${30 * s}H${x}z`, C.white) +
    rect(x + w * 0.7, y + 18 * s, w * 0.14, 14 * s, 2, C.sky, { "stroke-width": 3 }) +
    flat(rect(x + 2, y + 38 * s, w - 4, 8 * s, 0, C.green)) +
    path(`M${x + 34 * s} ${y + 12 * s}v${22 * s}M${x + 23 * s} ${y + 23 * s}h${22 * s}`, "none", { stroke: C.red, "stroke-width": 7 * s }) +
    circle(x + 24 * s, y + 62 * s, 11 * s, C.ink) +
    circle(x + 92 * s, y + 62 * s, 11 * s, C.ink) +
    flat(circle(x + 24 * s, y + 62 * s, 4 * s, C.grey), circle(x + 92 * s, y + 62 * s, 4 * s, C.grey))
  );
}

/** A passport: a dark cover with a round emblem made of lines (no words). */
export function passport(x, y, w, h, fill = C.purple) {
  const cx = x + w / 2;
  const cy = y + h * 0.45;
  const r = Math.min(w, h) * 0.18;
  return (
    rect(x, y, w, h, 6, fill) +
    circle(cx, cy, r, "none", { stroke: C.yellow, "stroke-width": 3 }) +
    path(`M${cx - r} ${cy}h${2 * r}M${cx} ${cy - r}c-${r * 0.5} ${r * 0.6}-${r * 0.5} ${r * 1.4} 0 ${2 * r}c${r * 0.5}-${r * 0.6} ${r * 0.5}-${r * 1.4} 0-${2 * r}`, "none", {
      stroke: C.yellow,
      "stroke-width": 2.5,
    }) +
    rect(cx - r, y + h * 0.78, 2 * r, 6, 2, C.yellow, { stroke: "none" })
  );
}

/** A photo card (licence or ID): a face on the left, lines for details on the right. */
export function photoCard(x, y, w, h, fill = C.sky, skin = 2) {
  const fx = x + w * 0.26;
  const fy = y + h * 0.42;
  return (
    rect(x, y, w, h, 7, fill) +
    rect(x + 8, y + 10, w * 0.36, h - 20, 4, C.white, { "stroke-width": 3 }) +
    circle(fx, fy, h * 0.14, SKIN[skin], { "stroke-width": 3 }) +
    path(`M${fx - h * 0.2} ${y + h - 12}c0-${h * 0.18} ${h * 0.08}-${h * 0.24} ${h * 0.2}-${h * 0.24}s${h * 0.2} ${h * 0.06} ${h * 0.2} ${h * 0.24}`, C.blue, {
      "stroke-width": 3,
    }) +
    textLine(x + w * 0.5, y + h * 0.32, w * 0.38, C.ink, 4) +
    textLine(x + w * 0.5, y + h * 0.5, w * 0.28, C.ink, 4) +
    textLine(x + w * 0.5, y + h * 0.68, w * 0.34, C.ink, 4)
  );
}

/** A house front with a pointed roof and a door. */
export function house(cx, base, s = 1, wall = C.paper) {
  const w = 70 * s;
  const h = 50 * s;
  return (
    path(`M${cx - w / 2 - 8 * s} ${base - h}L${cx} ${base - h - 34 * s}L${cx + w / 2 + 8 * s} ${base - h}z`, C.red, { "stroke-width": 4 }) +
    rect(cx - w / 2, base - h, w, h, 2, wall) +
    rect(cx - 10 * s, base - 30 * s, 20 * s, 30 * s, 2, C.amber, { "stroke-width": 4 }) +
    rect(cx + 16 * s, base - 40 * s, 14 * s, 12 * s, 2, C.sky, { "stroke-width": 3 })
  );
}

/** A map pin (a drop shape with a hole). */
export function pin(cx, cy, s = 1, fill = C.red) {
  return path(`M${cx} ${cy + 20 * s}c-${10 * s}-${12 * s}-${14 * s}-${18 * s}-${14 * s}-${25 * s}a${14 * s} ${14 * s} 0 0 1 ${28 * s} 0c0 ${7 * s}-${4 * s} ${13 * s}-${14 * s} ${25 * s}z`, fill, {
    "stroke-width": 4,
  }) + circle(cx, cy - 5 * s, 5 * s, C.white, { "stroke-width": 3 });
}

/** Two chain links, the usual sign for a web link. */
export function chain(cx, cy, s = 1, colour = C.blue) {
  return group(
    { stroke: colour, "stroke-width": 6 * s, fill: "none", transform: `rotate(-35 ${cx} ${cy})` },
    rect(cx - 30 * s, cy - 10 * s, 36 * s, 20 * s, 10 * s, "none"),
    rect(cx - 6 * s, cy - 10 * s, 36 * s, 20 * s, 10 * s, "none"),
  );
}

/** A flag with a star, for "another language" (no real country's flag). */
export function flag(x, y, s = 1, fill = C.green) {
  return (
    path(`M${x} ${y + 46 * s}V${y}`, "none", { "stroke-width": 4 }) +
    path(`M${x} ${y + 2 * s}h${32 * s}l-${6 * s} ${10 * s} ${6 * s} ${10 * s}H${x}z`, fill, { "stroke-width": 3 }) +
    flat(circle(x + 12 * s, y + 12 * s, 4 * s, C.yellow))
  );
}

/** An on/off switch; `on` slides the knob to the end and colours it. */
export function toggle(cx, cy, s = 1, on = true) {
  const w = 60 * s;
  const h = 30 * s;
  return (
    rect(cx - w / 2, cy - h / 2, w, h, h / 2, on ? C.green : C.grey, { "stroke-width": 4 }) +
    circle(on ? cx + w / 2 - h / 2 : cx - w / 2 + h / 2, cy, h / 2 - 4, C.white, { "stroke-width": 3 })
  );
}

/** A shield, for protection. */
export function shield(cx, cy, s = 1, fill = C.green) {
  return path(`M${cx} ${cy - 26 * s}l${22 * s} ${8 * s}v${14 * s}c0 ${16 * s}-${10 * s} ${26 * s}-${22 * s} ${32 * s}c-${12 * s}-${6 * s}-${22 * s}-${16 * s}-${22 * s}-${32 * s}v-${14 * s}z`, fill, {
    "stroke-width": 4,
  });
}

/** A folder with a tab. */
export function folder(x, y, w, h, fill = C.amber) {
  return path(`M${x} ${y + 8}h${w * 0.35}l8 8h${w * 0.65 - 8}v${h - 16}H${x}z`, fill, { "stroke-width": 4 });
}

/** A police officer's peaked cap with a badge made of shapes. */
export function policeCap(cx, cy, s = 1) {
  return (
    path(`M${cx - 34 * s} ${cy}c0-${20 * s} ${14 * s}-${30 * s} ${34 * s}-${30 * s}s${34 * s} ${10 * s} ${34 * s} ${30 * s}z`, "#1f2a44", { "stroke-width": 4 }) +
    flat(rect(cx - 34 * s, cy - 8 * s, 68 * s, 8 * s, 0, C.white), rect(cx - 34 * s, cy - 8 * s, 8 * s, 8 * s, 0, C.ink), rect(cx - 18 * s, cy - 8 * s, 8 * s, 8 * s, 0, C.ink), rect(cx - 2 * s, cy - 8 * s, 8 * s, 8 * s, 0, C.ink), rect(cx + 14 * s, cy - 8 * s, 8 * s, 8 * s, 0, C.ink)) +
    path(`M${cx - 38 * s} ${cy}q${38 * s} ${14 * s} ${76 * s} 0`, C.ink, { "stroke-width": 4 }) +
    path(`M${cx} ${cy - 26 * s}l${6 * s} ${6 * s}-${6 * s} ${6 * s}-${6 * s}-${6 * s}z`, C.yellow, { "stroke-width": 2.5 })
  );
}
