// The page's routes (#/ events, #/event/ID, #/extract), its language, and the events view's filters.

import { get } from "./api.js";
import { h, replace } from "./dom.js";
import { showEvent } from "./event.js";
import { EVENT_TYPES, LANGUAGES, t, typeName } from "./i18n.js";
import { createMap } from "./map.js";
import { extractPasted, showExtracted } from "./paste.js";
import { fillTable } from "./table.js";
import { drawTimeline } from "./timeline.js";

const PAGE = 100;
const FILTERS = ["text", "type", "country", "place", "from", "to", "min_killed", "source"];

function byId(id) {
  return document.getElementById(id);
}

function startLanguage() {
  const asked = new URLSearchParams(window.location.search).get("lang");
  const kept = window.localStorage.getItem("rasd-lang");
  return [asked, kept].find((lang) => lang in LANGUAGES) || "ar";
}

function applyLanguage(state) {
  const { lang } = state;
  const root = document.documentElement;
  root.lang = lang;
  root.dir = LANGUAGES[lang].dir;
  document.title = t(lang, "title");
  for (const element of document.querySelectorAll("[data-i18n]")) element.textContent = t(lang, element.dataset.i18n);
  for (const element of document.querySelectorAll("[data-i18n-placeholder]")) {
    element.placeholder = t(lang, element.dataset.i18nPlaceholder);
  }
  for (const element of document.querySelectorAll("[data-i18n-label]")) {
    element.setAttribute("aria-label", t(lang, element.dataset.i18nLabel));
  }
  const other = LANGUAGES[lang].other;
  const button = byId("lang-switch");
  button.textContent = LANGUAGES[other].name;
  button.lang = other;
  const select = byId("f-type");
  const chosen = select.value;
  replace(select, h("option", { value: "" }, t(lang, "any")), EVENT_TYPES.map((code) => h("option", { value: code }, typeName(lang, code))));
  select.value = chosen;
}

function say(message) {
  const status = byId("status");
  status.hidden = !message;
  status.textContent = message || "";
}

function show(view) {
  for (const id of ["view-events", "view-event", "view-extract"]) byId(id).hidden = id !== view;
}

function filtersFromHash() {
  const query = window.location.hash.split("?")[1] || "";
  return new URLSearchParams(query);
}

function fillForm(params) {
  const form = byId("filters");
  for (const name of FILTERS) form.elements[name].value = params.get(name) || "";
}

function formParams() {
  const form = byId("filters");
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function goToFilters(params) {
  const query = params.toString();
  window.location.hash = query ? `#/?${query}` : "#/";
}

function openEvent(id) {
  window.location.hash = `#/event/${encodeURIComponent(id)}`;
}

async function loadEvents(state) {
  show("view-events");
  const params = filtersFromHash();
  fillForm(params);
  const offset = Number(params.get("offset")) || 0;
  const query = Object.fromEntries(params);
  const [page, stats] = await Promise.all([get("/events", { ...query, limit: PAGE, offset }), get("/stats")]);
  const { lang } = state;
  fillTable(document.querySelector("#events tbody"), lang, page.events, openEvent);
  replace(byId("count"), t(lang, "count", page.events.length, offset));
  byId("prev").disabled = offset === 0;
  byId("next").disabled = page.events.length < PAGE;
  state.offset = offset;
  if (state.map) {
    state.map.resize();
    state.map.show(lang, page.events, openEvent);
  }
  drawTimeline(byId("timeline"), lang, stats, (day) => {
    const chosen = formParams();
    chosen.set("from", day);
    chosen.set("to", day);
    goToFilters(chosen);
  });
  replace(byId("countries"), Object.keys(stats.by_country || {}).map((code) => h("option", { value: code })));
  document.body.dataset.ready = "events";
}

async function loadEvent(state, id) {
  show("view-event");
  const view = byId("view-event");
  replace(view, t(state.lang, "loading"));
  try {
    showEvent(view, state.lang, await get(`/events/${encodeURIComponent(id)}`));
  } catch (error) {
    if (error.status !== 404) throw error;
    replace(view, h("p", {}, h("a", { href: "#/", class: "back" }, t(state.lang, "back"))), h("p", { class: "count" }, t(state.lang, "not_found")));
  }
  window.scrollTo(0, 0);
  document.body.dataset.ready = "event";
}

function loadExtract(state) {
  show("view-extract");
  if (state.extracted) showExtracted(byId("paste-result"), state.lang, state.extracted.text, state.extracted.output);
  document.body.dataset.ready = "extract";
}

async function route(state) {
  say("");
  delete document.body.dataset.ready;
  const hash = window.location.hash || "#/";
  try {
    if (hash.startsWith("#/event/")) await loadEvent(state, decodeURIComponent(hash.slice("#/event/".length)));
    else if (hash.startsWith("#/extract")) loadExtract(state);
    else await loadEvents(state);
  } catch (error) {
    say(`${t(state.lang, "error")}: ${error.message}`);
    document.body.dataset.ready = "error";
  }
}

function wire(state) {
  const form = byId("filters");
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    goToFilters(formParams());
  });
  form.addEventListener("change", (change) => {
    if (change.target.name !== "text") goToFilters(formParams());
  });
  form.addEventListener("reset", () => window.setTimeout(() => goToFilters(new URLSearchParams()), 0));
  const page = (step) => {
    const params = formParams();
    params.set("offset", String(Math.max(0, state.offset + step)));
    goToFilters(params);
  };
  byId("prev").addEventListener("click", () => page(-PAGE));
  byId("next").addEventListener("click", () => page(PAGE));
  byId("lang-switch").addEventListener("click", () => {
    state.lang = LANGUAGES[state.lang].other;
    window.localStorage.setItem("rasd-lang", state.lang);
    applyLanguage(state);
    route(state);
  });
  byId("paste").addEventListener("submit", async (submit) => {
    submit.preventDefault();
    say("");
    replace(byId("paste-result"), t(state.lang, "loading"));
    try {
      state.extracted = await extractPasted(submit.target);
      showExtracted(byId("paste-result"), state.lang, state.extracted.text, state.extracted.output);
    } catch (error) {
      replace(byId("paste-result"));
      say(`${t(state.lang, "error")}: ${error.message}`);
    }
  });
  window.addEventListener("hashchange", () => route(state));
}

function start() {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content || "";
  const state = { lang: startLanguage(), offset: 0, extracted: null, map: null };
  state.map = createMap(byId("map"), byId("map-note"), meta("rasd-tile-url"), meta("rasd-tile-attribution"));
  applyLanguage(state);
  wire(state);
  route(state);
}

start();
