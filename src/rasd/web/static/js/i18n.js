// The page's words in Arabic and English, and the names of event types and fields.

export const LANGUAGES = { ar: { dir: "rtl", other: "en", name: "العربية" }, en: { dir: "ltr", other: "ar", name: "English" } };

const WORDS = {
  ar: {
    title: "رصد",
    tagline: "أحداث النزاع من الأخبار العربية، بمصادرها",
    nav_events: "الأحداث",
    nav_extract: "استخراج من نص",
    search_label: "بحث في نصوص المقالات",
    search_placeholder: "مثال: قصف مدنيين",
    search: "بحث",
    any: "الكل",
    f_type: "النوع",
    f_country: "الدولة (رمز ISO)",
    f_place: "المكان",
    f_from: "من تاريخ",
    f_to: "إلى تاريخ",
    f_min_killed: "قتلى على الأقل",
    f_source: "المصدر",
    reset: "مسح",
    map_label: "خريطة الأحداث",
    map_caption: "خريطة الأحداث المعروضة في الجدول",
    map_no_points: "لا أحداث بمواقع معروفة",
    timeline_label: "عدد الأحداث والقتلى في كل يوم",
    timeline_events: "أحداث في اليوم",
    timeline_killed: "قتلى في اليوم",
    timeline_empty: "لا أحداث مؤرخة بعد",
    col_type: "النوع",
    col_date: "التاريخ",
    col_place: "المكان",
    col_actors: "الأطراف",
    col_killed: "قتلى",
    col_injured: "جرحى",
    col_sources: "المصادر",
    count: (shown, from) => (shown ? `الأحداث ${from + 1}–${from + shown}` : "لا أحداث تطابق البحث"),
    prev: "السابق",
    next: "التالي",
    pages: "الصفحات",
    loading: "جارٍ التحميل…",
    error: "تعذّر الاتصال بالخادم",
    back: "→ كل الأحداث",
    open: "افتح الحدث",
    event_heading: "الحدث",
    sources_heading: "المصادر: الأرقام كما يرويها كل مصدر",
    source: "المصدر",
    published: "تاريخ النشر",
    claims: "ما يرويه",
    denials: "النفي",
    reported_by: "نقلاً عن",
    denied_by: "نفاه",
    no_denial: "لا نفي مذكور",
    why: "سبب الدمج",
    article_text: "نص المقال مع الأدلة مظللة",
    legend: "دليل الألوان",
    actor_to_target: (actor, target) => `${actor} ← ${target}`,
    unknown: "؟",
    range: "المدى بين المصادر",
    paste_label: "نص خبر بالعربية",
    paste_published: "تاريخ النشر (اختياري)",
    extract: "استخرج الأحداث",
    paste_found: (n) => (n ? `${n} حدث` : "لم يُعثر على أحداث في هذا النص"),
    paste_pick: "اختر حدثاً لترى أدلته في النص",
    not_found: "الحدث غير موجود",
  },
  en: {
    title: "rasd",
    tagline: "Conflict events from Arabic news, with their sources",
    nav_events: "Events",
    nav_extract: "Extract from text",
    search_label: "Search the articles' text",
    search_placeholder: "e.g. قصف مدنيين",
    search: "Search",
    any: "Any",
    f_type: "Type",
    f_country: "Country (ISO code)",
    f_place: "Place",
    f_from: "From",
    f_to: "To",
    f_min_killed: "Killed at least",
    f_source: "Source",
    reset: "Clear",
    map_label: "Map of events",
    map_caption: "Map of the events in the table",
    map_no_points: "No events with a known location",
    timeline_label: "Events and people killed per day",
    timeline_events: "Events per day",
    timeline_killed: "Killed per day",
    timeline_empty: "No dated events yet",
    col_type: "Type",
    col_date: "Date",
    col_place: "Place",
    col_actors: "Actors",
    col_killed: "Killed",
    col_injured: "Injured",
    col_sources: "Sources",
    count: (shown, from) => (shown ? `Events ${from + 1}–${from + shown}` : "No events match"),
    prev: "Previous",
    next: "Next",
    pages: "Pages",
    loading: "Loading…",
    error: "Could not reach the server",
    back: "← All events",
    open: "Open the event",
    event_heading: "Event",
    sources_heading: "Sources: the figures as each one tells them",
    source: "Source",
    published: "Published",
    claims: "Claims",
    denials: "Denials",
    reported_by: "Reported by",
    denied_by: "Denied by",
    no_denial: "No denial stated",
    why: "Why merged",
    article_text: "Article text with the evidence highlighted",
    legend: "Colour key",
    actor_to_target: (actor, target) => `${actor} → ${target}`,
    unknown: "?",
    range: "Range across sources",
    paste_label: "Arabic news text",
    paste_published: "Publication date (optional)",
    extract: "Extract events",
    paste_found: (n) => (n ? `${n} event(s)` : "No events found in this text"),
    paste_pick: "Pick an event to see its evidence in the text",
    not_found: "No such event",
  },
};

const TYPES = {
  AGREE: ["اتفاق", "Agree"],
  CONSULT: ["تشاور", "Consult"],
  SUPPORT: ["دعم", "Support"],
  CONCEDE: ["تنازل", "Concede"],
  COOPERATE: ["تعاون", "Cooperate"],
  AID: ["مساعدة", "Aid"],
  RETREAT: ["انسحاب", "Retreat"],
  REQUEST: ["مطالبة", "Request"],
  ACCUSE: ["اتهام وإدانة", "Accuse"],
  REJECT: ["رفض", "Reject"],
  THREATEN: ["تهديد", "Threaten"],
  PROTEST: ["احتجاج", "Protest"],
  SANCTION: ["عقوبات", "Sanction"],
  MOBILIZE: ["تعبئة", "Mobilize"],
  COERCE: ["إكراه واعتقال", "Coerce"],
  ASSAULT: ["هجوم", "Assault"],
};

const FIELDS = {
  trigger: ["الفعل", "Trigger"],
  actor: ["الفاعل", "Actor"],
  target: ["المستهدف", "Target"],
  location: ["المكان", "Place"],
  date: ["التاريخ", "Date"],
  killed: ["القتلى", "Killed"],
  injured: ["الجرحى", "Injured"],
  captured: ["المعتقلون", "Captured"],
  missing: ["المفقودون", "Missing"],
  breakdown: ["من هم", "Who they were"],
  reported_by: ["المصدر المنقول عنه", "Reported by"],
  denied_by: ["النافي", "Denied by"],
};

const CATEGORIES = {
  civilians: ["مدنيون", "civilians"],
  women: ["نساء", "women"],
  children: ["أطفال", "children"],
  men: ["رجال", "men"],
  soldiers: ["جنود", "soldiers"],
  fighters: ["مقاتلون", "fighters"],
  police: ["شرطة", "police"],
};

export const EVENT_TYPES = Object.keys(TYPES);

/** The word `key` in `lang`; functions are called with `args`: t("en", "prev") -> "Previous". */
export function t(lang, key, ...args) {
  const word = WORDS[lang][key] ?? WORDS.en[key] ?? key;
  return typeof word === "function" ? word(...args) : word;
}

/** An event type's name: typeName("ar", "ASSAULT") -> "هجوم". */
export function typeName(lang, code) {
  return pick(lang, TYPES, code);
}

function pick(lang, table, key) {
  const names = table[key];
  return names ? names[lang === "ar" ? 0 : 1] : key;
}

/** Who the killed were: categoryName("ar", "women") -> "نساء". */
export function categoryName(lang, category) {
  return pick(lang, CATEGORIES, category);
}

/** A field's name: fieldName("ar", "breakdown.women") -> "من هم: نساء". */
export function fieldName(lang, field) {
  const [head, detail] = field.split(".");
  const name = pick(lang, FIELDS, head);
  return detail ? `${name}: ${pick(lang, CATEGORIES, detail)}` : name;
}
