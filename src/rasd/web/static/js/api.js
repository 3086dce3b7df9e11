// The JSON API the page reads: the same routes any client uses (see /docs).

/** An API error with the server's message, e.g. 404 "no event ev-…". */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function json(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail ?? body);
    throw new ApiError(response.status, `${response.status}: ${detail}`);
  }
  return body;
}

const KEY_STORE = "rasd-api-key";
const KEY_PROMPT = "مفتاح API لهذا الخادم (rasd keys create) — API key for this server:";
let asking = null;

/** The headers plus the API key this tab was given, if any. */
function withKey(headers) {
  const key = sessionStorage.getItem(KEY_STORE);
  return key ? { ...headers, "X-API-Key": key } : headers;
}

/** Ask the reader once for a key (a server run with --read-key-required answers 401 without one). */
function askKey() {
  asking ??= Promise.resolve().then(() => {
    const key = (window.prompt(KEY_PROMPT) || "").trim();
    if (key) sessionStorage.setItem(KEY_STORE, key);
    return key;
  });
  return asking;
}

/** fetch with the tab's key; on a 401 ask for a key once and try again with it. */
async function send(url, init) {
  const response = await fetch(url, { ...init, headers: withKey(init.headers) });
  if (response.status !== 401 || !(await askKey())) return json(response);
  return json(await fetch(url, { ...init, headers: withKey(init.headers) }));
}

/** GET a route with query parameters (empty ones left out): get("/events", {type: "ASSAULT"}). */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined) query.set(name, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  return send(url, { headers: { Accept: "application/json" } });
}

/** POST a JSON body: post("/extract", {text: "قتل 7 مدنيين …", published: "2023-09-20"}). */
export async function post(path, body) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  return send(path, { method: "POST", headers, body: JSON.stringify(body) });
}
