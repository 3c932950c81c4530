// The photo-like raster pictures of the guides, by output path under content/. render.mjs
// turns each into a PNG or JPEG of the given size. People vary in age, skin tone and
// background; nothing shows a real product, logo or words.
import {
  random, scene, linear, rect, ellipse, path, stroke, g, shadow, glow, room, windowPane, plant, bookshelf, shelves,
  wheelchairBehind, wheelchairInFront, person, phoneFront, phoneBack, tabletFront, lines, bokeh,
} from "./scene-kit.mjs";

const W = 1200;
const H = 900;

/** A yellow warning triangle with an exclamation mark made of shapes. */
const warningSign = (cx, cy, s) =>
  g(
    `transform="translate(${cx} ${cy}) scale(${s})"`,
    path("M0 -52L58 48H-58z", "#ffd100", ' stroke="#1b1b1b" stroke-width="8" stroke-linejoin="round"'),
    stroke("M0 -16v32", "#1b1b1b", 12),
    ellipse(0, 32, 7, 7, "#1b1b1b"),
  );

/** A green pharmacy cross (a plain cross, used by pharmacies everywhere). */
const pharmacyCross = (cx, cy, a, colour = "#1c9a4a") =>
  path(`M${cx - a} ${cy - 3 * a}h${2 * a}v${2 * a}h${2 * a}v${2 * a}h${-2 * a}v${2 * a}h${-2 * a}v${-2 * a}h${-2 * a}v${-2 * a}h${2 * a}z`, colour);

/** Shelves of medicine boxes in many colours. */
function medicineShelves(x, y, w, h, rows, rand) {
  const colours = ["#ffffff", "#e8f0fc", "#ffe08a", "#f6c9c9", "#bfe6cc", "#d9ccf2", "#8fc1e8"];
  return shelves(x, y, w, h, rows, linear("#f4efe6", "#e1d7c6", 0), "#b8a88f", (bx, base, rowH) => {
    const bw = 34 + rand() * 40;
    const bh = rowH * (0.45 + rand() * 0.35);
    const c = colours[Math.floor(rand() * colours.length)];
    const box = rect(bx, base - bh, bw, bh, c, ' stroke="#b9b2a6" stroke-width="2"') + rect(bx + 6, base - bh + 10, bw - 12, 6, "#00000022");
    return [box, bw + 4];
  });
}

export const SCENES = {
  "nhs-app/images/face-check.jpg": {
    width: W,
    height: H,
    quality: 78,
    draw: () => {
      const rand = random(11);
      return scene(W, H, [
        room(W, H, "#efe3d3", "#d9c6ae", "#b98e63", "#8b6440", 700),
        windowPane(80, 120, 300, 360, "#cfe6fb", "#f5f0dc"),
        glow(230, 300, 260, "#fff7dc", 0.7),
        g('filter="url(#blur2)"', plant(1040, 640, 1.3, rand)),
        person(640, 330, 1.45, {
          skin: 3,
          style: "hijab",
          scarf: "#1f7a7a",
          top: "#6b4fa0",
          topDark: "#4a347a",
          hair: "#1b1b1b",
          arms: [{ shoulder: 1, elbow: [200, 300], hand: [190, 20], handTurn: -10, holding: phoneBack(140, -150, 100, 190, "#c0392b", -6) }],
          turn: 0.3,
        }),
      ], { grain: 0.22, seed: 11 });
    },
  },

  "repeat-prescription/images/pharmacy.png": {
    width: W,
    height: 800,
    draw: () => {
      const rand = random(21);
      let bricks = "";
      for (let r = 0; r < 34; r++) {
        for (let c = 0; c < 26; c++) {
          const x = c * 48 - (r % 2) * 24;
          const tone = ["#a5543a", "#b4603f", "#98492f", "#ad5a3e"][Math.floor(rand() * 4)];
          bricks += rect(x, r * 20, 46, 18, tone);
        }
      }
      return scene(W, 800, [
        rect(0, 0, W, 800, "#7d3a26"),
        bricks,
        rect(140, 150, 920, 90, linear("#1c6b36", "#145127", 90)),
        // Awning stripes.
        ...Array.from({ length: 12 }, (_, i) => path(`M${140 + i * 77} 240h77l-10 70h-77z`, i % 2 ? "#f5f5f0" : "#1c8a45")),
        rect(140, 300, 920, 420, "#e9e4da"),
        // Window with shelves of medicines, and reflections.
        rect(180, 340, 520, 330, "#c9dbe6"),
        medicineShelves(190, 350, 500, 310, 3, rand),
        path("M180 340h200l-160 330h-40z", "#ffffff", ' opacity="0.25"'),
        path("M430 340h60l-160 330h-60z", "#ffffff", ' opacity="0.18"'),
        rect(172, 332, 536, 346, "none", ' stroke="#2b2b2b" stroke-width="16"'),
        // Door.
        rect(760, 360, 240, 360, linear("#2f6a8f", "#1d4a66", 0)),
        rect(790, 390, 180, 220, linear("#d8e8f2", "#a9c4d6", 90), ' opacity="0.9"'),
        ellipse(975, 560, 10, 10, "#d4af37"),
        // Sign with a glowing cross.
        glow(1100, 120, 90, "#3cff7a", 0.45),
        rect(1050, 60, 110, 110, "#f5f5f0", ' rx="14" stroke="#1b1b1b" stroke-width="6"'),
        pharmacyCross(1105, 115, 14),
        // Pavement.
        rect(0, 720, W, 80, linear("#b5b5b0", "#8f8f8a", 90)),
        shadow(600, 730, 520, 18, 0.35),
      ]);
    },
  },

  "repeat-prescription/images/collect.jpg": {
    width: W,
    height: H,
    quality: 80,
    draw: () => {
      const rand = random(31);
      return scene(W, H, [
        rect(0, 0, W, H, linear("#f3ede2", "#d8ccb8", 90)),
        g('filter="url(#blur6)"', medicineShelves(0, 60, W, 520, 4, rand)),
        glow(600, 120, 400, "#fffbe8", 0.5),
        person(330, 330, 1.25, {
          skin: 4,
          hair: "#1b1b1b",
          style: "bun",
          top: "#2e8b57",
          coat: true,
          arms: [{ shoulder: 1, elbow: [180, 300], hand: [248, 184], handTurn: 20 }],
        }),
        person(900, 340, 1.25, {
          skin: 0,
          hair: "#e6e6e6",
          style: "bald",
          top: "#4d6a8a",
          cardigan: "#7a5c45",
          glasses: true,
          older: true,
          turn: -0.4,
          arms: [
            { shoulder: -1, elbow: [-160, 270], hand: [-84, 176], handTurn: -20 },
            { shoulder: 1, elbow: [150, 360], hand: [170, 480] },
          ],
        }),
        // The paper bag passed across the counter.
        shadow(720, 720, 120, 20, 0.35),
        path("M640 500h150l14 210h-178z", linear("#ffffff", "#e6e1d8", 0), ' stroke="#c8c0b2" stroke-width="3"'),
        path("M640 500l20 -26h110l20 26z", "#f1ece3"),
        g('transform="translate(715 600)"', path("M-12 -36h24v24h24v24h-24v24h-24v-24h-24v-24h24z", "#1c9a4a")),
        // Her hand gives the bag; his hand takes it.
        ellipse(642, 560, 28, 34, "#5e3b22"),
        ellipse(792, 560, 28, 34, "#f3cfb3"),
        // Counter.
        rect(0, 700, W, 200, linear("#e9e1d3", "#b9a98f", 90)),
        rect(0, 690, W, 20, "#8a7556"),
        // His walking stick, leaning on the counter.
        shadow(1030, 890, 40, 8, 0.4),
        stroke("M1010 900L1060 640q8 -34 -28 -40", "#5a3a20", 20),
        stroke("M1012 896L1060 644", "#7a5232", 6),
      ], { grain: 0.22, seed: 31 });
    },
  },

  "gp-appointment/images/waiting-room.jpg": {
    width: W,
    height: H,
    quality: 80,
    draw: () => {
      const rand = random(41);
      let chairs = "";
      for (let i = 0; i < 3; i++) {
        const x = 520 + i * 190;
        chairs += shadow(x + 80, 760, 100, 16, 0.3) + rect(x, 560, 160, 40, "#2f6f9f", ' rx="12"') + rect(x + 10, 420, 140, 150, "#3a7fb2", ' rx="16"') +
          rect(x + 20, 600, 12, 150, "#555") + rect(x + 128, 600, 12, 150, "#555");
      }
      return scene(W, H, [
        room(W, H, "#e3eef0", "#c6d9dc", "#c9c1b3", "#a59b8a", 640),
        windowPane(760, 90, 340, 240, "#bfe0f7", "#eaf4fb"),
        glow(930, 220, 260, "#ffffff", 0.6),
        g('filter="url(#blur2)"', rect(60, 110, 260, 170, "#ffffff", ' rx="8"'), lines(90, 150, 200, 5, 24, "#9fb3c0", 10)),
        g('filter="url(#blur2)"', plant(400, 610, 0.9, rand)),
        chairs,
        person(900, 330, 1.05, {
          skin: 1,
          hair: "#a7abb0",
          style: "bun",
          top: "#b0413e",
          topDark: "#7e2b29",
          glasses: true,
          older: true,
          turn: -0.5,
          arms: [
            { shoulder: -1, elbow: [-135, 290], hand: [-45, 330] },
            { shoulder: 1, elbow: [135, 290], hand: [45, 330] },
          ],
        }),
        // A man in a wheelchair, nearer to us: the chair's back and handles behind him.
        shadow(330, 860, 260, 30, 0.45),
        wheelchairBehind(330, 380),
        person(330, 300, 1.15, {
          skin: 2,
          hair: "#1b1b1b",
          style: "short",
          beard: true,
          top: "#2f7a5a",
          topDark: "#1d5540",
          turn: 0.3,
          arms: [
            { shoulder: -1, elbow: [-140, 280], hand: [-70, 330] },
            { shoulder: 1, elbow: [140, 280], hand: [70, 330] },
          ],
        }),
        // His lap, legs and the footrest.
        rect(200, 650, 260, 110, linear("#3c4a5c", "#2a3442", 90), ' rx="40"'),
        rect(225, 730, 80, 130, "#2f3a48", ' rx="20"'),
        rect(355, 730, 80, 130, "#2f3a48", ' rx="20"'),
        ellipse(262, 872, 52, 20, "#1b1b1b"),
        ellipse(398, 872, 52, 20, "#1b1b1b"),
        stroke("M210 890h240", "#6b7380", 10),
        wheelchairInFront(330, 380),
      ], { grain: 0.22, seed: 41 });
    },
  },

  "nhs-111-online/images/night.jpg": {
    width: W,
    height: H,
    quality: 80,
    draw: () => {
      const rand = random(51);
      let stars = "";
      for (let i = 0; i < 40; i++) stars += ellipse(90 + rand() * 320, 110 + rand() * 260, 2 + rand() * 2, 2 + rand() * 2, "#fffbe0", ` opacity="${(0.4 + rand() * 0.6).toFixed(2)}"`);
      return scene(W, H, [
        room(W, H, "#2a3550", "#18203a", "#3a2f2a", "#1e1714", 660),
        windowPane(80, 90, 340, 300, "#0b1633", "#1d2f5c", "#3a4460", stars + ellipse(340, 160, 34, 34, "#f7f1cf") + ellipse(352, 152, 30, 30, "#0e1a3b")),
        // Lamp and its warm light.
        glow(1010, 260, 380, "#ffbf5c", 0.55),
        path("M940 150h140l30 110h-200z", linear("#ffe3a8", "#f0b35a", 90)),
        stroke("M1010 260v400", "#2b2b2b", 10),
        ellipse(1010, 660, 70, 14, "#1b1b1b"),
        // Sofa.
        rect(140, 480, 860, 300, linear("#5a4a78", "#3b2f52", 90), ' rx="40"'),
        rect(100, 560, 110, 260, "#4b3d66", ' rx="40"'),
        rect(930, 560, 110, 260, "#4b3d66", ' rx="40"'),
        person(600, 330, 1.3, {
          skin: 1,
          hair: "#1b1b1b",
          style: "short",
          top: "#6f8fa8",
          topDark: "#48647a",
          turn: 0.2,
          arms: [
            { shoulder: 1, elbow: [150, 300], hand: [78, 24], handTurn: -15, holding: phoneBack(40, -60, 56, 108, "#222", 14) },
          ],
        }),
        rect(120, 700, 920, 120, linear("#4b3d66", "#2f2642", 90), ' rx="30"'),
        // Warm light on the side of the face and body, cool shadow on the other.
        rect(0, 0, W, H, linear("#000", "#000", 0, [[0, "#0a1030", 0.35], [0.6, "#0a1030", 0], [1, "#ffb347", 0.12]])),
      ], { grain: 0.25, seed: 51 });
    },
  },

  "spot-nhs-scams/images/scam-text.jpg": {
    width: W,
    height: H,
    quality: 80,
    draw: () => {
      const rand = random(61);
      const screen =
        rect(470, 250, 260, 40, "#dfe6ee") +
        path("M490 320h190a18 18 0 0 1 18 18v90a18 18 0 0 1-18 18h-150l-30 26v-26h-10a18 18 0 0 1-18-18v-90a18 18 0 0 1 18-18z", "#d7e6f7") +
        lines(510, 355, 150, 3, 26, "#56606b", 11) +
        warningSign(600, 580, 1.1) +
        lines(500, 680, 200, 2, 30, "#c3cad2", 10);
      return scene(W, H, [
        rect(0, 0, W, H, linear("#d9cbb8", "#9c8a74", 90)),
        bokeh(W, H, 26, ["#ffe8b0", "#ffffff", "#f2b880", "#a9c9e8"], rand),
        rect(0, 640, W, 260, linear("#8a6a4a", "#5e4530", 90), ' opacity="0.85"'),
        // The palm and wrist behind the phone.
        path("M470 900c-20-120-10-220 40-300h190c50 80 60 180 40 300z", linear("#d29a6c", "#a8714a", 0)),
        phoneFront(440, 170, 320, 620, screen, -4),
        // The thumb and fingers curl round its edges.
        g(
          'transform="rotate(-4 600 480)"',
          path("M446 560c-30 10-40 60-24 100s40 50 56 40l-10-130z", "#c68a58"),
          ellipse(772, 560, 26, 44, "#c68a58"),
          ellipse(774, 650, 26, 44, "#bf8150"),
          ellipse(770, 736, 24, 40, "#b57a4a"),
        ),
      ], { grain: 0.22, seed: 61 });
    },
  },

  "spot-nhs-scams/images/talk.png": {
    width: W,
    height: 800,
    draw: () => {
      const rand = random(71);
      return scene(W, 800, [
        room(W, 800, "#f3e7d0", "#e0cba6", "#d6c2a2", "#b59c77", 560),
        windowPane(480, 70, 240, 220, "#cfe6fb", "#f3f7e8"),
        glow(600, 180, 260, "#fffbe6", 0.6),
        g('filter="url(#blur2)"', plant(1090, 520, 1, rand)),
        person(330, 300, 1.2, {
          skin: 4,
          hair: "#ececec",
          style: "curly",
          top: "#c0392b",
          topDark: "#8e2a20",
          glasses: true,
          older: true,
          turn: 0.4,
          arms: [{ shoulder: 1, elbow: [170, 320], hand: [230, 330] }],
        }),
        person(870, 300, 1.2, {
          skin: 2,
          hair: "#1b1b1b",
          style: "short",
          top: "#2d6a9f",
          topDark: "#1d4a70",
          turn: -0.4,
          arms: [{ shoulder: -1, elbow: [-170, 330], hand: [-230, 340] }],
        }),
        // Table with tea and a phone.
        rect(0, 600, W, 200, linear("#9b6b3f", "#6e4a2a", 90)),
        shadow(520, 620, 60, 12, 0.4),
        path("M480 540h80l-8 70h-64z", "#f5f5f0"),
        stroke("M560 556q26 4 0 34", "#f5f5f0", 10),
        ellipse(520, 542, 40, 8, "#7a4a20"),
        phoneFront(690, 600, 160, 70, "", 0),
      ]);
    },
  },

  "get-help-online/images/library.jpg": {
    width: W,
    height: H,
    quality: 78,
    draw: () => {
      const rand = random(81);
      const monitor = (x, y) =>
        rect(x, y, 300, 190, "#222", ' rx="10"') + rect(x + 12, y + 12, 276, 166, linear("#ffffff", "#dbe7f3", 90), ' rx="4"') +
        rect(x + 12, y + 12, 276, 30, "#005eb8") + lines(x + 30, y + 70, 200, 3, 28, "#9aa3ad", 10) + rect(x + 130, y + 190, 40, 50, "#333");
      return scene(W, H, [
        g('filter="url(#blur2)"', bookshelf(0, 0, W, 600, 4, rand)),
        glow(300, 120, 300, "#fff3d0", 0.35),
        rect(0, 600, W, 300, linear("#b88b5a", "#8a6238", 90)),
        monitor(450, 330),
        person(330, 360, 1.15, {
          skin: 0,
          hair: "#b9bcc0",
          style: "long",
          top: "#8e5aa8",
          topDark: "#64407a",
          glasses: true,
          older: true,
          turn: 0.4,
          arms: [{ shoulder: 1, elbow: [160, 360], hand: [250, 330] }],
        }),
        person(930, 300, 1.2, {
          skin: 4,
          hair: "#1b1b1b",
          style: "short",
          top: "#e0a526",
          topDark: "#b07d12",
          turn: -0.5,
          arms: [{ shoulder: -1, elbow: [-170, 300], hand: [-250, 180], handTurn: -30 }],
        }),
        rect(0, 620, W, 40, "#6f4c2a"),
        rect(530, 640, 220, 40, "#2b2b2b", ' rx="8"'),
      ], { grain: 0.22, seed: 81 });
    },
  },

  "get-help-online/images/digital-champion.png": {
    width: W,
    height: 800,
    draw: () => {
      const rand = random(91);
      const screen = rect(466, 316, 268, 40, "#005eb8") + lines(490, 390, 220, 3, 34, "#9aa3ad", 12) + rect(540, 500, 120, 40, "#1c6b36", ' rx="10"');
      return scene(W, 800, [
        room(W, 800, "#e6f0ea", "#c8dccf", "#c9b89c", "#a8957a", 580),
        g('filter="url(#blur2)"', plant(120, 520, 1.1, rand)),
        glow(900, 150, 300, "#ffffff", 0.5),
        wheelchairBehind(330, 400),
        person(330, 300, 1.15, {
          skin: 3,
          hair: "#1b1b1b",
          style: "curly",
          top: "#2d6a9f",
          topDark: "#1d4a70",
          turn: 0.4,
          arms: [{ shoulder: 1, elbow: [170, 300], hand: [220, 260] }],
        }),
        wheelchairInFront(330, 400),
        person(880, 310, 1.15, {
          skin: 1,
          hair: "#9c4221",
          style: "long",
          top: "#e07a3f",
          topDark: "#b0582a",
          turn: -0.4,
          arms: [{ shoulder: -1, elbow: [-160, 300], hand: [-230, 270] }],
        }),
        tabletFront(450, 300, 300, 240, screen, -6),
      ]);
    },
  },

  "health-record/images/private.jpg": {
    width: W,
    height: H,
    quality: 80,
    draw: () => {
      const rand = random(101);
      const screen = rect(466, 496, 268, 32, "#005eb8") + lines(490, 560, 220, 4, 28, "#9aa3ad", 10);
      return scene(W, H, [
        room(W, H, "#ead9c4", "#cdb392", "#7a5a44", "#523b2c", 680),
        // Curtains and a lamp.
        path("M40 0h200c-20 200 20 400 0 680h-200z", linear("#8e3b46", "#5e2530", 0)),
        glow(1040, 250, 320, "#ffd28a", 0.55),
        path("M980 170h120l26 100h-172z", linear("#fff0c8", "#e8b96a", 90)),
        stroke("M1040 270v420", "#2b2b2b", 10),
        g('filter="url(#blur2)"', plant(1100, 760, 0.8, rand)),
        // Armchair.
        shadow(600, 860, 380, 40, 0.45),
        rect(300, 200, 600, 620, linear("#3f6d5b", "#2a4b3e", 0), ' rx="90"'),
        person(600, 340, 1.2, {
          skin: 2,
          hair: "#d9d9d9",
          style: "bald",
          beard: true,
          top: "#5b6f8f",
          topDark: "#3d4c63",
          cardigan: "#8a7a5a",
          glasses: true,
          older: true,
          turn: 0.1,
          arms: [
            { shoulder: -1, elbow: [-175, 330], hand: [-125, 265] },
            { shoulder: 1, elbow: [175, 330], hand: [125, 265] },
          ],
        }),
        tabletFront(450, 480, 300, 210, screen, 3),
        ellipse(452, 640, 22, 30, "#c68a58"),
        ellipse(748, 640, 22, 30, "#c68a58"),
        rect(240, 560, 140, 300, "#35604f", ' rx="60"'),
        rect(820, 560, 140, 300, "#35604f", ' rx="60"'),
      ], { grain: 0.22, seed: 101 });
    },
  },
};
