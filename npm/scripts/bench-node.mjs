// Node benchmark (not a test): validatePin throughput on 20,000 six-digit PINs with the
// context `{ extensions: ["36697"] }`, for each way a server passes its policy, side by side
// with zxcvbn and @zxcvbn-ts/core on the same PINs. Target (SPEC §8, issue 15): every row
// ≥ 1 million PINs/s and ≥ 300× zxcvbn in the same run. Run by `cargo xtask bench`.
// Usage: node bench-node.mjs [package dir]   (default: the `pinwarden` that npm resolves)
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import zxcvbn from "zxcvbn";
import zxcvbnTsPackage from "@zxcvbn-ts/core";

const packageDir = process.argv[2];
const pinwarden = await import(packageDir ? pathToFileURL(resolve(packageDir, "node/index.mjs")).href : "pinwarden");
const { validatePin, parsePolicy } = pinwarden;
const zxcvbnTs = new zxcvbnTsPackage.ZxcvbnFactory();

const COUNT = 20_000;
// Each contender is measured this many times, interleaved, in rounds of the same length, and
// its best round counts: on a machine shared with other work, each gets its quiet moments.
const ROUNDS = 10;
const pins = Array.from({ length: COUNT }, (_, i) => String((i * 7_919_993) % 1_000_000).padStart(6, "0"));
const context = { extensions: ["36697"] };

// The ways of passing a policy: the first four rows are issue 15's targets; the last two
// are shown for what they cost. The objects are made once and passed call after call, as
// a server does.
const parsedExchange = parsePolicy("exchange");
const organisation = { minLength: 6, MaxLogonAttempts: "10", extraChecks: ["date", "keypadPattern"] };
const parsedStrict = parsePolicy("strict");
const TARGET_ROWS = 4;
const rows = [
  ["preset \"exchange\"", (pin) => validatePin(pin, "exchange", context).ok],
  ["parsePolicy(\"exchange\") object", (pin) => validatePin(pin, parsedExchange, context).ok],
  ["organisation's own literal", (pin) => validatePin(pin, organisation, context).ok],
  ["preset \"strict\"", (pin) => validatePin(pin, "strict", context).ok],
  // Not a target: strict's object has 45 values to read at each call.
  ["parsePolicy(\"strict\") object", (pin) => validatePin(pin, parsedStrict, context).ok],
  // Not a target: a new object literal every call (its text is found among those compiled).
  ["a new literal every call", (pin) => validatePin(pin, { minLength: 6, MaxLogonAttempts: "10", extraChecks: ["date", "keypadPattern"] }, context).ok],
];
// zxcvbn is far slower: in the same time it goes through fewer of the same PINs.
const yardsticks = [
  ["zxcvbn 4.4.2", (pin) => zxcvbn(pin, ["36697"]).score >= 3],
  ["@zxcvbn-ts/core 4.2.0", (pin) => zxcvbnTs.check(pin, ["36697"]).score >= 3],
];

/** Calls `check` for half a second (at least 1,000 times) so the JIT has optimised it. */
function warmUp(check) {
  const until = process.hrtime.bigint() + 500_000_000n;
  for (let i = 0; i < 1_000 || process.hrtime.bigint() < until; i++) check(pins[i % COUNT]);
}

/** Microseconds of CPU this process has used (user and system). */
function cpuMicros() {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * One round: `check` on the PINs in order from `contender.next` (going round them) for
 * ROUND_NS, the clock read every `batch` calls. Keeps the round's PINs per CPU-second (the
 * process's own time, which other work on the machine does not count in) if best, and its
 * PINs per second of wall time beside it.
 */
function round(contender) {
  const { check, batch } = contender;
  const start = process.hrtime.bigint();
  const startCpu = cpuMicros();
  const until = start + ROUND_NS;
  let calls = 0;
  let now = start;
  let i = contender.next;
  while (now < until) {
    for (let n = 0; n < batch; n++) {
      if (check(pins[i])) accepted += 1;
      i = i + 1 === COUNT ? 0 : i + 1;
    }
    calls += batch;
    now = process.hrtime.bigint();
  }
  const perCpuSecond = calls / ((cpuMicros() - startCpu) / 1e6);
  contender.next = i;
  if (perCpuSecond > contender.best) {
    contender.best = perCpuSecond;
    contender.wall = calls / (Number(now - start) / 1e9);
  }
}

const ROUND_NS = 100_000_000n; // every contender's rounds last the same 0.1 s
let accepted = 0; // what the calls answered, so that none of them can be left out
const contenders = [
  ...rows.map(([name, check]) => ({ name, check, batch: 1_000, next: 0, best: 0, wall: 0 })),
  ...yardsticks.map(([name, check]) => ({ name, check, batch: 1, next: 0, best: 0, wall: 0 })),
];
const loadBefore = loadavg();
for (const contender of contenders) warmUp(contender.check);
for (let n = 0; n < ROUNDS; n++) contenders.forEach(round);
const loadAfter = loadavg();
for (const contender of contenders.slice(0, rows.length)) {
  contender.refused = pins.filter((pin) => !contender.check(pin)).length;
}

const [classic, ts] = contenders.slice(rows.length).map((c) => c.best);
const format = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : `${Math.round(n).toLocaleString("en")}`);
console.log(`validatePin in Node ${process.version}, ${COUNT.toLocaleString("en")} six-digit PINs, context {extensions: ["36697"]}, best of ${ROUNDS} interleaved rounds of 0.1 s each, in PINs per CPU-second of this process`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; load average ${loadBefore[0].toFixed(2)} before, ${loadAfter[0].toFixed(2)} after\n`);
console.log(`| how the policy is passed | PINs/s | µs each | × zxcvbn | × @zxcvbn-ts | refused | PINs/s of wall time |`);
console.log(`|---|---:|---:|---:|---:|---:|---:|`);
let missed = [];
for (const [i, contender] of contenders.entries()) {
  const perSecond = contender.best;
  const isRow = i < rows.length;
  const ratio = (of) => (isRow ? `${Math.round(perSecond / of)}×` : "");
  const refused = isRow ? `${contender.refused} of ${COUNT}` : "";
  console.log(`| ${contender.name} | ${format(perSecond)} | ${(1e6 / perSecond).toFixed(2)} | ${ratio(classic)} | ${ratio(ts)} | ${refused} | ${format(contender.wall)} |`);
  if (isRow && i < TARGET_ROWS && (perSecond < 1e6 || perSecond / classic < 300)) missed.push(contender.name);
}
console.log(missed.length === 0
  ? "\nevery target row is ≥ 1 M PINs/s and ≥ 300× zxcvbn"
  : `\nbelow 1 M PINs/s or 300× zxcvbn in this run: ${missed.join(", ")}`);
