// The events table: one row per happening; a row opens the event's page.

import { h, replace } from "./dom.js";
import { actorsOf, figure, placeOf, sourceCount } from "./format.js";
import { t, typeName } from "./i18n.js";

function row(lang, event, open) {
  const link = h("a", { href: `#/event/${encodeURIComponent(event.id)}` }, typeName(lang, event.event_type));
  return h(
    "tr",
    {
      "data-id": event.id,
      "data-type": event.event_type,
      tabindex: "0",
      title: t(lang, "open"),
      onclick: (click) => {
        if (!click.target.closest("a")) open(event.id);
      },
      onkeydown: (key) => {
        if (key.key === "Enter" && !key.target.closest("a")) open(event.id);
      },
    },
    h("td", { class: "type" }, link),
    h("td", { class: "date", dir: "ltr" }, event.date || ""),
    h("td", { class: "place" }, placeOf(lang, event)),
    h("td", { class: "actors" }, actorsOf(lang, event)),
    h("td", { class: "killed n" }, figure(event.killed, event.killed_range)),
    h("td", { class: "injured n" }, figure(event.injured, event.injured_range)),
    h("td", { class: "sources n" }, String(sourceCount(event))),
  );
}

/** Fill the table body with `events`; `open(id)` is called when a row is chosen. */
export function fillTable(tbody, lang, events, open) {
  replace(tbody, events.map((event) => row(lang, event, open)));
}
