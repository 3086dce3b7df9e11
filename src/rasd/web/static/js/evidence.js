// One article's side of an event: its claims and denials side by side, and its text with the evidence marked.

import { h, highlighted } from "./dom.js";
import { categoryName, fieldName, t } from "./i18n.js";

const CLAIMS = ["killed", "injured", "captured", "missing", "reported_by"];

/** A link only for http(s) addresses; anything else (javascript:, data:) stays plain text. */
export function safeLink(url, label) {
  try {
    const parsed = new URL(url, window.location.href);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return h("a", { href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank" }, label);
    }
  } catch {
    // not a URL at all: shown as text
  }
  return h("span", {}, label);
}

function breakdown(lang, event) {
  const parts = Object.entries(event.breakdown || {}).map(([who, n]) => `${categoryName(lang, who)} ${n}`);
  return parts.length ? ` (${parts.join(lang === "ar" ? "، " : ", ")})` : "";
}

/** Claims and denials of one report, side by side: killed 7 … | denied by AZE. */
export function claimsAndDenials(lang, report, event) {
  const rows = CLAIMS.filter((field) => report[field] !== null && report[field] !== undefined).map((field) =>
    h("div", { class: "claim", "data-claim": field },
      h("dt", {}, fieldName(lang, field)),
      h("dd", {}, String(report[field]), field === "killed" ? breakdown(lang, event) : ""),
    ),
  );
  const denials = report.denied_by || [];
  return h(
    "div",
    { class: "claims-denials" },
    h("section", { class: "claims" }, h("h4", {}, t(lang, "claims")), h("dl", {}, rows)),
    h(
      "section",
      { class: "denials" },
      h("h4", {}, t(lang, "denials")),
      denials.length
        ? h("ul", {}, denials.map((who) => h("li", { "data-denied-by": who }, who)))
        : h("p", { class: "none" }, t(lang, "no_denial")),
    ),
  );
}

/** The colour key of the fields an event has evidence for. */
export function legend(lang, event) {
  const fields = Object.keys(event.field_evidence || {});
  return h(
    "p",
    { class: "legend", "aria-label": t(lang, "legend") },
    fields.map((field) => h("span", { class: "chip", "data-field": field }, fieldName(lang, field))),
  );
}

/** The article text with `event`'s evidence marked, under its colour key. */
export function markedText(lang, text, event) {
  return h(
    "figure",
    { class: "evidence" },
    h("figcaption", {}, t(lang, "article_text")),
    legend(lang, event),
    highlighted(text, event, (field) => fieldName(lang, field)),
  );
}
