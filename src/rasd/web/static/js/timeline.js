// The timeline: events and people killed per day (GET /stats by_day, killed_by_day) as an SVG bar chart.

import { replace } from "./dom.js";
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 600;
const HEIGHT = 320;
const TOP = 14;
const AXIS = 22;

function svg(tag, attributes = {}, text = null) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== null) element.textContent = text;
  return element;
}

function bar(x, width, value, most, className) {
  const height = most ? ((HEIGHT - TOP - AXIS) * value) / most : 0;
  return svg("rect", { x, y: HEIGHT - AXIS - height, width, height, class: className });
}

function day(lang, date, { events, killed }, scale, index, pick) {
  const { slot, mostEvents, mostKilled } = scale;
  const group = svg("g", { class: "day", "data-day": date, tabindex: 0 });
  const x = index * slot;
  const width = Math.max(slot * 0.4, 1);
  const comma = lang === "ar" ? "، " : ", ";
  group.append(
    svg("title", {}, `${date}: ${events} ${t(lang, "timeline_events")}${comma}${killed} ${t(lang, "timeline_killed")}`),
    svg("rect", { x, y: 0, width: slot, height: HEIGHT - AXIS, class: "hit" }),
    bar(x + slot * 0.1, width, events, mostEvents, "events"),
    bar(x + slot * 0.5, width, killed, mostKilled, "killed"),
  );
  group.addEventListener("click", () => pick(date));
  group.addEventListener("keydown", (key) => key.key === "Enter" && pick(date));
  return group;
}

/** Draw the chart of `stats` into `box`; choosing a day calls pick("2023-09-19"). */
export function drawTimeline(box, lang, stats, pick) {
  const byDay = stats.by_day || {};
  const killedByDay = stats.killed_by_day || {};
  const days = [...new Set([...Object.keys(byDay), ...Object.keys(killedByDay)])].sort();
  if (!days.length) {
    replace(box, t(lang, "timeline_empty"));
    return;
  }
  const mostEvents = Math.max(...days.map((d) => byDay[d] || 0));
  const mostKilled = Math.max(...days.map((d) => killedByDay[d] || 0));
  const chart = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: "img",
    "aria-label": t(lang, "timeline_label"),
    direction: "ltr",
    class: "timeline",
  });
  chart.append(svg("title", {}, t(lang, "timeline_label")));
  const scale = { slot: WIDTH / days.length, mostEvents, mostKilled };
  days.forEach((date, index) => {
    const counts = { events: byDay[date] || 0, killed: killedByDay[date] || 0 };
    chart.append(day(lang, date, counts, scale, index, pick));
  });
  const base = HEIGHT - AXIS;
  chart.append(
    svg("line", { x1: 0, x2: WIDTH, y1: base, y2: base, class: "axis" }),
    svg("text", { x: 2, y: HEIGHT - 6, class: "label" }, days[0]),
    svg("text", { x: WIDTH - 2, y: HEIGHT - 6, class: "label", "text-anchor": "end" }, days[days.length - 1]),
    svg("text", { x: 2, y: 10, class: "label events" }, `max ${mostEvents}`),
    svg("text", { x: WIDTH - 2, y: 10, class: "label killed", "text-anchor": "end" }, `max ${mostKilled}`),
  );
  replace(box, chart);
}
