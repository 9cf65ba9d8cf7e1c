// Node benchmark (not a test): validatePin throughput on 100,000 six-digit PINs, side by
// side with zxcvbn and @zxcvbn-ts/core on the same PINs. Target: ≥ 1 million PINs/s and
// ≥ 300× zxcvbn. Run by `cargo xtask bench`.
import { validatePin } from "pinwarden";
import zxcvbn from "zxcvbn";
import zxcvbnTsPackage from "@zxcvbn-ts/core";

const zxcvbnTs = new zxcvbnTsPackage.ZxcvbnFactory();

const COUNT = 100_000;
const pins = Array.from({ length: COUNT }, (_, i) => String((i * 7_919_993) % 1_000_000).padStart(6, "0"));
const context = { extensions: ["36697"] };

/** Calls `check` for half a second (at least 1,000 times) so the JIT has optimised it. */
function warmUp(check) {
  const until = process.hrtime.bigint() + 500_000_000n;
  for (let i = 0; i < 1_000 || process.hrtime.bigint() < until; i++) check(pins[i % COUNT]);
}

function measure(name, check, count = COUNT) {
  warmUp(check);
  const start = process.hrtime.bigint();
  let refused = 0;
  for (let i = 0; i < count; i++) refused += check(pins[i]) ? 0 : 1;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = count / seconds;
  console.log(`${name.padEnd(38)} ${perSecond.toFixed(0).padStart(10)} PINs/s  (${((seconds / count) * 1e6).toFixed(2)} µs each, ${refused} refused of ${count})`);
  return perSecond;
}

const ours = measure("pinwarden validatePin (exchange)", (pin) => validatePin(pin, "exchange", context).ok);
measure("pinwarden validatePin (strict)", (pin) => validatePin(pin, "strict", context).ok);
// A policy object (the general path; the policy is read once, then kept by its JSON text).
const policy = { minLength: 6, maxLength: 10, failuresBeforeLockout: 10, extraChecks: ["date", { check: "palindrome", lengths: [6] }] };
measure("pinwarden validatePin (policy object)", (pin) => validatePin(pin, policy, context).ok);
// zxcvbn is far slower: time it on a tenth of the PINs, reported per PIN all the same.
const classic = measure("zxcvbn 4.4.2", (pin) => zxcvbn(pin, ["36697"]).score >= 3, COUNT / 10);
const ts = measure("@zxcvbn-ts/core 4.2.0", (pin) => zxcvbnTs.check(pin, ["36697"]).score >= 3, COUNT / 10);
console.log(`\npinwarden is ${(ours / classic).toFixed(0)}× zxcvbn and ${(ours / ts).toFixed(0)}× @zxcvbn-ts/core`);
