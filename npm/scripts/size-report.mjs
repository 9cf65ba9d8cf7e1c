// Size report of a package: raw, gzip and brotli bytes of each wasm and JS file, and the
// budget line. Usage: node size-report.mjs <package dir> [npm|element]
//   npm:     the package's files, and the `pinwarden/checks` wasm (checks and generation,
//            without the PIN history) against 40 KB gzip (the npm issue)
//   element: the whole <pin-field> package (JS + wasm) against 150 KB gzip (the widget issue)
// Both budgets are deterministic: over one, the script exits with 1 and the build fails.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const packageDir = process.argv[2];
const kind = process.argv[3] ?? "npm";
const BUDGET_GZIP = (kind === "element" ? 150 : 40) * 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(packageDir)
  .filter((path) => /\.(wasm|js|cjs|mjs)$/.test(path))
  .map((path) => {
    const bytes = readFileSync(path);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { file: relative(packageDir, path), raw: bytes.length, gzip, brotli };
  })
  .sort((a, b) => a.file.localeCompare(b.file));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const width = Math.max(...rows.map((r) => r.file.length));
console.log(`${"file".padEnd(width)}  ${"raw".padStart(9)}  ${"gzip".padStart(9)}  ${"brotli".padStart(9)}`);
for (const r of rows) {
  console.log(`${r.file.padEnd(width)}  ${kb(r.raw).padStart(9)}  ${kb(r.gzip).padStart(9)}  ${kb(r.brotli).padStart(9)}`);
}
if (kind === "element") {
  const gzip = rows.reduce((sum, r) => sum + r.gzip, 0);
  const brotli = rows.reduce((sum, r) => sum + r.brotli, 0);
  const verdict = gzip <= BUDGET_GZIP ? "within" : "OVER";
  console.log(`\nbudget: the <pin-field> package (JS + wasm) is ${kb(gzip)} gzip (${kb(brotli)} brotli): ${verdict} the 150 KB budget`);
  if (gzip > BUDGET_GZIP) process.exitCode = 1; // a deterministic budget: it fails the build
} else {
  const row = (file) => rows.find((r) => r.file === file);
  const download = (dir) => {
    const files = rows.filter((r) => r.file.startsWith(`${dir}/`) || r.file === "validate.js");
    const sum = (key) => files.reduce((total, r) => total + r[key], 0);
    return `${kb(sum("gzip"))} gzip, ${kb(sum("brotli"))} brotli`;
  };
  console.log(`\nbrowser download of "pinwarden" (web/ and validate.js): ${download("web")}`);
  console.log(`browser download of "pinwarden/checks" (checks/ and validate.js): ${download("checks")}`);
  console.log(`the full wasm (checks, generation, Argon2id history and accounts) is ${kb(row("web/pinwarden_bg.wasm").gzip)} gzip`);
  const checks = row("checks/pinwarden_bg.wasm");
  const verdict = checks.gzip <= BUDGET_GZIP ? "within" : "OVER";
  console.log(`budget: the pinwarden/checks wasm (checks and generation) is ${kb(checks.raw)} raw, ${kb(checks.gzip)} gzip, ${kb(checks.brotli)} brotli: ${verdict} the 40 KB gzip budget`);
  if (checks.gzip > BUDGET_GZIP) process.exitCode = 1; // a deterministic budget: it fails the build
}
