// What every browser test of the repository shares, wherever it lives (npm/scripts,
// web/tests, www/e2e): the one static file server on 127.0.0.1, Chromium kept off the
// network, the page-error watch, and the development packages of the one JavaScript test
// workspace — npm/package.json and its lock file, installed in npm/node_modules by
// `cargo xtask` (`npm ci`). A script outside npm/ cannot name those packages in its own
// imports (Node looks for node_modules beside the script); it imports them from here.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export { chromium } from "playwright-core";

/** The JavaScript test workspace: the folder of its package.json and node_modules. */
export const WORKSPACE = join(dirname(fileURLToPath(import.meta.url)), "..");

/** `require` as seen from the workspace (for files of a package, e.g. axe-core's script). */
export const requireDev = createRequire(join(WORKSPACE, "package.json"));

/** `import(specifier)` as seen from the workspace: its packages, `pinwarden` included. */
export function importDev(specifier) {
  return import(specifier);
}

/** The workspace's command-line tool `name` (`vite`, `tsc`…). */
export function devBin(name) {
  return join(WORKSPACE, "node_modules", ".bin", name);
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json", ".png": "image/png" };

/** Serves `dir` on a free port; resolves to `{ url, close }`. */
export async function serve(dir, extra = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(request.url.split("?")[0]);
    if (extra[path]) {
      response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "text/html" });
      return response.end(extra[path]);
    }
    const file = join(dir, normalize(path === "/" ? "index.html" : path).replace(/^(\.\.[/\\])+/, ""));
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Chromium flags that keep it off the (closed) network. */
export const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

/**
 * Pushes the page's uncaught errors and console errors into `errors`, and returns it.
 * `expected(message)` may pass over a console error the page means (it gets Playwright's
 * console message).
 */
export function watchErrors(page, errors = [], { expected = () => false } = {}) {
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() !== "error" || expected(message)) return;
    const at = message.location()?.url;
    errors.push(at ? `${message.text()} (${at})` : message.text());
  });
  return errors;
}
