// How an event's parts read on the page, in the page's language.

import { t } from "./i18n.js";

/** A place or actor's name: the Arabic one in Arabic, the English one in English, else the other. */
export function nameOf(lang, thing) {
  if (!thing) return "";
  const [first, second] = lang === "ar" ? [thing.name_ar, thing.name] : [thing.name, thing.name_ar];
  return first || second || thing.country || "";
}

/** Who acted on whom: "القوات الأذربيجانية ← مدنيين". */
export function actorsOf(lang, event) {
  const actor = nameOf(lang, event.actor);
  const target = nameOf(lang, event.target);
  if (actor && target) return t(lang, "actor_to_target", actor, target);
  return actor || target;
}

/** A place with its country code: "قره باغ (AZE)". */
export function placeOf(lang, event) {
  const name = nameOf(lang, event.location);
  const country = event.location?.country;
  return name && country ? `${name} (${country})` : name || country || "";
}

/** A figure with its range across sources: (7, {min: 7, max: 9}) -> "7 (7–9)"; a single figure alone. */
export function figure(value, range) {
  if (value === null || value === undefined) return range ? `${range.min}–${range.max}` : "";
  if (range && range.min !== range.max) return `${value} (${range.min}–${range.max})`;
  return String(value);
}

/** How many sources tell an event (1 for an event of one article). */
export function sourceCount(event) {
  return event.reports?.length || 1;
}
