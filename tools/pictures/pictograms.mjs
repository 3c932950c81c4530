// The SVG pictograms of every guide, by output path under content/. Each is drawn from the
// kit in draw.mjs; the guide's Markdown describes each one in its alt text.
import {
  C, HAIR, picture, rect, circle, ellipse, path, group, flat, thin, phone, bigPhone, tablet, textLine, tick, cross,
  badge, warning, envelope, padlock, calendar, clock, bubble, dots, magnifier, pill, medicineBox, hook, heart, page,
  pencil, person, building, signal, wifi, fingerprint, plane, arrow, card, testTube, syringe,
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
      rect(14, 30, 132, 100, 10, C.white),
      path("M14 54h132", "none"),
      flat(circle(28, 42, 4, C.ink), circle(42, 42, 4, C.ink)),
      rect(56, 36, 80, 12, 6, "#f2f4f7", { "stroke-width": 3 }),
      textLine(30, 72, 100, C.ink, 5),
      textLine(30, 86, 70, C.ink, 5),
      rect(40, 98, 80, 22, 8, C.blue, { "stroke-width": 4 }),
      arrow(72, 109, 88, 109, C.white),
    ),

  // 5. Spot fake NHS texts, emails and calls
  "spot-nhs-scams/images/link.svg": () =>
    picture(
      "yellow",
      bigPhone(C.white, (x, y, w) =>
        bubble(x + 2, y + 8, w - 4, 44, C.sky) +
        group(
          { stroke: C.blue, "stroke-width": 4 },
          rect(x + 10, y + 22, 20, 12, 6, "none"),
          rect(x + 24, y + 22, 20, 12, 6, "none"),
        ),
      ),
      hook(92, 70, 1.3),
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
    picture("yellow", envelope(22, 54, 116, 80), path("M89 8v40", "none", { stroke: "#555b61", "stroke-width": 3 }), hook(89, 44, 1.6), warning(124, 120, 0.7)),
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
};
