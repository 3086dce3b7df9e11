// Building the page from data without ever parsing it as HTML: every string becomes a text node.

/** An element: h("td", {class: "n"}, "7") -> <td class="n">7</td>; strings become text nodes. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

/** Add children (elements, strings, arrays of them; null is skipped) to `element`. */
export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Empty `element` and fill it with `children`. */
export function replace(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

function spansOf(text, event) {
  const byPlace = new Map();
  for (const [field, evidence] of Object.entries(event.field_evidence || {})) {
    const key = `${evidence.start}:${evidence.end}`;
    if (!byPlace.has(key)) byPlace.set(key, { start: evidence.start, end: evidence.end, fields: [] });
    byPlace.get(key).fields.push(field);
  }
  const spans = [...byPlace.values()].map((span) => ({ ...span, kind: "mark" }));
  if (event.evidence) spans.push({ start: event.evidence.start, end: event.evidence.end, kind: "sentence", fields: [] });
  return spans
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end))
    .filter((span) => span.start >= 0 && span.start < span.end && span.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === "sentence" ? -1 : 1));
}

function spanElement(span, label) {
  if (span.kind === "sentence") return h("span", { class: "sentence" });
  return h("mark", { "data-field": span.fields.join(" "), title: span.fields.map(label).join("، ") });
}

function build(parent, text, from, to, spans, label) {
  let cursor = from;
  let i = 0;
  while (i < spans.length) {
    const span = { ...spans[i], start: Math.max(spans[i].start, cursor), end: Math.min(spans[i].end, to) };
    if (span.start >= span.end) {
      i += 1; // overlaps a span already drawn: what is left of it is drawn by the spans after it
      continue;
    }
    let j = i + 1;
    while (j < spans.length && spans[j].start < span.end) j += 1;
    parent.append(text.slice(cursor, span.start));
    const element = spanElement(span, label);
    build(element, text, span.start, span.end, spans.slice(i + 1, j), label);
    parent.append(element);
    cursor = span.end;
    i = j;
  }
  parent.append(text.slice(cursor, to));
}

/**
 * The article text with the event's evidence marked: its sentence in <span class="sentence">, each
 * field's span in <mark data-field="killed">; spans inside spans nest, offsets index `text`.
 */
export function highlighted(text, event, label = (field) => field) {
  const box = h("div", { class: "article-text", dir: "auto", lang: "ar" });
  build(box, text, 0, text.length, spansOf(text, event), label);
  return box;
}
