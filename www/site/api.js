// Calls to the reference server's API (SPEC §10): JSON in and out, the page's language in
// `Accept-Language`, the administrator's token in `Authorization` when asked for. A PIN
// only ever travels in a POST body, never in a URL.
import { language } from "./i18n.js";

const TOKEN_KEY = "pinwarden-admin-token";

/**
 * The administrator's token. Opening the address the server prints at start
 * (`…/reset.html#token=…`) hands it over in the URL fragment, which never reaches a server
 * or a log; it is kept in this tab's sessionStorage and taken out of the address bar.
 */
export function adminToken() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const given = fragment.get("token");
  if (given) {
    setAdminToken(given);
    history.replaceState(history.state, "", location.pathname + location.search);
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? "";
  } catch {
    return given ?? "";
  }
}

/** Keeps `token` for this tab (an empty one forgets it). */
export function setAdminToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage refused: the token lasts as long as the page.
  }
}

/**
 * Calls `method path` with `body` (sent as JSON when given). Resolves to
 * `{ status, body }`, `body` being the parsed JSON answer or null; `status` is 0 when the
 * server could not be reached. Never throws.
 */
export async function call(method, path, body, { admin = false } = {}) {
  const headers = { Accept: "application/json", "Accept-Language": language() };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (admin) {
    const token = adminToken();
    if (token) headers.Authorization = `Bearer ${token}`;
  }
  try {
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      credentials: "same-origin",
    });
    const text = await response.text();
    let parsed = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed };
  } catch {
    return { status: 0, body: null };
  }
}

/** The path of a user's call: `/api/users/<name>/<rest>`, the name percent-encoded. */
export function userPath(name, rest = "") {
  return `/api/users/${encodeURIComponent(name)}${rest ? `/${rest}` : ""}`;
}

/**
 * Runs `work` with `element` marked `aria-busy` until it settles, so that assistive
 * technologies (and tests) know an answer is awaited.
 */
export async function whileBusy(element, work) {
  element.setAttribute("aria-busy", "true");
  try {
    return await work();
  } finally {
    element.removeAttribute("aria-busy");
  }
}
