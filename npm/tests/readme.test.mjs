// Every JavaScript example of the package README runs as written.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const examples = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);

test("the README has examples", () => assert.ok(examples.length >= 5, `${examples.length} examples`));

// Written next to the tests so that `import "pinwarden"` resolves as in a user's project.
const dir = mkdtempSync(join(new URL(".", import.meta.url).pathname, ".readme-"));
after(() => rmSync(dir, { recursive: true, force: true }));
examples.forEach((code, index) => {
  test(`README example ${index + 1} runs`, () => {
    const file = join(dir, `example-${index + 1}.mjs`);
    writeFileSync(file, code);
    const run = spawnSync(process.execPath, [file], { encoding: "utf8" });
    assert.equal(run.status, 0, `example ${index + 1} failed:\n${code}\n${run.stderr}`);
  });
});
