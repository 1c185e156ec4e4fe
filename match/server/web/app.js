// The specialists' page: plain DOM, no framework, no network beyond this
// server. Every text from the API is set as text, never as HTML.
"use strict";

const TOKEN = "ipsmatch.token";
const LANG = "ipsmatch.lang";
const LANGS = ["en", "it", "es", "da"];
let me = null;
let dict = {}; // i18n.json: key -> {en, it, es, da}
let lang = "en";

// pickLang is the language the page speaks: the one chosen on the page
// (remembered in this browser), else the first of the browser's languages
// the page knows, else English.
function pickLang() {
  const saved = localStorage.getItem(LANG);
  if (LANGS.includes(saved)) return saved;
  for (const l of navigator.languages || [navigator.language]) {
    const base = String(l || "").toLowerCase().split("-")[0];
    if (LANGS.includes(base)) return base;
  }
  return "en";
}

// t is the page's text for key in the chosen language, each {name} filled
// from vars. Each call names its key whole, in double quotes, so a test
// can check the dictionary holds it.
function t(key, vars) {
  const e = dict[key];
  let s = e ? (e[lang] || e.en) : key;
  for (const [k, v] of Object.entries(vars || {})) s = s.replaceAll("{" + k + "}", String(v));
  return s;
}

// code names an API code of a kind ("stage", "purpose") in the chosen
// language, or in plain words when the dictionary does not know it.
function code(kind, value) {
  const e = dict[kind + "." + value];
  return e ? (e[lang] || e.en) : words(value);
}

// num writes a number the chosen language's way (0.88, 0,88).
function num(x, digits) {
  return new Intl.NumberFormat(lang === "en" ? "en-GB" : lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

// day writes an ISO day as the server does (i18n.Date): unchanged in
// English, 23/11/2026 in Italian and Spanish, 23.11.2026 in Danish;
// short leaves out the year.
function day(s, short) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(s || ""));
  if (!m) return s;
  if (lang === "en") return short ? m[2] + "-" + m[3] : s;
  const sep = lang === "da" ? "." : "/";
  return m[3] + sep + m[2] + (short ? "" : sep + m[1]);
}

// applyLang sets <html lang>, the selector and the page's fixed labels.
function applyLang() {
  document.documentElement.lang = lang;
  document.getElementById("lang").value = lang;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-aria-label]")) el.setAttribute("aria-label", t(el.dataset.i18nAriaLabel));
  showWho();
}

async function loadDict() {
  try {
    const res = await fetch("/i18n.json");
    if (res.ok) dict = await res.json();
  } catch (e) { dict = {}; }
}

// h builds an element: h("a", {href: "#/"}, "text", child...).
function h(tag, attrs, ...kids) {
  const svg = ["svg", "circle", "line", "rect", "text", "g", "title", "desc", "polyline", "path"].includes(tag);
  const el = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "text") el.textContent = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const kid of kids.flat()) {
    if (kid === null || kid === undefined || kid === false) continue;
    el.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return el;
}

class APIError extends Error {
  constructor(status, body) {
    super((body && body.error) || ("HTTP " + status));
    this.status = status;
    this.body = body || {};
  }
}

async function api(method, path, body) {
  const res = await fetch(path, {
    method,
    headers: Object.assign({ "Authorization": "Bearer " + sessionStorage.getItem(TOKEN), "Accept-Language": lang },
      body ? { "Content-Type": "application/json" } : {}),
    body: body ? JSON.stringify(body) : undefined,
  });
  let data = null;
  try { data = await res.json(); } catch (e) { data = null; }
  if (res.status === 401) { signOut(t("signin.again")); }
  if (!res.ok) throw new APIError(res.status, data);
  return data;
}

const page = () => document.getElementById("page");
const words = (s) => String(s || "").replaceAll("_", " ");

function show(title, ...content) {
  document.title = title + " · ipsmatch";
  page().replaceChildren(h("h1", {}, title), ...content.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  document.getElementById("view").focus();
}

function failure(err) {
  const msg = err instanceof APIError && err.status === 403 ? t("error.forbidden", { msg: err.message }) : err.message;
  page().replaceChildren(h("p", { class: "notice error", role: "alert" }, msg));
}

// --- sign in

function signOut(msg) {
  sessionStorage.removeItem(TOKEN);
  me = null;
  document.getElementById("nav").hidden = true;
  document.getElementById("whoami").textContent = "";
  page().replaceChildren();
  document.getElementById("signin").hidden = false;
  document.getElementById("signin-error").textContent = msg || "";
  document.getElementById("token").focus();
}

async function signIn(token) {
  sessionStorage.setItem(TOKEN, token);
  try {
    me = await api("GET", "/v1/me");
  } catch (e) {
    sessionStorage.removeItem(TOKEN);
    document.getElementById("signin-error").textContent = t("signin.rejected");
    return false;
  }
  document.getElementById("signin").hidden = true;
  document.getElementById("nav").hidden = false;
  showWho();
  return true;
}

function showWho() {
  document.getElementById("whoami").textContent = me ? t("signin.who", { name: me.specialist || me.name || me.role, role: code("role", me.role) }) : "";
}

// --- caseload

async function caseload() {
  const data = await api("GET", "/v1/clients");
  const rows = data.clients.map((c) => h("tr", {},
    h("td", {}, h("a", { href: "#/client/" + encodeURIComponent(c.id) }, c.id)),
    h("td", {}, c.specialist || "—"),
    h("td", {}, String(c.days_since_enrolment)),
    h("td", {},
      c.past_day_30 ? h("span", { class: "badge warn" }, t("flag.past30")) : null,
      c.working ? h("span", { class: "badge ok" }, c.current_job ? t("flag.working_as", { job: c.current_job.title }) : t("flag.working")) : null,
      c.first_face_to_face ? h("span", { class: "badge plain" }, t("flag.first_contact", { date: day(c.first_face_to_face) })) : null),
    h("td", {}, code("disclosure", c.disclosure))));
  show(t("caseload.title"),
    h("p", { class: "muted" }, t("caseload.count", { n: data.clients.length, date: day(data.today) })),
    h("table", {},
      h("caption", { class: "sr-only" }, t("caseload.caption")),
      h("thead", {}, h("tr", {}, [t("col.client"), t("col.specialist"), t("col.days"), t("col.flags"), t("col.disclosure")].map((x) => h("th", { scope: "col" }, x)))),
      h("tbody", {}, rows)));
}

// --- one client

function reasonList(reasons) {
  return h("ul", { class: "reasons" }, (reasons || []).map((r) => h("li", { class: r.effect }, h("span", { class: "sr-only" }, code("effect", r.effect) + ": "), r.text)));
}

function applyText(a) {
  if (!a) return "";
  const m = code("apply", a.method);
  return [m, a.detail].filter(Boolean).join(": ");
}

async function client(id) {
  const [view, res, leads, map, emps] = await Promise.all([
    api("GET", "/v1/clients/" + encodeURIComponent(id)),
    api("POST", "/v1/match", { client_id: id, limit: 10 }),
    api("POST", "/v1/leads", { client_id: id, limit: 8 }),
    api("GET", "/v1/clients/" + encodeURIComponent(id) + "/map"),
    api("GET", "/v1/employers"),
  ]);
  const vacs = await Promise.all(res.results.map((r) => api("GET", "/v1/vacancies/" + encodeURIComponent(r.id)).catch(() => null)));
  const s = view.summary;
  const flags = h("p", {},
    h("span", { class: "badge plain" }, t("client.day", { n: s.days_since_enrolment })),
    s.past_day_30 ? h("span", { class: "badge warn" }, t("flag.past30")) : null,
    s.working ? h("span", { class: "badge ok" }, t("flag.working")) : null,
    h("span", { class: "badge plain" }, t("client.disclosure", { d: code("disclosure", s.disclosure) })));
  const results = h("ol", { class: "results", "aria-label": t("client.ranked") }, res.results.map((r, i) => h("li", {},
    h("h3", {}, r.rank + ". " + r.title + " ",
      r.employer_id ? h("span", { class: "muted" }, t("client.at") + " ", h("a", { href: "#/employer/" + encodeURIComponent(r.employer_id) }, r.employer_name || r.employer_id)) : null),
    h("p", {}, t("client.score", { s: num(r.score, 2) }),
      r.distance_km !== null ? " · " + num(r.distance_km, 1) + " km" : "",
      r.commute_minutes !== null ? " · " + t("client.minutes", { n: r.commute_minutes }) : "",
      r.competitive ? "" : " · " + t("client.not_competitive", { channel: code("channel", r.channel) })),
    h("p", { class: "action" }, code("action", r.action)),
    vacs[i] && applyText(vacs[i].application) ? h("p", {}, t("client.how_to_apply", { how: applyText(vacs[i].application) })) : null,
    (r.flags || []).map((f) => h("p", { class: "badge warn" }, f)),
    reasonList(r.reasons))));
  const leadList = h("ol", { "aria-label": t("client.leads_label") }, leads.leads.map((l) => h("li", {},
    h("a", { href: "#/employer/" + encodeURIComponent(l.employer_id) }, l.name), " — " + code("stage", l.stage) +
    (l.open_vacancies ? ", " + t("client.open_vacancies", { n: l.open_vacancies }) : "") + ". ", h("span", { class: "muted" }, l.action_text))));
  show(t("client.title", { id }),
    flags,
    (res.flags || []).map((f) => h("p", { class: "notice error" }, f)),
    h("div", { class: "cols" },
      h("section", { "aria-labelledby": "m-h" }, h("h2", { id: "m-h" }, t("client.best")),
        res.results.length ? results : h("p", {}, t("client.none"))),
      h("div", {},
        h("section", { "aria-labelledby": "map-h" }, h("h2", { id: "map-h" }, t("client.map")), drawMap(map)),
        h("section", { "aria-labelledby": "l-h" }, h("h2", { id: "l-h" }, t("client.leads")), leadList),
        h("section", { "aria-labelledby": "c-h" }, h("h2", { id: "c-h" }, t("client.record")), contactForm(id, emps.employers, res.today)))));
}

// drawMap draws home, the commute limit, the results and the employers on
// a plain projection around home: no tiles, nothing fetched.
function drawMap(m) {
  if (!m.home) return h("p", { class: "muted" }, t("map.none"));
  const kx = 111.32 * Math.cos(m.home.lat * Math.PI / 180), ky = 110.57;
  const pts = [...m.vacancies.map((p) => ({ ...p, kind: "vacancy" })), ...m.employers.map((p) => ({ ...p, kind: "employer" }))]
    .map((p) => ({ ...p, x: (p.lon - m.home.lon) * kx, y: -(p.lat - m.home.lat) * ky }));
  let span = Math.max(m.reach_km || 0, ...pts.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))), 0.5) * 1.15;
  const S = 200, sc = (S - 10) / span;
  const X = (x) => (S + x * sc).toFixed(1), Y = (y) => (S + y * sc).toFixed(1);
  const kids = [
    h("title", { id: "map-t" }, t("map.title")),
    h("desc", { id: "map-d" }, t("map.desc", { reach: m.reach_km ? t("map.reach", { km: num(m.reach_km, 1) }) : t("map.noreach"), v: m.vacancies.length, e: m.employers.length })),
    h("line", { x1: 0, y1: S, x2: 2 * S, y2: S, stroke: "#e5e7eb" }),
    h("line", { x1: S, y1: 0, x2: S, y2: 2 * S, stroke: "#e5e7eb" }),
  ];
  if (m.reach_km) kids.push(h("circle", { cx: S, cy: S, r: (m.reach_km * sc).toFixed(1), fill: "#dbeafe", "fill-opacity": 0.5, stroke: "#0b5cad", "stroke-dasharray": "6 4" }));
  for (const p of pts.filter((p) => p.kind === "employer")) {
    kids.push(h("rect", { x: X(p.x) - 6, y: Y(p.y) - 6, width: 12, height: 12, fill: "#fff", stroke: "#6b21a8", "stroke-width": 2 }, h("title", {}, t("map.employer", { n: p.rank, name: p.label }))));
  }
  for (const p of pts.filter((p) => p.kind === "vacancy")) {
    kids.push(h("g", {}, h("title", {}, t("map.vacancy", { n: p.rank, name: p.label })),
      h("circle", { cx: X(p.x), cy: Y(p.y), r: 9, fill: "#0b5cad" }),
      h("text", { x: X(p.x), y: +Y(p.y) + 4, "text-anchor": "middle", "font-size": 10, fill: "#fff" }, String(p.rank))));
  }
  kids.push(h("path", { d: `M${S - 9} ${S + 7} v-9 l9 -8 l9 8 v9 z`, fill: "#b91c1c" }, h("title", {}, t("map.home"))));
  const km = niceKm(span / 2);
  kids.push(h("line", { x1: 10, y1: 2 * S - 12, x2: 10 + km * sc, y2: 2 * S - 12, stroke: "#111", "stroke-width": 2 }),
    h("text", { x: 10, y: 2 * S - 18, "font-size": 11 }, num(km, km < 1 ? 1 : 0) + " km"));
  return h("figure", {},
    h("svg", { class: "map", viewBox: `0 0 ${2 * S} ${2 * S}`, role: "img", "aria-labelledby": "map-t map-d" }, kids),
    h("figcaption", { class: "legend" }, t("map.legend")));
}

function niceKm(x) {
  for (const k of [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]) if (k >= x / 2) return k;
  return 200;
}

let contactSeq = 0;

function contactForm(clientID, employers, today) {
  const status = h("div", { role: "status", "aria-live": "polite", id: "contact-status" });
  const field = (id, label, input) => h("div", {}, h("label", { for: id }, label), input);
  const sel = (id, opts) => h("select", { id, name: id }, opts.map(([v, t]) => h("option", { value: v }, t)));
  const form = h("form", { class: "stack", id: "contact-form" },
    field("c-employer", t("contact.employer"), sel("c-employer", employers.map((e) => [e.id, e.name]))),
    field("c-purpose", t("contact.purpose"), sel("c-purpose", ["present_candidate", "interview", "follow_along", "introduction", "learn_business", "thank_you"].map((p) => [p, code("purpose", p)]))),
    field("c-type", t("contact.how"), sel("c-type", ["face_to_face", "phone", "email"].map((x) => [x, code("type", x)]))),
    field("c-day", t("contact.day"), h("input", { id: "c-day", type: "date", value: today, required: true })),
    field("c-learned", t("contact.learned"), h("textarea", { id: "c-learned", rows: 2 })),
    h("label", { class: "check" }, h("input", { type: "checkbox", id: "c-byclient" }), t("contact.by_client")),
    me.role !== "specialist" ? field("c-spec", t("col.specialist"), h("input", { id: "c-spec", required: true })) : null,
    h("button", { type: "submit" }, t("contact.submit")),
    status);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const v = (id) => form.querySelector("#" + id).value;
    const byClient = form.querySelector("#c-byclient").checked;
    const c = {
      id: "web-" + Date.now().toString(36) + "-" + (++contactSeq),
      employer_id: v("c-employer"), at: v("c-day") + "T12:00:00Z", type: v("c-type"), purpose: v("c-purpose"), client_id: clientID,
    };
    const spec = me.role === "specialist" ? me.specialist : v("c-spec");
    if (!byClient || spec) c.specialist = spec;
    if (byClient) c.by_client = true;
    if (v("c-learned")) c.learned = v("c-learned");
    status.replaceChildren();
    try {
      await api("POST", "/v1/contacts", { contacts: [c] });
      status.replaceChildren(h("p", { class: "notice ok" }, t("contact.done")));
    } catch (e) {
      const why = e.body && e.body.code === "disclosure_forbids" ? t("contact.forbidden") : t("contact.failed");
      status.replaceChildren(h("p", { class: "notice error", role: "alert" }, why + " " + e.message));
    }
  });
  return form;
}

// --- plan and visit sheet

async function plan(params) {
  const spec = me.role === "specialist" ? me.specialist : (params.get("specialist") || "");
  const week = params.get("week") || "";
  const toolbar = h("form", { class: "toolbar noprint", id: "plan-form" },
    me.role !== "specialist" ? h("div", {}, h("label", { for: "p-spec" }, t("col.specialist")), h("input", { id: "p-spec", value: spec, required: true })) : null,
    h("div", {}, h("label", { for: "p-week" }, t("plan.week_of")), h("input", { id: "p-week", type: "date", value: week })),
    h("button", { type: "submit" }, t("plan.submit")),
    h("button", { type: "button", id: "print", onclick: () => window.print() }, t("plan.print")));
  toolbar.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    const s = toolbar.querySelector("#p-spec");
    if (s && s.value) q.set("specialist", s.value);
    if (toolbar.querySelector("#p-week").value) q.set("week", toolbar.querySelector("#p-week").value);
    location.hash = "#/plan?" + q.toString();
  });
  if (!spec) { show(t("nav.plan"), toolbar, h("p", {}, t("plan.choose"))); return; }
  const q = new URLSearchParams({ specialist: spec });
  if (week) q.set("week", week);
  const pl = await api("GET", "/v1/plan?" + q.toString());
  const emps = await Promise.all(pl.visits.map((v) => api("GET", "/v1/employers/" + encodeURIComponent(v.employer_id)).catch(() => null)));
  const visits = pl.visits.map((v, i) => {
    const e = emps[i] && emps[i].employer;
    const rel = emps[i] && emps[i].relationship;
    const people = e && e.contact_people ? e.contact_people.map((p) => [p.name, p.role, p.phone].filter(Boolean).join(", ")).join("; ") : "";
    return h("article", { class: "visit" },
      h("h2", {}, (i + 1) + ". " + v.name),
      h("dl", {},
        h("dt", {}, t("plan.address")), h("dd", {}, (e && e.address) || "—"),
        h("dt", {}, t("plan.person")), h("dd", {}, people || "—"),
        h("dt", {}, t("contact.purpose")), h("dd", {}, code("purpose", v.purpose)),
        h("dt", {}, t("plan.serves")), h("dd", {}, (v.clients || []).join(", ") || t("plan.programme")),
        v.present_for && v.present_for.length ? [h("dt", {}, t("plan.may_present")), h("dd", {}, v.present_for.join(", "))] : null,
        h("dt", {}, t("plan.last")), h("dd", {}, rel && rel.learned && rel.learned.length ? rel.learned[0] : t("plan.no_notes")),
        v.follow_up_due ? [h("dt", {}, t("plan.follow_up")), h("dd", {}, day(v.follow_up_due))] : null),
      h("ul", { class: "reasons" }, (v.reasons || []).map((r) => h("li", { class: "neutral" }, r))));
  });
  show(t("plan.sheet", { specialist: pl.specialist, week: day(pl.week) }), toolbar,
    (pl.flags || []).map((f) => h("p", { class: "notice error" }, f)),
    visits.length ? visits : h("p", {}, t("plan.none")));
}

// --- employers

async function employers() {
  const data = await api("GET", "/v1/employers");
  show(t("nav.employers"), h("table", {},
    h("thead", {}, h("tr", {}, [t("col.employer"), t("col.sector"), t("col.stage"), t("col.next"), t("col.open")].map((x) => h("th", { scope: "col" }, x)))),
    h("tbody", {}, data.employers.map((e) => h("tr", {},
      h("td", {}, h("a", { href: "#/employer/" + encodeURIComponent(e.id) }, e.name)),
      h("td", {}, e.sector.label || e.sector.code),
      h("td", {}, code("stage", e.stage)),
      h("td", {}, e.follow_up_due ? day(e.follow_up_due) : "—", e.follow_up_overdue ? [" ", h("span", { class: "badge warn" }, t("employers.overdue"))] : null),
      h("td", {}, String(e.open_vacancies)))))));
}

async function employerPage(id) {
  const v = await api("GET", "/v1/employers/" + encodeURIComponent(id));
  const e = v.employer, r = v.relationship;
  const history = [
    ...v.contacts.map((c) => ({
      day: c.at.slice(0, 10),
      text: [t("employer.contact", { type: code("type", c.type), purpose: code("purpose", c.purpose), who: c.by_client ? t("employer.by_client", { client: c.client_id }) : c.specialist }),
        c.client_id && !c.by_client ? t("employer.for_client", { client: c.client_id }) : null].filter(Boolean).join(", ") +
        (c.learned ? " — " + t("employer.learned", { text: c.learned }) : ""),
    })),
    ...v.placements.map((p) => ({ day: p.start, text: t("employer.start", { client: p.client_id, title: p.title }) + ", " + (p.end ? t("employer.ended", { date: day(p.end) }) : t("flag.working")) })),
  ].sort((a, b) => (a.day < b.day ? 1 : -1));
  show(e.name,
    h("p", {}, [e.sector.label || e.sector.code, e.address].filter(Boolean).join(" · ")),
    h("p", {}, h("span", { class: "badge plain" }, t("employer.stage", { stage: code("stage", r.stage) })),
      r.follow_up_due ? h("span", { class: r.follow_up_overdue ? "badge warn" : "badge plain" }, r.follow_up_overdue ? t("employer.overdue_since", { date: day(r.follow_up_due) }) : t("employer.next", { date: day(r.follow_up_due) }))
        : h("span", { class: "badge plain" }, t("employer.no_follow_up"))),
    (e.contact_people || []).length ? h("p", {}, t("employer.people", { people: e.contact_people.map((p) => [p.name, p.role, p.phone, p.email].filter(Boolean).join(", ")).join("; ") })) : null,
    v.how_to_apply.length ? h("p", {}, t("client.how_to_apply", { how: v.how_to_apply.join("; ") })) : null,
    v.track_record ? h("p", {}, t("employer.track", { reason: v.track_record.reason || "" })) : null,
    h("h2", {}, t("col.open")),
    v.open_vacancies.length ? h("ul", {}, v.open_vacancies.map((x) => h("li", {}, x.title))) : h("p", { class: "muted" }, t("employer.no_open")),
    h("h2", {}, t("employer.history")),
    history.length ? h("ul", {}, history.map((x) => h("li", {}, day(x.day) + " — " + x.text))) : h("p", { class: "muted" }, t("employer.no_history")));
}

// --- dashboard

function chart(title, weeks, series, opt) {
  const W = 600, H = 220, L = 40, B = 30, T = 10;
  const max = Math.max(opt.target || 0, ...series.flatMap((s) => s.values.filter((v) => v !== null)), 1) * 1.1;
  const x = (i) => L + (i + 0.5) * (W - L - 10) / weeks.length, y = (v) => T + (H - B - T) * (1 - v / max);
  const kids = [h("title", {}, title)];
  for (const tick of [0, max / 2, max / 1.1]) {
    const r = Math.round(tick * 10) / 10;
    kids.push(h("line", { x1: L, x2: W - 10, y1: y(tick), y2: y(tick), stroke: "#eee" }), h("text", { x: L - 4, y: y(tick) + 4, "text-anchor": "end", "font-size": 11 }, (opt.pct ? Math.round(tick * 100) + "%" : num(r, r % 1 ? 1 : 0))));
  }
  weeks.forEach((w, i) => kids.push(h("text", { x: x(i), y: H - 10, "text-anchor": "middle", "font-size": 10 }, day(w, true))));
  const colours = ["#0b5cad", "#b45309", "#15803d", "#7c3aed", "#be123c"];
  series.forEach((s, k) => {
    const bw = (W - L - 10) / weeks.length / (series.length + 1);
    s.values.forEach((v, i) => {
      if (v === null) return;
      kids.push(h("rect", { x: x(i) - (series.length * bw) / 2 + k * bw, y: y(v), width: bw * 0.9, height: Math.max(0, y(0) - y(v)), fill: colours[k % colours.length] },
        h("title", {}, t("chart.bar", { series: s.name, week: day(weeks[i]), value: opt.pct ? Math.round(v * 100) + "%" : num(v, v % 1 ? 1 : 0) }))));
    });
  });
  if (opt.target) kids.push(h("line", { x1: L, x2: W - 10, y1: y(opt.target), y2: y(opt.target), stroke: "#b91c1c", "stroke-dasharray": "6 4", "stroke-width": 2 }, h("title", {}, t("chart.target", { n: opt.target }))));
  const table = h("table", { class: "sr-only" }, h("caption", {}, title),
    h("tr", {}, h("th", {}, t("chart.week_to")), series.map((s) => h("th", {}, s.name))),
    weeks.map((w, i) => h("tr", {}, h("td", {}, day(w)), series.map((s) => h("td", {}, s.values[i] === null ? t("chart.na") : num(s.values[i], s.values[i] % 1 ? 2 : 0))))));
  const empty = series.every((s) => s.values.every((v) => v === null));
  return h("figure", {}, h("figcaption", {}, title),
    empty ? h("p", { class: "muted" }, t("chart.empty")) : null,
    h("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": title }, kids),
    series.length > 1 || opt.target ? h("p", { class: "legend" }, series.map((s, k) => s.name + " (" + [t("colour.blue"), t("colour.amber"), t("colour.green"), t("colour.violet"), t("colour.red")][k % 5] + ")").join(", ") + (opt.target ? "; " + t("chart.target_line", { n: opt.target }) : "")) : null,
    table);
}

async function dashboard() {
  const data = await api("GET", "/v1/report/weeks?weeks=8");
  const weeks = data.weeks.map((r) => r.period.to);
  const names = [...new Set(data.weeks.flatMap((r) => r.specialists.map((s) => s.name)))].sort();
  const perSpec = names.map((n) => ({ name: n, values: data.weeks.map((r) => { const s = r.specialists.find((x) => x.name === n); return s ? s.face_to_face : 0; }) }));
  const last = data.weeks[data.weeks.length - 1];
  show(t("dash.title") + (data.specialist ? ": " + data.specialist : ""),
    h("p", { class: "muted" }, t("dash.summary", { date: day(weeks[weeks.length - 1]), n: last.caseload, w: last.working })),
    (last.flags || []).map((f) => h("p", { class: "notice error" }, f)),
    chart(t("dash.face_to_face"), weeks, perSpec, { target: 6 }),
    chart(t("dash.first_contact"), weeks, [{ name: t("dash.median_days"), values: data.weeks.map((r) => r.first_contact.with_contact ? r.first_contact.median_days : null) }], { target: 30 }),
    chart(t("dash.starts"), weeks, [{ name: t("dash.job_starts"), values: data.weeks.map((r) => r.job_starts) }], {}),
    chart(t("dash.retention"), weeks, [{ name: t("dash.retention_series"), values: data.weeks.map((r) => r.retention_90.den ? r.retention_90.value : null) }], { pct: true }));
}

// --- routing

async function route() {
  if (!sessionStorage.getItem(TOKEN)) { signOut(); return; }
  if (!me && !(await signIn(sessionStorage.getItem(TOKEN)))) return;
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const parts = (path || "/").split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query || "");
  page().replaceChildren(h("p", { class: "muted", role: "status" }, t("loading")));
  try {
    if (parts[0] === "client" && parts[1]) await client(parts[1]);
    else if (parts[0] === "plan") await plan(params);
    else if (parts[0] === "employers") await employers();
    else if (parts[0] === "employer" && parts[1]) await employerPage(parts[1]);
    else if (parts[0] === "dashboard") await dashboard();
    else await caseload();
  } catch (e) {
    failure(e);
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  lang = pickLang();
  await loadDict();
  applyLang();
  document.getElementById("lang").addEventListener("change", (ev) => {
    lang = LANGS.includes(ev.target.value) ? ev.target.value : "en";
    localStorage.setItem(LANG, lang);
    applyLang();
    if (me) route(); // ask the API again, in the new language
  });
  document.getElementById("signin-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (await signIn(document.getElementById("token").value.trim())) {
      document.getElementById("token").value = "";
      route();
    }
  });
  document.getElementById("signout").addEventListener("click", () => signOut(t("signout.done")));
  window.addEventListener("hashchange", route);
  route();
});
