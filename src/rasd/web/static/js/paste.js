// The paste box (#/extract): any text to POST /extract, its events listed, the chosen one's evidence marked.

import { post } from "./api.js";
import { h, replace } from "./dom.js";
import { markedText } from "./evidence.js";
import { actorsOf, placeOf } from "./format.js";
import { t, typeName } from "./i18n.js";

function eventRow(lang, event, index, choose) {
  return h(
    "tr",
    { "data-type": event.event_type, "data-index": index },
    h("td", { class: "type" }, h("button", { type: "button", "aria-pressed": "false", onclick: () => choose(index) }, typeName(lang, event.event_type))),
    h("td", { class: "date", dir: "ltr" }, event.date || ""),
    h("td", { class: "place" }, placeOf(lang, event)),
    h("td", { class: "actors" }, actorsOf(lang, event)),
    h("td", { class: "killed n" }, event.killed ?? ""),
    h("td", { class: "injured n" }, event.injured ?? ""),
    h("td", { class: "reported-by" }, event.reported_by || ""),
    h("td", { class: "denied-by" }, (event.denied_by || []).join("، ")),
  );
}

function eventsTable(lang, events, choose) {
  const head = ["col_type", "col_date", "col_place", "col_actors", "col_killed", "col_injured", "reported_by", "denied_by"];
  return h(
    "table",
    { class: "events extracted" },
    h("caption", {}, t(lang, "paste_found", events.length)),
    h("thead", {}, h("tr", {}, head.map((key) => h("th", { scope: "col" }, t(lang, key))))),
    h("tbody", {}, events.map((event, index) => eventRow(lang, event, index, choose))),
  );
}

/** Show the events of `text` (rasd's output {id, events}) in `box`, the first one's evidence marked. */
export function showExtracted(box, lang, text, output) {
  const events = output.events || [];
  if (!events.length) {
    replace(box, h("p", { class: "count" }, t(lang, "paste_found", 0)));
    return;
  }
  const evidence = h("div", { class: "extracted-evidence" });
  const choose = (index) => {
    for (const button of table.querySelectorAll("button[aria-pressed]")) {
      button.setAttribute("aria-pressed", String(button.closest("tr").dataset.index === String(index)));
    }
    replace(evidence, markedText(lang, text, events[index]));
  };
  const table = eventsTable(lang, events, choose);
  replace(box, table, h("p", { class: "hint" }, t(lang, "paste_pick")), evidence);
  choose(0);
}

/** Send the paste form's text (and publication date) to POST /extract; returns {text, output}. */
export async function extractPasted(form) {
  const text = form.elements.text.value;
  const published = form.elements.published.value || null;
  return { text, output: await post("/extract", { text, published }) };
}
