// A tiny static file server on 127.0.0.1 for the browser scripts (no dependencies), and
// what every one of them sets up in Chromium.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, extname, normalize } from "node:path";

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

/** Pushes the page's uncaught errors and console errors into `errors`, and returns it. */
export function watchErrors(page, errors = []) {
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  return errors;
}
