// The map of events: Leaflet (vendored by `make vendor`) with circle markers drawn as SVG, so the
// points show on a plain background even when no map tile can load.

import { h, replace } from "./dom.js";
import { figure, placeOf } from "./format.js";
import { t, typeName } from "./i18n.js";

const COLOURS = { ASSAULT: "#b3261e", COERCE: "#8e3b9e", PROTEST: "#c76b00", THREATEN: "#c76b00" };

function radius(event) {
  const killed = event.killed_range?.max ?? event.killed ?? 0;
  return Math.min(6 + 2 * Math.sqrt(killed), 22);
}

function popup(lang, event, open) {
  return h(
    "div",
    { class: "popup", dir: lang === "ar" ? "rtl" : "ltr", lang },
    h("strong", {}, typeName(lang, event.event_type)),
    " ",
    h("span", { dir: "ltr" }, event.date || ""),
    h("br"),
    placeOf(lang, event),
    event.killed != null ? [h("br"), `${t(lang, "col_killed")}: ${figure(event.killed, event.killed_range)}`] : null,
    h("br"),
    h("a", { href: `#/event/${encodeURIComponent(event.id)}`, onclick: () => open(event.id) }, t(lang, "open")),
  );
}

function located(events) {
  return events.filter((event) => Number.isFinite(event.location?.lat) && Number.isFinite(event.location?.lon));
}

/**
 * A map in `element` over tiles from `tileUrl`: {show(lang, events, open), resize()}; show draws
 * the events with a location. Null when Leaflet is missing.
 */
export function createMap(element, note, tileUrl, attribution) {
  const L = window.L;
  if (!L) {
    element.classList.add("no-map");
    return null;
  }
  const map = L.map(element, { worldCopyJump: true, attributionControl: true }).setView([30, 40], 3);
  const tiles = L.tileLayer(tileUrl, { maxZoom: 18, attribution });
  tiles.on("tileerror", () => element.classList.add("no-tiles"));
  tiles.addTo(map);
  const markers = L.layerGroup().addTo(map);
  const show = (lang, events, open) => {
    markers.clearLayers();
    const points = located(events);
    for (const event of points) {
      const colour = COLOURS[event.event_type] || "#1f5f99";
      L.circleMarker([event.location.lat, event.location.lon], {
        radius: radius(event),
        color: "#ffffff",
        weight: 1.5,
        fillColor: colour,
        fillOpacity: 0.8,
        className: `event-marker type-${event.event_type}`,
      })
        .bindPopup(popup(lang, event, open))
        .addTo(markers);
    }
    if (points.length) {
      const bounds = L.latLngBounds(points.map((event) => [event.location.lat, event.location.lon]));
      map.fitBounds(bounds.pad(0.3), { maxZoom: 7 });
    }
    replace(note, points.length ? t(lang, "map_caption") : t(lang, "map_no_points"));
  };
  return { show, resize: () => map.invalidateSize() };
}
