// The event page (#/event/ID): the happening, its sources side by side, each source's text with evidence.

import { h, replace } from "./dom.js";
import { claimsAndDenials, markedText, safeLink } from "./evidence.js";
import { actorsOf, figure, placeOf } from "./format.js";
import { t, typeName } from "./i18n.js";

function summary(lang, event, count) {
  const items = [
    [t(lang, "col_date"), event.date ? h("bdi", { dir: "ltr" }, event.date) : ""],
    [t(lang, "col_place"), placeOf(lang, event)],
    [t(lang, "col_actors"), actorsOf(lang, event)],
    [t(lang, "col_killed"), figure(event.killed, event.killed_range)],
    [t(lang, "col_injured"), figure(event.injured, event.injured_range)],
    [t(lang, "col_sources"), String(count)],
    ["ACLED", [event.acled_event_type, event.acled_sub_event_type].filter(Boolean).join(" / ")],
  ].filter(([, value]) => value);
  return h("dl", { class: "summary" }, items.map(([name, value]) => h("div", {}, h("dt", {}, name), h("dd", {}, value))));
}

function comparison(lang, sources) {
  const head = ["source", "published", "col_killed", "col_injured", "reported_by", "denied_by"];
  return h(
    "table",
    { class: "comparison" },
    h("caption", {}, t(lang, "sources_heading")),
    h("thead", {}, h("tr", {}, head.map((key) => h("th", { scope: "col" }, t(lang, key))))),
    h(
      "tbody",
      {},
      sources.map(({ report, article }) =>
        h(
          "tr",
          { "data-article": article.id },
          h("th", { scope: "row" }, article.outlet || article.id),
          h("td", { dir: "ltr" }, article.published || ""),
          h("td", { class: "n" }, report.killed ?? ""),
          h("td", { class: "n" }, report.injured ?? ""),
          h("td", {}, report.reported_by || ""),
          h("td", {}, (report.denied_by || []).join("، ")),
        ),
      ),
    ),
  );
}

function source(lang, { report, event, article }) {
  const title = article.title || article.outlet || article.id;
  return h(
    "article",
    { class: "source", "data-article": article.id },
    h("h3", {}, article.url ? safeLink(article.url, title) : title),
    h("p", { class: "meta" }, article.outlet || "", article.outlet && article.published ? " · " : "", article.published ? h("bdi", { dir: "ltr" }, article.published) : ""),
    report.why ? h("p", { class: "why" }, `${t(lang, "why")}: ${report.why}`) : null,
    claimsAndDenials(lang, report, event),
    markedText(lang, article.text, event),
  );
}

/** Fill `view` with the event `detail` ({event, reports: [{report, event, article}]}) from GET /events/ID. */
export function showEvent(view, lang, detail) {
  const event = detail.event;
  const sources = detail.reports || [];
  replace(
    view,
    h("p", {}, h("a", { href: "#/", class: "back" }, t(lang, "back"))),
    h("h2", { "data-type": event.event_type }, `${typeName(lang, event.event_type)} — ${placeOf(lang, event) || event.date || ""}`),
    summary(lang, event, sources.length),
    comparison(lang, sources),
    h("div", { class: "source-list" }, sources.map((item) => source(lang, item))),
  );
}
