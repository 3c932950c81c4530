// The SVG pictograms of every guide, by output path under content/. Each is drawn from the
// kit in draw.mjs; the guide's Markdown describes each one in its alt text.
import {
  C, HAIR, picture, rect, circle, ellipse, path, group, flat, thin, phone, bigPhone, tablet, textLine, tick, cross,
  badge, warning, envelope, padlock, calendar, clock, bubble, dots, magnifier, pill, medicineBox, heart, page,
  pencil, person, building, signal, wifi, fingerprint, plane, arrow, card, testTube, syringe, question, ambulance,
  passport, photoCard, house, pin, chain, flag, toggle, shield, folder, policeCap,
} from "./draw.mjs";

/** A screen with a coloured top bar and some "words", like an app page. */
const appScreen = (x, y, w, h, lines = 3) => {
  let out = rect(x, y, w, 14, 3, C.blue, { "stroke-width": 3 });
  for (let i = 0; i < lines; i++) out += textLine(x + 8, y + 28 + i * 12, w - 16 - (i % 2) * 14, C.ink, 4);
  return out;
};

/** A list row on a phone screen: a tick box (ticked or not) and a line. */
const listRow = (x, y, w, ticked) =>
  rect(x, y - 7, 14, 14, 2, C.white, { "stroke-width": 3 }) +
  (ticked ? path(`M${x + 2} ${y}l4 4 7-8`, "none", { stroke: C.green, "stroke-width": 3.5 }) : "") +
  textLine(x + 20, y, w - 22, C.ink, 4);

const monthCal = (x, y, w, h, mark) => calendar(x, y, w, h, 4, 3, mark);

/** A phone with 3 choices in a column, the `chosen` one green; `extra` draws on the screen. */
const choicePhone = (chosen, other, extra) =>
  picture(
    "blue",
    bigPhone(C.white, (x, y, w) => {
      let rows = "";
      for (let i = 0; i < 3; i++) rows += rect(x + 4, y + 8 + i * 32, w - 8, 26, 5, i === chosen ? C.mint : other, { "stroke-width": 3 });
      return rows + extra(x, y, w);
    }),
  );

/** A web browser window: its frame, 2 buttons and the address bar. */
const browserWindow = () => [
  rect(14, 30, 132, 100, 10, C.white),
  path("M14 54h132", "none"),
  flat(circle(28, 42, 4, C.ink), circle(42, 42, 4, C.ink)),
  rect(56, 36, 80, 12, 6, "#f2f4f7", { "stroke-width": 3 }),
];

/** The 999 picture: an ambulance with its light on, on a red tile. */
const call999 = () => picture("red", ambulance(18, 62, 1.0));

/** A phone with a form: boxes to fill in and a button. */
const formPhone = (tile, extra = "") =>
  picture(
    tile,
    bigPhone(C.white, (x, y, w, h) =>
      rect(x, y, w, 14, 3, C.blue, { "stroke-width": 3 }) +
      rect(x + 5, y + 24, w - 10, 14, 3, C.white, { "stroke-width": 3 }) +
      rect(x + 5, y + 46, w - 10, 14, 3, C.white, { "stroke-width": 3 }) +
      rect(x + 5, y + 68, w - 10, 22, 3, C.white, { "stroke-width": 3 }) +
      rect(x + 10, y + h - 18, w - 20, 12, 5, C.green, { "stroke-width": 3 }),
    ),
    extra,
  );

/** Two people talking, one bubble with a flag: an interpreter. */
const interpreter = (tile) =>
  picture(
    tile,
    person(42, 66, 0.85, { skin: 3, hair: HAIR.black, style: "short", top: C.blue }),
    person(118, 66, 0.85, { skin: 0, hair: HAIR.brown, style: "bun", top: C.green }),
    bubble(10, 10, 56, 40, C.white),
    flag(28, 14, 0.7, C.green),
    bubble(94, 10, 56, 40, C.white, false),
    flat(circle(110, 28, 3.5, C.ink), circle(122, 28, 3.5, C.ink), circle(134, 28, 3.5, C.ink)),
  );

/** A thing you do not need: a drawing with a red cross beside it. */
const notNeeded = (tile, ...things) => picture(tile, ...things, circle(126, 120, 20, C.white, { "stroke-width": 4 }), cross(126, 120, 0.7));

/** A phone with a message bubble in an app (blue bar at the top). */
const messagePhone = (tile, extra = "") =>
  picture(
    tile,
    bigPhone(C.white, (x, y, w) =>
      rect(x, y, w, 14, 3, C.blue, { "stroke-width": 3 }) +
      rect(x + 4, y + 24, w - 8, 46, 5, C.sky, { "stroke-width": 3 }) +
      textLine(x + 10, y + 38, w - 20, C.ink, 4) +
      textLine(x + 10, y + 50, w - 28, C.ink, 4) +
      textLine(x + 10, y + 62, w - 24, C.ink, 4),
    ),
    extra,
  );

/** A phone whose screen shows a big tick (done, sent, ready). */
const donePhone = (tile, extra = "") =>
  picture(
    tile,
    bigPhone(C.white, (x, y, w, h) => circle(x + w / 2, y + h / 2, 22, C.green, { "stroke-width": 4 }) + tick(x + w / 2, y + h / 2 + 1, 0.9, C.white)),
    extra,
  );

export const PICTOGRAMS = {
  // 1. Get the NHS App and log in
  "nhs-app/images/app-store.svg": () =>
    picture(
      "blue",
      bigPhone(C.sky, (x, y, w) =>
        path(`M${x + 12} ${y + 36}h${w - 24}l-4 50h-${w - 32}z`, C.blue, { "stroke-width": 4 }) +
        path(`M${x + 20} ${y + 36}v-8a${w / 2 - 20} ${w / 2 - 20} 0 0 1 ${w - 40} 0v8`, "none", { "stroke-width": 4 }) +
        arrow(x + w / 2, y + 46, x + w / 2, y + 76, C.white),
      ),
    ),
  "nhs-app/images/search.svg": () =>
    picture(
      "blue",
      bigPhone(C.white, (x, y, w) =>
        rect(x + 4, y + 8, w - 8, 16, 8, C.white, { "stroke-width": 3 }) +
        textLine(x + 12, y + 40, w - 24, C.grey, 6) +
        textLine(x + 12, y + 54, w - 34, C.grey, 6),
      ),
      magnifier(98, 96, 20, C.sky),
    ),
  "nhs-app/images/open-app.svg": () =>
    picture(
      "blue",
      bigPhone(C.blue, (x, y, w, h) =>
        heart(x + w / 2, y + 36, 0.9, C.white) +
        rect(x + 6, y + h - 28, w - 12, 18, 6, C.green, { "stroke-width": 3 }) +
        arrow(x + w / 2 - 8, y + h - 19, x + w / 2 + 8, y + h - 19, C.white),
      ),
    ),
  "nhs-app/images/email.svg": () => picture("blue", envelope(18, 40, 88, 62), padlock(112, 100, 1.05)),
  "nhs-app/images/email-code.svg": () =>
    picture("blue", envelope(24, 34, 112, 80), rect(40, 90, 80, 26, 8, C.white, { "stroke-width": 4 }), dots(80, 103, 6, 11, 3.5)),
  "nhs-app/images/text-code.svg": () =>
    picture(
      "blue",
      bigPhone(C.white, (x, y, w) => bubble(x + 2, y + 20, w - 4, 34, C.sky) + dots(x + w / 2, y + 35, 6, 8, 2.8)),
    ),
  "nhs-app/images/details.svg": () =>
    picture(
      "blue",
      card(14, 40, 78, 56, C.sky),
      circle(36, 62, 10, "#c68642", { "stroke-width": 3 }),
      path("M22 90c0-10 6-14 14-14s14 4 14 14", "#005eb8", { "stroke-width": 3 }),
      textLine(58, 58, 24, C.ink, 4),
      textLine(58, 70, 18, C.ink, 4),
      page(100, 30, 46, 100, 5),
    ),
  "nhs-app/images/photo-id.svg": () =>
    picture(
      "blue",
      rect(20, 84, 64, 56, 6, C.purple),
      circle(52, 108, 11, "none", { stroke: C.yellow, "stroke-width": 3 }),
      path("M41 108h22M52 97c-5 6-5 16 0 22c5-6 5-16 0-22", "none", { stroke: C.yellow, "stroke-width": 2.5 }),
      phone(68, 16, 62, 104, C.sky, (x, y, w, h) =>
        group(
          { stroke: C.white, "stroke-width": 4 },
          path(`M${x + 6} ${y + 18}v-12h12M${x + w - 18} ${y + 6}h12v12M${x + 6} ${y + h - 18}v12h12M${x + w - 18} ${y + h - 6}h12v-12`),
        ) + circle(x + w / 2, y + h / 2, 9, C.white, { "stroke-width": 3 }),
      ),
    ),
  "nhs-app/images/wait.svg": () => picture("blue", clock(56, 66, 34), envelope(76, 86, 66, 46), badge(132, 84, 14)),
  "nhs-app/images/fingerprint.svg": () =>
    picture(
      "blue",
      rect(14, 30, 64, 100, 12, C.white),
      fingerprint(46, 82, 1.05),
      rect(86, 30, 64, 100, 12, C.white),
      group(
        { stroke: C.blue, "stroke-width": 4 },
        path("M98 62v-12h12M126 50h12v12M98 98v12h12M126 110h12v-12"),
      ),
      flat(circle(110, 72, 3, C.ink), circle(126, 72, 3, C.ink)),
      path("M118 74v8h-4M110 90q8 6 16 0", "none", { "stroke-width": 3 }),
    ),
  "nhs-app/images/logged-in.svg": () =>
    picture(
      "blue",
      bigPhone(C.blue, (x, y, w, h) => circle(x + w / 2, y + h / 2, 22, C.white, { "stroke-width": 4 }) + tick(x + w / 2, y + h / 2 + 1, 0.9)),
    ),

  // 2. Order a repeat prescription online
  "repeat-prescription/images/prescriptions.svg": () =>
    picture(
      "green",
      bigPhone(C.blue, (x, y, w) => medicineBox(x + 8, y + 14, w - 16, 40) + pill(x + w / 2, y + 76, 36, -25, C.red, C.white)),
    ),
  "repeat-prescription/images/choose-medicines.svg": () =>
    picture(
      "green",
      bigPhone(C.white, (x, y, w) =>
        rect(x, y, w, 14, 3, C.blue, { "stroke-width": 3 }) +
        listRow(x + 5, y + 32, w - 10, true) +
        listRow(x + 5, y + 56, w - 10, false) +
        listRow(x + 5, y + 80, w - 10, true),
      ),
      pill(126, 126, 34, -35, C.amber, C.white),
    ),
  "repeat-prescription/images/add-note.svg": () =>
    picture(
      "green",
      bigPhone(C.white, (x, y, w) => appScreen(x, y, w, 0, 0) + page(x + 5, y + 24, w - 10, 56, 3, "#fff4b8")),
      pencil(104, 116, 48, -45),
    ),
  "repeat-prescription/images/send-order.svg": () =>
    picture(
      "green",
      bigPhone(C.white, (x, y, w, h) => circle(x + w / 2, y + h / 2, 22, C.green, { "stroke-width": 4 }) + tick(x + w / 2, y + h / 2 + 1, 0.9, C.white)),
      plane(100, 40, 1),
    ),
  "repeat-prescription/images/calendar.svg": () =>
    picture(
      "green",
      calendar(14, 30, 132, 104, 4, 2, (i, x, y, s) =>
        i === 0 ? tick(x, y, s / 40) : i === 7 ? pill(x, y, s * 0.9, -30, C.red, C.white) : "",
      ),
    ),
  "repeat-prescription/images/order-status.svg": () =>
    picture(
      "green",
      bigPhone(C.white, (x, y, w, h) =>
        path(`M${x + 10} ${y + h / 2}h${w - 20}`, "none", { "stroke-width": 4 }) +
        circle(x + 10, y + h / 2, 8, C.green, { "stroke-width": 3 }) +
        circle(x + w / 2, y + h / 2, 8, C.green, { "stroke-width": 3 }) +
        circle(x + w - 10, y + h / 2, 8, C.white, { "stroke-width": 3 }) +
        textLine(x + 8, y + 20, w - 16, C.ink, 4),
      ),
    ),

  // 3. Book, check or cancel a GP appointment online
  "gp-appointment/images/appointments.svg": () =>
    picture("blue", bigPhone(C.blue, (x, y, w) => calendar(x + 6, y + 20, w - 12, 60, 3, 2, (i, cx, cy) => (i === 4 ? circle(cx, cy, 5, C.red, { stroke: "none" }) : "")))),
  "gp-appointment/images/reason.svg": () =>
    picture(
      "blue",
      bigPhone(C.white, (x, y, w, h) => {
        let keys = "";
        for (let r = 0; r < 3; r++) for (let c = 0; c < 4; c++) keys += rect(x + 5 + c * 12.5, y + h - 40 + r * 12, 9, 8, 1.5, C.grey);
        return bubble(x + 3, y + 10, w - 6, 32, C.sky) + textLine(x + 12, y + 24, w - 24, C.ink, 4) + flat(keys);
      }),
    ),
  "gp-appointment/images/choose-time.svg": () =>
    picture(
      "blue",
      monthCal(12, 26, 100, 96, (i, x, y, s) => (i === 6 ? circle(x, y, s * 0.55, "none", { stroke: C.blue, "stroke-width": 5 }) : "")),
      clock(118, 112, 28),
    ),
  "gp-appointment/images/booked.svg": () =>
    picture(
      "blue",
      bigPhone(C.white, (x, y, w) => calendar(x + 6, y + 10, w - 12, 54, 3, 2, () => "") + badge(x + w / 2, y + 86, 16)),
    ),
  "gp-appointment/images/check.svg": () =>
    picture(
      "blue",
      bigPhone(C.white, (x, y, w) => {
        let rows = "";
        for (let i = 0; i < 2; i++) {
          const ry = y + 10 + i * 44;
          rows +=
            rect(x + 3, ry, w - 6, 36, 5, C.sky, { "stroke-width": 3 }) +
            rect(x + 8, ry + 8, 16, 18, 2, C.white, { "stroke-width": 3 }) +
            path(`M${x + 8} ${ry + 13}h16`, "none", { stroke: C.red, "stroke-width": 4 }) +
            textLine(x + 30, ry + 13, w - 42, C.ink, 4) +
            textLine(x + 30, ry + 25, w - 52, C.ink, 4);
        }
        return rows;
      }),
    ),
  "gp-appointment/images/cancel.svg": () =>
    picture("red", monthCal(22, 30, 116, 104, (i, x, y, s) => (i === 5 ? cross(x, y, s / 26) : ""))),

  // 4. Use NHS 111 online
  "nhs-111-online/images/browser.svg": () =>
    picture(
      "green",
      ...browserWindow(),
      textLine(30, 72, 100, C.ink, 5),
      textLine(30, 86, 70, C.ink, 5),
      rect(40, 98, 80, 22, 8, C.blue, { "stroke-width": 4 }),
      arrow(72, 109, 88, 109, C.white),
    ),

  "nhs-111-online/images/call-999.svg": call999,
  "nhs-111-online/images/sign-language.svg": () =>
    picture(
      "green",
      rect(56, 34, 86, 60, 6, C.white),
      rect(64, 41, 70, 46, 3, C.sky, { "stroke-width": 3 }),
      path("M46 104h106l-8 12H54z", C.grey, { "stroke-width": 4 }),
      person(99, 44, 0.52, { skin: 4, hair: HAIR.black, style: "short", top: C.purple }),
      path("M14 124v-32a6 6 0 0 1 12 0v12v-18a6 6 0 0 1 12 0v20l6-10a6 6 0 0 1 10 6l-10 20c-4 8-10 12-18 12h-2c-6 0-10-4-10-10z", "#c68642", { "stroke-width": 4 }),
      group({ stroke: C.blue, "stroke-width": 4 }, path("M12 70l-5-6M24 64v-8M36 68l5-6")),
    ),

  // 5. Spot fake NHS texts, emails and calls
  "spot-nhs-scams/images/asks-details.svg": () =>
    picture(
      "yellow",
      rect(14, 50, 96, 62, 8, C.blue),
      path("M14 66h96", "none", { "stroke-width": 10 }),
      rect(26, 82, 18, 14, 3, C.yellow, { "stroke-width": 3 }),
      circle(124, 56, 26, C.white, { "stroke-width": 4 }),
      question(124, 52, 1.2),
    ),
  "spot-nhs-scams/images/asks-money.svg": () =>
    picture(
      "yellow",
      rect(14, 40, 100, 58, 6, C.mint),
      circle(64, 69, 16, C.white, { "stroke-width": 4 }),
      flat(circle(28, 54, 4, C.green), circle(100, 84, 4, C.green)),
      ellipse(116, 126, 24, 9, C.amber, { "stroke-width": 4 }),
      ellipse(116, 114, 24, 9, C.amber, { "stroke-width": 4 }),
      ellipse(116, 102, 24, 9, C.yellow, { "stroke-width": 4 }),
    ),
  "spot-nhs-scams/images/hurry.svg": () =>
    picture(
      "yellow",
      clock(62, 74, 44),
      group({ stroke: C.ink, "stroke-width": 4 }, path("M8 50h14M4 70h14M8 90h14")),
      warning(122, 118, 1),
    ),
  "spot-nhs-scams/images/strange-link.svg": () =>
    picture("yellow", chain(64, 86, 1.2), circle(124, 48, 24, C.white, { "stroke-width": 4 }), question(124, 44, 1.1)),
  "spot-nhs-scams/images/mistakes.svg": () =>
    picture(
      "yellow",
      rect(24, 16, 96, 128, 6, C.paper),
      textLine(38, 38, 68, C.ink, 5),
      textLine(38, 58, 50, C.ink, 5),
      path("M34 58h58", "none", { stroke: C.red, "stroke-width": 4 }),
      textLine(38, 78, 64, C.ink, 5),
      textLine(38, 98, 44, C.ink, 5),
      path("M34 98h50", "none", { stroke: C.red, "stroke-width": 4 }),
      textLine(38, 118, 60, C.ink, 5),
      warning(124, 120, 0.8),
    ),
  "spot-nhs-scams/images/report.svg": () =>
    picture(
      "blue",
      policeCap(58, 86, 1.1),
      phone(104, 40, 44, 92, C.white, (x, y, w, h) => circle(x + w / 2, y + h / 2, 10, C.green, { "stroke-width": 3 })),
    ),

  "spot-nhs-scams/images/scam-call.svg": () =>
    picture(
      "red",
      bigPhone(C.ink, (x, y, w, h) =>
        circle(x + w / 2, y + 28, 12, C.grey, { "stroke-width": 3 }) +
        circle(x + 12, y + h - 16, 9, C.red, { "stroke-width": 3 }) +
        circle(x + w - 12, y + h - 16, 9, C.green, { "stroke-width": 3 }),
      ),
      warning(120, 112, 1),
    ),
  "spot-nhs-scams/images/scam-email.svg": () =>
    picture("yellow", envelope(16, 40, 112, 78), chain(70, 98, 0.6, C.blue), warning(122, 116, 0.9)),
  "spot-nhs-scams/images/forward.svg": () =>
    picture(
      "green",
      phone(22, 14, 68, 132, C.white, (x, y, w) => bubble(x + 3, y + 12, w - 6, 34, C.sky) + textLine(x + 12, y + 26, w - 24, C.ink, 4)),
      arrow(96, 66, 144, 66, C.green),
    ),
  "spot-nhs-scams/images/delete.svg": () =>
    picture(
      "grey",
      group({ transform: "rotate(-20 70 50)" }, envelope(40, 26, 60, 42)),
      path("M40 74h80l-8 70H48z", C.grey),
      path("M32 74h96M66 66h28", "none"),
      path("M64 90v40M80 90v40M96 90v40", "none", { "stroke-width": 4 }),
    ),
  "spot-nhs-scams/images/stop.svg": () =>
    picture(
      "red",
      path("M44 18h40l28 28v40l-28 28H44L16 86V46z", C.red, { "stroke-width": 5 }),
      flat(
        path(
          "M50 96c-8-8-12-16-12-24V58a5 5 0 0 1 10 0v8V42a5 5 0 0 1 10 0v20V36a5 5 0 0 1 10 0v26V40a5 5 0 0 1 10 0v24V50a5 5 0 0 1 10 0v26c0 10-6 20-18 20z",
          C.white,
        ),
      ),
      phone(108, 62, 42, 84, C.white, (x, y, w) => textLine(x + 5, y + 12, w - 10, C.grey, 5) + textLine(x + 5, y + 24, w - 14, C.grey, 5)),
    ),
  "spot-nhs-scams/images/bank.svg": () =>
    picture(
      "blue",
      rect(12, 46, 92, 60, 8, C.blue),
      path("M12 62h92", "none", { "stroke-width": 10 }),
      rect(24, 76, 18, 14, 3, C.yellow, { "stroke-width": 3 }),
      textLine(50, 94, 40, C.white, 4),
      phone(104, 36, 44, 88, C.white, (x, y, w, h) => circle(x + w / 2, y + h / 2, 10, C.green, { "stroke-width": 3 })),
    ),
  "spot-nhs-scams/images/new-password.svg": () =>
    picture(
      "green",
      padlock(80, 88, 1.1),
      group(
        { stroke: C.green, "stroke-width": 6 },
        path("M36 60a48 48 0 0 1 80-20M124 104a48 48 0 0 1-80 20"),
        path("M116 24v16h-16M44 140v-16h16"),
      ),
    ),

  // 6. Get help to get online
  "get-help-online/images/community-centre.svg": () =>
    picture(
      "purple",
      building(20, 28, 120, 62, C.paper),
      person(38, 96, 0.62, { skin: 0, hair: HAIR.grey, style: "short", top: C.green, glasses: true }),
      person(80, 92, 0.68, { skin: 3, hair: HAIR.black, style: "curly", top: C.amber }),
      person(122, 96, 0.62, { skin: 2, style: "hijab", scarf: C.purple, top: C.blue }),
    ),
  "get-help-online/images/sim-card.svg": () =>
    picture(
      "purple",
      path("M20 44h46l14 14v60a6 6 0 0 1-6 6H20a6 6 0 0 1-6-6V50a6 6 0 0 1 6-6z", C.white),
      rect(28, 70, 36, 34, 5, C.yellow, { "stroke-width": 4 }),
      path("M28 87h36M46 70v34", "none", { "stroke-width": 3 }),
      phone(92, 26, 56, 110, C.white, (x, y) => signal(x + 6, y + 40, 1)),
    ),
  "get-help-online/images/free-device.svg": () =>
    picture(
      "purple",
      tablet(12, 56, 98, 70, C.sky),
      phone(96, 40, 50, 96, C.sky),
      path("M60 56c-16-24-34-10-18 0zM60 56c16-24 34-10 18 0z", C.red, { "stroke-width": 4 }),
      circle(60, 56, 6, C.red, { "stroke-width": 4 }),
    ),
  "get-help-online/images/social-tariff.svg": () =>
    picture(
      "purple",
      ellipse(70, 98, 48, 36, C.pink),
      path("M52 128v10M88 128v10", "none", { "stroke-width": 8 }),
      path("M112 90l12-6v18l-10-2", C.pink, { "stroke-width": 4 }),
      path("M50 70l-4-16 16 8", C.pink, { "stroke-width": 4 }),
      flat(circle(96, 88, 3.5, C.ink)),
      path("M58 64h24", "none", { "stroke-width": 5 }),
      circle(70, 46, 10, C.amber, { "stroke-width": 4 }),
      wifi(126, 44, 0.7),
    ),
  "get-help-online/images/ask.svg": () =>
    picture(
      "purple",
      person(46, 52, 0.9, { skin: 1, hair: HAIR.white, style: "bald", top: C.green, beard: false, glasses: true }),
      person(116, 52, 0.9, { skin: 4, hair: HAIR.black, style: "long", top: C.blue }),
      rect(8, 120, 144, 16, 3, C.brown),
      bubble(52, 10, 56, 34, C.white, false),
      flat(circle(68, 27, 3.5, C.ink), circle(80, 27, 3.5, C.ink), circle(92, 27, 3.5, C.ink)),
    ),

  // 7. See your health record and test results
  "health-record/images/open-record.svg": () =>
    picture(
      "blue",
      bigPhone(C.blue, (x, y, w) =>
        path(`M${x + 6} ${y + 30}h18l6 6h${w - 36}v48H${x + 6}z`, C.amber, { "stroke-width": 4 }) + heart(x + w / 2, y + 58, 0.6, C.red),
      ),
    ),
  "health-record/images/record-parts.svg": () =>
    picture(
      "blue",
      path("M14 50h40l8 10h84v80H14z", C.amber),
      rect(22, 22, 26, 30, 4, C.white, { "stroke-width": 4 }),
      rect(52, 22, 26, 30, 4, C.white, { "stroke-width": 4 }),
      rect(82, 22, 26, 30, 4, C.white, { "stroke-width": 4 }),
      rect(112, 22, 26, 36, 4, C.white, { "stroke-width": 4 }),
      pill(35, 36, 22, -40, C.red, C.white),
      thin(path("M58 44l14-14M68 28l6 6M56 46l-3 3", "none")),
      testTube(95, 25, 0.42),
      heart(125, 42, 0.45),
      heart(80, 102, 1, C.red),
    ),
  "health-record/images/read-notes.svg": () => picture("blue", page(20, 18, 90, 124, 6), magnifier(100, 92, 24, "rgba(207,227,247,0.7)")),
  "health-record/images/test-results.svg": () =>
    picture(
      "blue",
      phone(50, 14, 68, 132, C.white, (x, y, w) =>
        textLine(x + 8, y + 16, w - 16, C.ink, 4) +
        textLine(x + 8, y + 30, w - 26, C.ink, 4) +
        rect(x + 5, y + 44, w - 10, 16, 4, C.mint, { "stroke-width": 3 }) +
        textLine(x + 8, y + 76, w - 20, C.ink, 4),
      ),
      testTube(30, 60, 1.1),
    ),
  "health-record/images/ask-result.svg": () =>
    picture(
      "yellow",
      phone(20, 24, 60, 116, C.white, (x, y, w) =>
        textLine(x + 7, y + 16, w - 14, C.ink, 4) + rect(x + 4, y + 30, w - 8, 16, 4, C.amber, { "stroke-width": 3 }) + textLine(x + 7, y + 62, w - 20, C.ink, 4),
      ),
      bubble(86, 30, 62, 56, C.white),
      path("M108 50a9 9 0 1 1 12 8c-3 2-4 3-4 7", "none", { stroke: C.blue, "stroke-width": 5 }),
      flat(circle(116, 73, 3.5, C.blue)),
    ),
  "health-record/images/mistake.svg": () =>
    picture("blue", page(16, 20, 92, 120, 5), cross(62, 104, 0.5), pencil(96, 112, 52, -50)),

  // nhs-app: photo ID you can use
  "nhs-app/images/passport.svg": () => picture("blue", passport(44, 22, 72, 116)),
  "nhs-app/images/driving-licence.svg": () => picture("blue", photoCard(14, 40, 132, 84, C.pink, 1)),
  "nhs-app/images/id-card.svg": () =>
    picture("blue", photoCard(14, 40, 132, 84, C.sky, 3), path("M128 54l3 7h7l-6 4 2 7-6-4-6 4 2-7-6-4h7z", C.yellow, { "stroke-width": 2.5 })),

  // gp-appointment: the online form, interpreters and extra help
  "gp-appointment/images/ambulance.svg": call999,
  "gp-appointment/images/online-form.svg": () => formPhone("blue"),
  "gp-appointment/images/reply.svg": () => messagePhone("blue", clock(124, 118, 24)),
  "gp-appointment/images/interpreter.svg": () => interpreter("blue"),
  "gp-appointment/images/extra-help.svg": () =>
    picture(
      "green",
      rect(14, 18, 132, 104, 4, C.paper),
      rect(26, 32, 40, 32, 3, C.sky, { "stroke-width": 3 }),
      clock(112, 46, 18),
      path("M64 124V86a10 10 0 0 1 10-10h32a10 10 0 0 1 10 10v38", C.lilac, { "stroke-width": 4 }),
      rect(54, 96, 72, 20, 6, C.lilac, { "stroke-width": 4 }),
      path("M60 116v12M120 116v12", "none", { "stroke-width": 5 }),
      path("M8 130h144", "none"),
    ),

  // Contact your GP surgery online
  "contact-gp-online/images/ambulance.svg": call999,
  "contact-gp-online/images/surgery-website.svg": () =>
    picture(
      "blue",
      ...browserWindow(),
      building(30, 76, 44, 46, C.paper),
      textLine(90, 74, 40, C.ink, 5),
      rect(88, 94, 46, 20, 7, C.green, { "stroke-width": 4 }),
    ),
  "contact-gp-online/images/choose-reason.svg": () =>
    choicePhone(0, C.sky, (x, y, w) =>
      pill(x + 18, y + 21, 20, -30, C.red, C.white) +
      question(x + 18, y + 51, 0.55) +
      rect(x + 10, y + 76, 16, 14, 2, C.white, { "stroke-width": 2.5 }) +
      textLine(x + 32, y + 21, w - 40, C.ink, 4) +
      textLine(x + 32, y + 53, w - 40, C.ink, 4) +
      textLine(x + 32, y + 85, w - 40, C.ink, 4),
    ),
  "contact-gp-online/images/fill-form.svg": () => formPhone("blue", pencil(108, 120, 44, -45)),
  "contact-gp-online/images/help-needed.svg": () =>
    picture(
      "blue",
      bigPhone(C.white, (x, y, w) => bubble(x + 3, y + 14, w - 6, 46, C.sky) + flag(x + 16, y + 18, 0.7, C.green)),
    ),
  "contact-gp-online/images/when-to-call.svg": () =>
    picture(
      "blue",
      phone(16, 22, 60, 116, C.white, (x, y, w, h) =>
        circle(x + w / 2, y + 26, 11, C.grey, { "stroke-width": 3 }) + circle(x + w / 2, y + h - 18, 9, C.green, { "stroke-width": 3 }),
      ),
      clock(114, 80, 32),
    ),
  "contact-gp-online/images/sent.svg": () => donePhone("green", plane(100, 40, 1)),
  "contact-gp-online/images/next-day.svg": () =>
    picture("blue", calendar(14, 30, 132, 104, 4, 2, (i, x, y, s) => (i === 1 ? tick(x, y, s / 40) : ""))),
  "contact-gp-online/images/reply-message.svg": () => messagePhone("blue"),

  // When NHS login goes wrong
  "nhs-login-problems/images/three-details.svg": () =>
    picture(
      "blue",
      rect(28, 16, 104, 128, 6, C.paper),
      building(44, 38, 32, 26, C.white),
      textLine(84, 40, 36, C.ink, 4),
      rect(40, 78, 80, 14, 3, C.sky, { "stroke-width": 3 }),
      rect(40, 98, 80, 14, 3, C.sky, { "stroke-width": 3 }),
      rect(40, 118, 80, 14, 3, C.sky, { "stroke-width": 3 }),
    ),
  "nhs-login-problems/images/no-photo-id.svg": () => choicePhone(1, C.white, (x, y) => tick(x + 16, y + 53, 0.45)),
  "nhs-login-problems/images/type-details.svg": () =>
    picture(
      "blue",
      bigPhone(C.white, (x, y, w) => {
        let rows = "";
        for (let i = 0; i < 3; i++) rows += rect(x + 4, y + 12 + i * 28, w - 8, 18, 3, C.white, { "stroke-width": 3 }) + dots(x + w / 2, y + 21 + i * 28, 4, 8, 2.5);
        return rows + rect(x + 10, y + 94, w - 20, 12, 5, C.green, { "stroke-width": 3 });
      }),
    ),
  "nhs-login-problems/images/failed.svg": () => picture("red", envelope(18, 40, 96, 66), badge(118, 104, 22, false)),
  "nhs-login-problems/images/retake.svg": () =>
    picture(
      "blue",
      rect(6, 100, 148, 50, 6, "#3d4450"),
      passport(18, 108, 40, 36),
      phone(70, 14, 62, 104, C.sky, (x, y, w, h) => passport(x + 12, y + 20, w - 24, h - 40) + badge(x + w - 8, y + h - 8, 10)),
    ),
  "nhs-login-problems/images/camera.svg": () =>
    picture(
      "grey",
      bigPhone(C.ink, (x, y, w, h) =>
        rect(x + w / 2 - 18, y + h / 2 - 12, 36, 26, 5, C.grey, { "stroke-width": 3 }) +
        path(`M${x + w / 2 - 8} ${y + h / 2 - 12}l4-6h8l4 6`, C.grey, { "stroke-width": 3 }) +
        circle(x + w / 2, y + h / 2 + 1, 7, C.white, { "stroke-width": 3 }),
      ),
      warning(124, 118, 0.9),
    ),
  "nhs-login-problems/images/junk-folder.svg": () =>
    picture("yellow", folder(18, 62, 110, 78), group({ transform: "rotate(15 74 54)" }, envelope(48, 34, 52, 36)), warning(124, 120, 0.8)),
  "nhs-login-problems/images/forgot-password.svg": () =>
    picture("blue", padlock(66, 96, 1.4), circle(124, 46, 24, C.white, { "stroke-width": 4 }), question(124, 42, 1.1)),
  "nhs-login-problems/images/new-number.svg": () =>
    picture(
      "blue",
      phone(10, 34, 50, 96, C.grey, () => ""),
      phone(100, 34, 50, 96, C.sky, (x, y, w) => signal(x + 6, y + 40, 0.8)),
      arrow(64, 82, 96, 82, C.green),
    ),
  "nhs-login-problems/images/more-help.svg": () =>
    picture(
      "purple",
      person(46, 52, 0.9, { skin: 2, hair: HAIR.black, style: "hijab", scarf: C.blue, top: C.purple }),
      person(116, 52, 0.9, { skin: 0, hair: HAIR.grey, style: "short", top: C.green, glasses: true }),
      rect(8, 120, 144, 16, 3, C.brown),
      tablet(58, 92, 44, 30, C.sky),
    ),

  // Help someone else with their GP services online
  "help-someone-else/images/book.svg": () =>
    picture("purple", monthCal(22, 30, 116, 104, (i, x, y, s) => (i === 6 ? circle(x, y, s * 0.55, "none", { stroke: C.blue, "stroke-width": 5 }) : ""))),
  "help-someone-else/images/medicines.svg": () => picture("purple", medicineBox(22, 44, 70, 80), pill(116, 96, 44, -30, C.red, C.white)),
  "help-someone-else/images/record.svg": () => picture("purple", folder(20, 36, 120, 96), heart(80, 86, 1, C.red)),
  "help-someone-else/images/ask-surgery.svg": () =>
    picture(
      "purple",
      person(46, 52, 0.9, { skin: 3, hair: HAIR.black, style: "curly", top: C.amber }),
      person(116, 52, 0.9, { skin: 1, hair: HAIR.white, style: "bald", top: C.blue, glasses: true }),
      rect(8, 120, 144, 16, 3, C.brown),
    ),
  "help-someone-else/images/form-id.svg": () => picture("purple", page(18, 18, 80, 110, 6), passport(96, 64, 50, 78)),
  "help-someone-else/images/agree.svg": () =>
    picture(
      "purple",
      person(56, 30, 1.0, { skin: 1, hair: HAIR.grey, style: "long", top: C.green }),
      page(88, 80, 58, 64, 3),
      pencil(100, 132, 40, -30),
      badge(128, 40, 16),
    ),
  "help-someone-else/images/set-up.svg": () => donePhone("purple"),
  "help-someone-else/images/switch.svg": () =>
    picture(
      "purple",
      bigPhone(C.white, (x, y, w) =>
        circle(x + 16, y + 30, 12, "#8d5524", { "stroke-width": 3 }) +
        circle(x + w - 16, y + 70, 12, "#f6d5b8", { "stroke-width": 3 }) +
        arrow(x + 20, y + 48, x + w - 20, y + 58, C.green),
      ),
    ),
  "help-someone-else/images/whose-profile.svg": () =>
    picture(
      "purple",
      bigPhone(C.white, (x, y, w) =>
        rect(x, y, w, 22, 3, C.yellow, { "stroke-width": 3 }) +
        circle(x + 12, y + 11, 6, "#f6d5b8", { "stroke-width": 2.5 }) +
        textLine(x + 24, y + 11, w - 32, C.ink, 4) +
        textLine(x + 8, y + 40, w - 16, C.ink, 4) +
        textLine(x + 8, y + 54, w - 26, C.ink, 4),
      ),
    ),

  // Register with a GP surgery
  "register-with-gp/images/no-address.svg": () => notNeeded("green", house(66, 120, 1.1)),
  "register-with-gp/images/no-id.svg": () => notNeeded("green", photoCard(10, 36, 112, 72, C.sky, 2)),
  "register-with-gp/images/no-papers.svg": () => notNeeded("green", folder(14, 36, 100, 76), page(30, 20, 60, 40, 2)),
  "register-with-gp/images/no-nhs-number.svg": () =>
    notNeeded("green", card(12, 44, 104, 62, C.white), rect(12, 44, 104, 14, 7, C.blue, { "stroke-width": 4 }), dots(64, 84, 10, 9, 3)),
  "register-with-gp/images/find-surgery.svg": () =>
    picture(
      "green",
      rect(12, 20, 136, 120, 8, C.mint),
      path("M12 70h136M60 20v120M110 20v120", "none", { stroke: C.white, "stroke-width": 8 }),
      pin(40, 54, 1),
      pin(88, 104, 1),
      pin(128, 46, 1, C.blue),
    ),
  "register-with-gp/images/register-form.svg": () => formPhone("green", page(104, 60, 50, 80, 4)),
  "register-with-gp/images/your-details.svg": () =>
    picture(
      "green",
      rect(24, 14, 112, 132, 6, C.paper),
      circle(50, 44, 12, "#e6b48a", { "stroke-width": 3 }),
      textLine(72, 44, 50, C.ink, 5),
      rect(36, 70, 88, 14, 3, C.white, { "stroke-width": 3 }),
      rect(36, 92, 88, 14, 3, C.white, { "stroke-width": 3 }),
      rect(36, 114, 88, 20, 3, C.white, { "stroke-width": 3 }),
    ),
  "register-with-gp/images/interpreter.svg": () => interpreter("green"),
  "register-with-gp/images/registered.svg": () => picture("green", envelope(18, 40, 96, 66), badge(118, 104, 22)),
  "register-with-gp/images/refused.svg": () => picture("red", page(22, 18, 80, 118, 5), cross(62, 110, 0.6), pencil(102, 118, 48, -50)),

  // Messages and notifications in the NHS App
  "nhs-app-messages/images/appointment.svg": () =>
    picture("blue", monthCal(22, 30, 116, 104, (i, x, y, s) => (i === 5 ? circle(x, y, s * 0.55, "none", { stroke: C.blue, "stroke-width": 5 }) : ""))),
  "nhs-app-messages/images/result.svg": () => picture("blue", page(56, 22, 84, 116, 5), testTube(34, 50, 1.3)),
  "nhs-app-messages/images/vaccine.svg": () => picture("blue", shield(104, 86, 1.6), syringe(50, 80, 1.2, -45)),
  "nhs-app-messages/images/more-menu.svg": () =>
    picture(
      "blue",
      bigPhone(C.white, (x, y, w, h) => {
        let rows = "";
        for (let i = 0; i < 4; i++) rows += textLine(x + 8, y + 16 + i * 16, w - 16 - (i % 2) * 10, C.ink, 4);
        return (
          rows +
          path(`M${x} ${y + h - 22}h${w}`, "none", { "stroke-width": 3 }) +
          flat(circle(x + 12, y + h - 10, 3.5, C.grey), circle(x + w / 2, y + h - 10, 3.5, C.grey)) +
          circle(x + w - 12, y + h - 10, 7, C.yellow, { "stroke-width": 3 })
        );
      }),
    ),
  "nhs-app-messages/images/switch-on.svg": () =>
    picture(
      "blue",
      bigPhone(C.white, (x, y, w, h) => textLine(x + 8, y + 24, w - 16, C.ink, 4) + textLine(x + 8, y + 38, w - 26, C.ink, 4) + toggle(x + w / 2, y + h / 2 + 14, 0.8, true)),
    ),
  "nhs-app-messages/images/alert.svg": () =>
    picture(
      "blue",
      bigPhone(C.sky, (x, y, w, h) =>
        rect(x + 3, y + 6, w - 6, 22, 5, C.white, { "stroke-width": 3 }) +
        rect(x + 7, y + 11, 12, 12, 3, C.blue, { "stroke-width": 2.5 }) +
        textLine(x + 24, y + 17, w - 32, C.ink, 4) +
        rect(x + w / 2 - 14, y + h - 40, 28, 28, 7, C.blue, { "stroke-width": 3 }) +
        circle(x + w / 2 + 14, y + h - 40, 8, C.red, { "stroke-width": 3 }),
      ),
    ),
  "nhs-app-messages/images/inbox.svg": () => messagePhone("blue"),
  "nhs-app-messages/images/shared-phone.svg": () =>
    picture(
      "yellow",
      person(40, 40, 0.85, { skin: 4, hair: HAIR.black, style: "short", top: C.green }),
      person(120, 40, 0.85, { skin: 1, hair: HAIR.red, style: "long", top: C.purple }),
      rect(8, 118, 144, 16, 3, C.brown),
      phone(62, 72, 36, 58, C.sky, (x, y, w) => rect(x + 2, y + 3, w - 4, 10, 3, C.white, { "stroke-width": 2 })),
    ),

  // Make an email account
  "make-email-account/images/choose-service.svg": () => picture("green", envelope(10, 48, 66, 48, C.pink), envelope(84, 48, 66, 48, C.sky)),
  "make-email-account/images/create.svg": () =>
    picture(
      "green",
      bigPhone(C.white, (x, y, w, h) =>
        envelope(x + 10, y + 16, w - 20, 34, C.sky) + rect(x + 6, y + h - 28, w - 12, 18, 6, C.blue, { "stroke-width": 3 }),
      ),
    ),
  "make-email-account/images/about-you.svg": () =>
    picture(
      "green",
      rect(20, 22, 120, 116, 6, C.paper),
      circle(48, 54, 14, "#c68642", { "stroke-width": 3 }),
      textLine(74, 48, 50, C.ink, 5),
      textLine(74, 62, 36, C.ink, 5),
      rect(32, 86, 96, 16, 3, C.white, { "stroke-width": 3 }),
      calendar(96, 108, 36, 26, 2, 1),
    ),
  "make-email-account/images/address.svg": () =>
    picture(
      "green",
      envelope(16, 40, 128, 88),
      circle(80, 96, 14, "none", { stroke: C.blue, "stroke-width": 5 }),
      path("M94 96v6a8 8 0 0 0 14 0v-6a28 28 0 1 0-10 20", "none", { stroke: C.blue, "stroke-width": 5 }),
    ),
  "make-email-account/images/three-words.svg": () =>
    picture(
      "green",
      card(8, 56, 44, 48, C.sky),
      card(58, 56, 44, 48, C.mint),
      card(108, 56, 44, 48, C.pink),
      textLine(18, 80, 24, C.ink, 5),
      textLine(68, 80, 24, C.ink, 5),
      textLine(118, 80, 24, C.ink, 5),
      padlock(80, 132, 0.6),
    ),
  "make-email-account/images/write-down.svg": () =>
    picture(
      "green",
      rect(18, 84, 124, 60, 4, C.brown),
      path("M18 104h124", "none", { "stroke-width": 4 }),
      rect(68, 90, 24, 8, 3, C.amber, { "stroke-width": 3 }),
      rect(38, 20, 84, 60, 5, C.paper),
      textLine(50, 38, 56, C.ink, 4),
      textLine(50, 52, 40, C.ink, 4),
      pencil(104, 66, 30, -30),
    ),
  "make-email-account/images/phone-code.svg": () =>
    picture(
      "green",
      bigPhone(C.white, (x, y, w) => bubble(x + 2, y + 20, w - 4, 34, C.sky) + dots(x + w / 2, y + 35, 6, 8, 2.8)),
    ),
  "make-email-account/images/two-step.svg": () =>
    picture("green", padlock(52, 92, 1.3), phone(92, 30, 56, 108, C.white, (x, y, w, h) => badge(x + w / 2, y + h / 2, 14))),
  "make-email-account/images/test-email.svg": () =>
    picture(
      "green",
      phone(8, 40, 44, 88, C.sky, () => ""),
      phone(108, 40, 44, 88, C.sky, () => ""),
      group({ transform: "rotate(-15 80 64)" }, envelope(58, 48, 44, 30)),
      path("M56 100q24 20 48 0", "none", { stroke: C.blue, "stroke-width": 4, "stroke-dasharray": "6 6" }),
    ),
};
