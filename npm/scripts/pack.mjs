// Packing a package into a fresh work folder, for the scripts that install the tarball
// into real projects (packaging.mjs, element-frameworks.mjs).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Runs a command in `cwd` and returns its output; its errors go to the terminal. */
export function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

/** Empties `work`, runs `npm pack` of `packageDir` into it and returns the tarball's path. */
export function packInto(packageDir, work) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  run("npm", ["pack", "--pack-destination", work, "--loglevel=error", packageDir], work);
  return join(work, readdirSync(work).find((file) => file.endsWith(".tgz")));
}
