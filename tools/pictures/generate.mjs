// Writes every SVG pictogram of the guides into content/<guide>/images/.
//
//   node tools/pictures/generate.mjs            write the pictures
//   node tools/pictures/generate.mjs --check    fail if a written picture differs (no writes)
//
// No dependencies. The same code always writes the same bytes.
import fs from "node:fs";
import path from "node:path";
import { PICTOGRAMS } from "./pictograms.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const check = process.argv.includes("--check");
const LIMIT = 8 * 1024;
let problems = 0;

for (const [rel, draw] of Object.entries(PICTOGRAMS)) {
  const svg = draw();
  const file = path.join(root, "content", rel);
  if (svg.length > LIMIT) {
    console.error(`${rel}: ${svg.length} bytes, over the ${LIMIT} byte limit`);
    problems++;
  }
  if (check) {
    const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
    if (old !== svg) {
      console.error(`${rel}: differs from what the generator draws`);
      problems++;
    }
    continue;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, svg);
}
console.log(`${Object.keys(PICTOGRAMS).length} pictograms ${check ? "checked" : "written"}, ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
