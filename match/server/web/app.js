// The specialists' page: plain DOM, no framework, no network beyond this
// server. Every text from the API is set as text, never as HTML.
"use strict";

const TOKEN = "ipsmatch.token";
let me = null;

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
    headers: Object.assign({ "Authorization": "Bearer " + sessionStorage.getItem(TOKEN) },
      body ? { "Content-Type": "application/json" } : {}),
    body: body ? JSON.stringify(body) : undefined,
  });
  let data = null;
  try { data = await res.json(); } catch (e) { data = null; }
  if (res.status === 401) { signOut("Your token was not accepted; sign in again."); }
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
  const msg = err instanceof APIError && err.status === 403 ? "Not allowed for your token: " + err.message : err.message;
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
    document.getElementById("signin-error").textContent = "That token was not accepted.";
    return false;
  }
  document.getElementById("signin").hidden = true;
  document.getElementById("nav").hidden = false;
  document.getElementById("whoami").textContent = "Signed in: " + (me.specialist || me.name || me.role) + " (" + me.role + ")";
  return true;
}

// --- caseload

async function caseload() {
  const data = await api("GET", "/v1/clients");
  const rows = data.clients.map((c) => h("tr", {},
    h("td", {}, h("a", { href: "#/client/" + encodeURIComponent(c.id) }, c.id)),
    h("td", {}, c.specialist || "—"),
    h("td", {}, String(c.days_since_enrolment)),
    h("td", {},
      c.past_day_30 ? h("span", { class: "badge warn" }, "past day 30, no employer contact") : null,
      c.working ? h("span", { class: "badge ok" }, "working now" + (c.current_job ? ": " + c.current_job.title : "")) : null,
      c.first_face_to_face ? h("span", { class: "badge plain" }, "first contact " + c.first_face_to_face) : null),
    h("td", {}, words(c.disclosure))));
  show("Caseload",
    h("p", { class: "muted" }, data.clients.length + " clients on " + data.today),
    h("table", {},
      h("caption", { class: "sr-only" }, "Clients with days since enrolment and flags"),
      h("thead", {}, h("tr", {}, ["Client", "Specialist", "Days since enrolment", "Flags", "Disclosure"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows)));
}

// --- one client

function reasonList(reasons) {
  return h("ul", { class: "reasons" }, (reasons || []).map((r) => h("li", { class: r.effect }, h("span", { class: "sr-only" }, r.effect + ": "), r.text)));
}

function applyText(a) {
  if (!a) return "";
  const m = words(a.method);
  return [m, a.detail].filter(Boolean).join(": ");
}

const actionText = {
  apply_on_own: "The client applies on their own; the specialist helps behind the scenes.",
  specialist_may_introduce: "The specialist may introduce the client (employment programme only, no health details).",
  specialist_may_advocate: "The specialist may introduce the client, advocate and ask for accommodations.",
};

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
    h("span", { class: "badge plain" }, "day " + s.days_since_enrolment + " since enrolment"),
    s.past_day_30 ? h("span", { class: "badge warn" }, "past day 30, no employer contact") : null,
    s.working ? h("span", { class: "badge ok" }, "working now") : null,
    h("span", { class: "badge plain" }, "disclosure: " + words(s.disclosure)));
  const results = h("ol", { class: "results", "aria-label": "Ranked vacancies" }, res.results.map((r, i) => h("li", {},
    h("h3", {}, r.rank + ". " + r.title + " ",
      r.employer_id ? h("span", { class: "muted" }, "at ", h("a", { href: "#/employer/" + encodeURIComponent(r.employer_id) }, r.employer_name || r.employer_id)) : null),
    h("p", {}, "Score " + r.score.toFixed(2),
      r.distance_km !== null ? " · " + r.distance_km.toFixed(1) + " km" : "",
      r.commute_minutes !== null ? " · about " + r.commute_minutes + " min" : "",
      r.competitive ? "" : " · not competitive (" + words(r.channel) + ")"),
    h("p", { class: "action" }, actionText[r.action] || words(r.action)),
    vacs[i] && applyText(vacs[i].application) ? h("p", {}, "How to apply: " + applyText(vacs[i].application)) : null,
    (r.flags || []).map((f) => h("p", { class: "badge warn" }, f)),
    reasonList(r.reasons))));
  const leadList = h("ol", { "aria-label": "Employer leads" }, leads.leads.map((l) => h("li", {},
    h("a", { href: "#/employer/" + encodeURIComponent(l.employer_id) }, l.name), " — " + words(l.stage) +
    (l.open_vacancies ? ", " + l.open_vacancies + " open vacancies" : "") + ". ", h("span", { class: "muted" }, l.action_text))));
  show("Client " + id,
    flags,
    (res.flags || []).map((f) => h("p", { class: "notice error" }, f)),
    h("div", { class: "cols" },
      h("section", { "aria-labelledby": "m-h" }, h("h2", { id: "m-h" }, "Best vacancies"),
        res.results.length ? results : h("p", {}, "No vacancy meets every must.")),
      h("div", {},
        h("section", { "aria-labelledby": "map-h" }, h("h2", { id: "map-h" }, "Map"), drawMap(map)),
        h("section", { "aria-labelledby": "l-h" }, h("h2", { id: "l-h" }, "Employers to approach"), leadList),
        h("section", { "aria-labelledby": "c-h" }, h("h2", { id: "c-h" }, "Record an employer contact"), contactForm(id, emps.employers, res.today)))));
}

// drawMap draws home, the commute limit, the results and the employers on
// a plain projection around home: no tiles, nothing fetched.
function drawMap(m) {
  if (!m.home) return h("p", { class: "muted" }, "No home location on file, so no map.");
  const kx = 111.32 * Math.cos(m.home.lat * Math.PI / 180), ky = 110.57;
  const pts = [...m.vacancies.map((p) => ({ ...p, kind: "vacancy" })), ...m.employers.map((p) => ({ ...p, kind: "employer" }))]
    .map((p) => ({ ...p, x: (p.lon - m.home.lon) * kx, y: -(p.lat - m.home.lat) * ky }));
  let span = Math.max(m.reach_km || 0, ...pts.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))), 0.5) * 1.15;
  const S = 200, sc = (S - 10) / span;
  const X = (x) => (S + x * sc).toFixed(1), Y = (y) => (S + y * sc).toFixed(1);
  const kids = [
    h("title", { id: "map-t" }, "Map around the client's home"),
    h("desc", { id: "map-d" }, `Home at the centre; ${m.reach_km ? "commute limit about " + m.reach_km.toFixed(1) + " km" : "no commute limit"}; ${m.vacancies.length} vacancies and ${m.employers.length} employers.`),
    h("line", { x1: 0, y1: S, x2: 2 * S, y2: S, stroke: "#e5e7eb" }),
    h("line", { x1: S, y1: 0, x2: S, y2: 2 * S, stroke: "#e5e7eb" }),
  ];
  if (m.reach_km) kids.push(h("circle", { cx: S, cy: S, r: (m.reach_km * sc).toFixed(1), fill: "#dbeafe", "fill-opacity": 0.5, stroke: "#0b5cad", "stroke-dasharray": "6 4" }));
  for (const p of pts.filter((p) => p.kind === "employer")) {
    kids.push(h("rect", { x: X(p.x) - 6, y: Y(p.y) - 6, width: 12, height: 12, fill: "#fff", stroke: "#6b21a8", "stroke-width": 2 }, h("title", {}, "Employer lead " + p.rank + ": " + p.label)));
  }
  for (const p of pts.filter((p) => p.kind === "vacancy")) {
    kids.push(h("g", {}, h("title", {}, "Vacancy " + p.rank + ": " + p.label),
      h("circle", { cx: X(p.x), cy: Y(p.y), r: 9, fill: "#0b5cad" }),
      h("text", { x: X(p.x), y: +Y(p.y) + 4, "text-anchor": "middle", "font-size": 10, fill: "#fff" }, String(p.rank))));
  }
  kids.push(h("path", { d: `M${S - 9} ${S + 7} v-9 l9 -8 l9 8 v9 z`, fill: "#b91c1c" }, h("title", {}, "Home")));
  const km = niceKm(span / 2);
  kids.push(h("line", { x1: 10, y1: 2 * S - 12, x2: 10 + km * sc, y2: 2 * S - 12, stroke: "#111", "stroke-width": 2 }),
    h("text", { x: 10, y: 2 * S - 18, "font-size": 11 }, km + " km"));
  return h("figure", {},
    h("svg", { class: "map", viewBox: `0 0 ${2 * S} ${2 * S}`, role: "img", "aria-labelledby": "map-t map-d" }, kids),
    h("figcaption", { class: "legend" }, "Red house: home. Dashed circle: commute limit. Blue numbers: ranked vacancies. Purple squares: employer leads."));
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
    field("c-employer", "Employer", sel("c-employer", employers.map((e) => [e.id, e.name]))),
    field("c-purpose", "Purpose", sel("c-purpose", [["present_candidate", "present the client as a candidate"], ["interview", "arrange or accompany an interview"],
      ["follow_along", "follow-along support after a start"], ["introduction", "introduction"], ["learn_business", "learn the business"], ["thank_you", "thank you"]])),
    field("c-type", "How", sel("c-type", [["face_to_face", "face to face"], ["phone", "phone"], ["email", "email"]])),
    field("c-day", "Day", h("input", { id: "c-day", type: "date", value: today, required: true })),
    field("c-learned", "What was learned (optional)", h("textarea", { id: "c-learned", rows: 2 })),
    h("label", { class: "check" }, h("input", { type: "checkbox", id: "c-byclient" }), "The client made this contact themselves"),
    me.role !== "specialist" ? field("c-spec", "Specialist", h("input", { id: "c-spec", required: true })) : null,
    h("button", { type: "submit" }, "Record contact"),
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
      status.replaceChildren(h("p", { class: "notice ok" }, "Contact recorded."));
    } catch (e) {
      const why = e.body && e.body.code === "disclosure_forbids" ? "Not recorded: the client's disclosure choice forbids this contact. " : "Not recorded. ";
      status.replaceChildren(h("p", { class: "notice error", role: "alert" }, why + e.message));
    }
  });
  return form;
}

// --- plan and visit sheet

async function plan(params) {
  const spec = me.role === "specialist" ? me.specialist : (params.get("specialist") || "");
  const week = params.get("week") || "";
  const toolbar = h("form", { class: "toolbar noprint", id: "plan-form" },
    me.role !== "specialist" ? h("div", {}, h("label", { for: "p-spec" }, "Specialist"), h("input", { id: "p-spec", value: spec, required: true })) : null,
    h("div", {}, h("label", { for: "p-week" }, "Week of"), h("input", { id: "p-week", type: "date", value: week })),
    h("button", { type: "submit" }, "Plan"),
    h("button", { type: "button", id: "print", onclick: () => window.print() }, "Print visit sheet"));
  toolbar.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    const s = toolbar.querySelector("#p-spec");
    if (s && s.value) q.set("specialist", s.value);
    if (toolbar.querySelector("#p-week").value) q.set("week", toolbar.querySelector("#p-week").value);
    location.hash = "#/plan?" + q.toString();
  });
  if (!spec) { show("Visit plan", toolbar, h("p", {}, "Choose a specialist.")); return; }
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
        h("dt", {}, "Address"), h("dd", {}, (e && e.address) || "—"),
        h("dt", {}, "Contact person"), h("dd", {}, people || "—"),
        h("dt", {}, "Purpose"), h("dd", {}, words(v.purpose)),
        h("dt", {}, "Serves"), h("dd", {}, (v.clients || []).join(", ") || "the programme") ,
        v.present_for && v.present_for.length ? [h("dt", {}, "May present"), h("dd", {}, v.present_for.join(", "))] : null,
        h("dt", {}, "Last time"), h("dd", {}, rel && rel.learned && rel.learned.length ? rel.learned[0] : "no notes yet"),
        v.follow_up_due ? [h("dt", {}, "Follow-up due"), h("dd", {}, v.follow_up_due)] : null),
      h("ul", { class: "reasons" }, (v.reasons || []).map((r) => h("li", { class: "neutral" }, r))));
  });
  show("Visit sheet: " + pl.specialist + ", week of " + pl.week, toolbar,
    (pl.flags || []).map((f) => h("p", { class: "notice error" }, f)),
    visits.length ? visits : h("p", {}, "No visit to propose this week."));
}

// --- employers

async function employers() {
  const data = await api("GET", "/v1/employers");
  show("Employers", h("table", {},
    h("thead", {}, h("tr", {}, ["Employer", "Sector", "Stage", "Next follow-up", "Open vacancies"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, data.employers.map((e) => h("tr", {},
      h("td", {}, h("a", { href: "#/employer/" + encodeURIComponent(e.id) }, e.name)),
      h("td", {}, e.sector.label || e.sector.code),
      h("td", {}, words(e.stage)),
      h("td", {}, e.follow_up_due ? e.follow_up_due : "—", e.follow_up_overdue ? h("span", { class: "badge warn" }, " overdue") : null),
      h("td", {}, String(e.open_vacancies)))))));
}

async function employerPage(id) {
  const v = await api("GET", "/v1/employers/" + encodeURIComponent(id));
  const e = v.employer, r = v.relationship;
  const history = [
    ...v.contacts.map((c) => ({ day: c.at.slice(0, 10), text: `${words(c.type)} ${words(c.purpose)} by ${c.by_client ? "client " + c.client_id + " (on their own)" : c.specialist}${c.client_id && !c.by_client ? ", for client " + c.client_id : ""}${c.learned ? " — learned: " + c.learned : ""}` })),
    ...v.placements.map((p) => ({ day: p.start, text: `job start: client ${p.client_id}, ${p.title}${p.end ? ", ended " + p.end : ", working now"}` })),
  ].sort((a, b) => (a.day < b.day ? 1 : -1));
  show(e.name,
    h("p", {}, [e.sector.label || e.sector.code, e.address].filter(Boolean).join(" · ")),
    h("p", {}, h("span", { class: "badge plain" }, "stage: " + words(r.stage)),
      r.follow_up_due ? h("span", { class: r.follow_up_overdue ? "badge warn" : "badge plain" }, (r.follow_up_overdue ? "follow-up overdue since " : "next follow-up ") + r.follow_up_due)
        : h("span", { class: "badge plain" }, "no follow-up planned")),
    (e.contact_people || []).length ? h("p", {}, "Contact people: " + e.contact_people.map((p) => [p.name, p.role, p.phone, p.email].filter(Boolean).join(", ")).join("; ")) : null,
    v.how_to_apply.length ? h("p", {}, "How to apply: " + v.how_to_apply.join("; ")) : null,
    v.track_record ? h("p", {}, "Track record: " + (v.track_record.reason || "")) : null,
    h("h2", {}, "Open vacancies"),
    v.open_vacancies.length ? h("ul", {}, v.open_vacancies.map((x) => h("li", {}, x.title))) : h("p", { class: "muted" }, "none"),
    h("h2", {}, "History"),
    history.length ? h("ul", {}, history.map((x) => h("li", {}, x.day + " — " + x.text))) : h("p", { class: "muted" }, "No contact with the team yet."));
}

// --- dashboard

function chart(title, weeks, series, opt) {
  const W = 600, H = 220, L = 40, B = 30, T = 10;
  const max = Math.max(opt.target || 0, ...series.flatMap((s) => s.values.filter((v) => v !== null)), 1) * 1.1;
  const x = (i) => L + (i + 0.5) * (W - L - 10) / weeks.length, y = (v) => T + (H - B - T) * (1 - v / max);
  const kids = [h("title", {}, title)];
  for (const t of [0, max / 2, max / 1.1]) {
    kids.push(h("line", { x1: L, x2: W - 10, y1: y(t), y2: y(t), stroke: "#eee" }), h("text", { x: L - 4, y: y(t) + 4, "text-anchor": "end", "font-size": 11 }, (opt.pct ? Math.round(t * 100) + "%" : Math.round(t * 10) / 10)));
  }
  weeks.forEach((w, i) => kids.push(h("text", { x: x(i), y: H - 10, "text-anchor": "middle", "font-size": 10 }, w.slice(5))));
  const colours = ["#0b5cad", "#b45309", "#15803d", "#7c3aed", "#be123c"];
  series.forEach((s, k) => {
    const bw = (W - L - 10) / weeks.length / (series.length + 1);
    s.values.forEach((v, i) => {
      if (v === null) return;
      kids.push(h("rect", { x: x(i) - (series.length * bw) / 2 + k * bw, y: y(v), width: bw * 0.9, height: Math.max(0, y(0) - y(v)), fill: colours[k % colours.length] },
        h("title", {}, `${s.name}, week to ${weeks[i]}: ${opt.pct ? Math.round(v * 100) + "%" : v}`)));
    });
  });
  if (opt.target) kids.push(h("line", { x1: L, x2: W - 10, y1: y(opt.target), y2: y(opt.target), stroke: "#b91c1c", "stroke-dasharray": "6 4", "stroke-width": 2 }, h("title", {}, "target " + opt.target)));
  const table = h("table", { class: "sr-only" }, h("caption", {}, title),
    h("tr", {}, h("th", {}, "week to"), series.map((s) => h("th", {}, s.name))),
    weeks.map((w, i) => h("tr", {}, h("td", {}, w), series.map((s) => h("td", {}, s.values[i] === null ? "n/a" : String(s.values[i]))))));
  const empty = series.every((s) => s.values.every((v) => v === null));
  return h("figure", {}, h("figcaption", {}, title),
    empty ? h("p", { class: "muted" }, "Nothing to show in these weeks yet.") : null,
    h("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": title }, kids),
    series.length > 1 || opt.target ? h("p", { class: "legend" }, series.map((s, k) => s.name + " (" + ["blue", "amber", "green", "violet", "red"][k % 5] + ")").join(", ") + (opt.target ? "; dashed red line: target " + opt.target : "")) : null,
    table);
}

async function dashboard() {
  const data = await api("GET", "/v1/report/weeks?weeks=8");
  const weeks = data.weeks.map((r) => r.period.to);
  const names = [...new Set(data.weeks.flatMap((r) => r.specialists.map((s) => s.name)))].sort();
  const perSpec = names.map((n) => ({ name: n, values: data.weeks.map((r) => { const s = r.specialists.find((x) => x.name === n); return s ? s.face_to_face : 0; }) }));
  const last = data.weeks[data.weeks.length - 1];
  show("Fidelity dashboard" + (data.specialist ? ": " + data.specialist : ""),
    h("p", { class: "muted" }, "Eight weeks to " + weeks[weeks.length - 1] + ". Caseload " + last.caseload + ", working now " + last.working + "."),
    (last.flags || []).map((f) => h("p", { class: "notice error" }, f)),
    chart("Face-to-face employer contacts per specialist per week (target 6)", weeks, perSpec, { target: 6 }),
    chart("Median days from enrolment to first employer contact", weeks, [{ name: "median days", values: data.weeks.map((r) => r.first_contact.with_contact ? r.first_contact.median_days : null) }], { target: 30 }),
    chart("Job starts per week", weeks, [{ name: "job starts", values: data.weeks.map((r) => r.job_starts) }], {}),
    chart("90-day retention of the week's job starts", weeks, [{ name: "retention", values: data.weeks.map((r) => r.retention_90.den ? r.retention_90.value : null) }], { pct: true }));
}

// --- routing

async function route() {
  if (!sessionStorage.getItem(TOKEN)) { signOut(); return; }
  if (!me && !(await signIn(sessionStorage.getItem(TOKEN)))) return;
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const parts = (path || "/").split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query || "");
  page().replaceChildren(h("p", { class: "muted", role: "status" }, "Loading…"));
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

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("signin-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (await signIn(document.getElementById("token").value.trim())) {
      document.getElementById("token").value = "";
      route();
    }
  });
  document.getElementById("signout").addEventListener("click", () => signOut("Signed out."));
  window.addEventListener("hashchange", route);
  route();
});
