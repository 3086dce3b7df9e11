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

/** GET a route with query parameters (empty ones left out): get("/events", {type: "ASSAULT"}). */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined) query.set(name, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  return json(await fetch(url, { headers: { Accept: "application/json" } }));
}

/** POST a JSON body: post("/extract", {text: "قتل 7 مدنيين …", published: "2023-09-20"}). */
export async function post(path, body) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  return json(await fetch(path, { method: "POST", headers, body: JSON.stringify(body) }));
}
