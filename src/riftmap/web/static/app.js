// The map view: the slice's network drawn at the corpus's fixed positions, coloured by
// faction and polarity; the rift list; the statements behind a clicked tie or actor.
"use strict";

R.COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#edc948", "#76b7b2", "#ff9da7", "#9c755f"];
R.config = { edits: false };
R.range = null; // [first day, number of days] of the store's dated articles

R.day = function (offset) {
  const d = new Date(R.range[0]);
  d.setUTCDate(d.getUTCDate() + Number(offset));
  return d.toISOString().slice(0, 10);
};

R.slice = function () {
  const s = R.state();
  return { since: s.since, until: s.until, topic: s.topic, actor: s.actor, depth: s.depth, min_statements: s.min };
};

R.polarityClass = (p) => (p <= -0.2 ? "hostile" : p >= 0.2 ? "friendly" : "neutral");

R.style = [
  { selector: "node", style: {
    "label": "data(name)", "background-color": "data(colour)", "font-size": 11,
    "width": "data(size)", "height": "data(size)", "text-valign": "bottom", "text-margin-y": 3 } },
  { selector: "edge", style: {
    "width": "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle",
    "arrow-scale": 0.8, "opacity": 0.8 } },
  { selector: "edge.hostile", style: { "line-color": "#d62728", "target-arrow-color": "#d62728" } },
  { selector: "edge.friendly", style: { "line-color": "#2ca02c", "target-arrow-color": "#2ca02c" } },
  { selector: "edge.neutral", style: { "line-color": "#999", "target-arrow-color": "#999" } },
  { selector: ":selected", style: { "border-width": 3, "border-color": "#111", "line-style": "dashed", "opacity": 1 } },
];

R.refreshMap = async function (relayout) {
  if (relayout || !R.positions) R.positions = (await R.api("/api/layout")).positions;
  const slice = R.slice();
  const [net, parts] = await Promise.all([
    R.api("/api/network", slice), R.api("/api/factions", slice)]);
  const faction = {};
  parts.factions.forEach((f) => f.members.forEach((m) => (faction[m] = f.id)));
  document.getElementById("faction-note").textContent =
    `${parts.factions.length} factions · frustration ${parts.frustration} · polarisation ${parts.polarisation}`;
  const elements = [];
  for (const n of net.nodes) {
    const fallback = { x: 1100, y: (elements.length * 37) % 1000 };
    elements.push({ group: "nodes", position: Object.assign({}, R.positions[n.id] || fallback), data: {
      id: n.id, name: n.name, statements: n.statements, size: 12 + 4 * Math.sqrt(n.statements),
      colour: faction[n.id] === undefined ? "#bbb" : R.COLOURS[faction[n.id] % R.COLOURS.length] } });
  }
  for (const e of net.edges) {
    elements.push({ group: "edges", classes: R.polarityClass(e.polarity), data: {
      id: `${e.source}>${e.target}`, source: e.source, target: e.target, statements: e.statements,
      polarity: e.polarity, width: 1 + 2 * Math.log2(1 + e.statements) } });
  }
  R.cy.elements().remove();
  R.cy.add(elements);
  R.cy.fit(undefined, 30);
  R.refreshRifts(slice);
};

R.refreshRifts = async function (slice) {
  const list = R.clear(document.getElementById("rifts"));
  const found = await R.api("/api/rifts", Object.assign({ top: 10 }, slice));
  if (!found.length) list.append(R.el("li", { class: "muted" }, "no rift in this slice"));
  for (const rift of found) {
    const [a, b] = rift.actors;
    const name = (id) => (R.cy.getElementById(id).data("name") || id);
    list.append(R.el("li", { class: "rift", dataset: { pair: `${a}|${b}` } },
      R.el("button", { type: "button", class: "link", onclick: () => R.selectPair(a, b) },
        `${name(a)} – ${name(b)}`),
      ` score ${rift.score}`,
      R.el("br"),
      R.sparkline(rift.timeline),
      R.el("span", { class: "muted" },
        [rift.first_hostile && `hostile since ${rift.first_hostile}`, rift.topics.length && `topics: ${rift.topics.join(", ")}`,
         rift.brokers.length && `brokers: ${rift.brokers.map(name).join(", ")}`].filter(Boolean).join(" · "))));
  }
};

R.selectPair = function (a, b) {
  const edge = R.cy.getElementById(`${a}>${b}`).length ? R.cy.getElementById(`${a}>${b}`) : R.cy.getElementById(`${b}>${a}`);
  if (edge.length) R.showEdge(edge);
};

// Only the latest click's statements are shown, however the answers arrive.
R.detailSeq = 0;

R.showEdge = async function (edge) {
  const seq = ++R.detailSeq;
  R.cy.elements().unselect();
  edge.select();
  R.setState({ sel: edge.id() });
  const d = edge.data();
  document.getElementById("detail-title").textContent =
    `${edge.source().data("name")} → ${edge.target().data("name")} (${d.statements})`;
  const slice = R.slice();
  const found = await R.api("/api/relations", {
    actor: d.source, target: d.target, since: slice.since, until: slice.until, topic: slice.topic, limit: 200 });
  if (seq !== R.detailSeq) return;
  R.listStatements(found.items.map((r) => ({
    who: r.source_name, date: R.dateLabel(r), where: R.source(r), text: r.evidence_text,
    tag: `${r.type} ${r.polarity > 0 ? "+" : r.polarity < 0 ? "−" : "0"}`, corrected: r.corrected,
    quote: r.quote, open: () => R.openArticle(r.article_id, r.quote, r.idx),
    reject: () => R.post("/api/corrections", {
      item: "relation", article_id: r.article_id, idx: r.idx, field: "wrong", value: "true" })
      .then(() => R.refreshMap(true)).then(() => R.reselect()) })));
};

R.reselect = function () {
  const sel = R.state().sel && R.cy.getElementById(R.state().sel);
  if (sel && sel.length) return sel.isEdge() ? R.showEdge(sel) : R.showNode(sel);
};

R.showNode = async function (node) {
  const seq = ++R.detailSeq;
  R.cy.elements().unselect();
  node.select();
  R.setState({ sel: node.id() });
  document.getElementById("detail-title").textContent = `Quotes of ${node.data("name")}`;
  const slice = R.slice();
  const found = await R.api("/api/quotes", { actor: node.id(), since: slice.since, until: slice.until, limit: 200 });
  if (seq !== R.detailSeq) return;
  R.listStatements(found.items.map((q) => ({
    who: q.speaker_name, date: R.dateLabel(q), where: R.source(q), text: q.content_text, tag: q.kind,
    corrected: q.corrected, quote: q.idx, open: () => R.openArticle(q.article_id, q.idx) })));
  if (R.config.edits) document.getElementById("detail").prepend(R.actorForm(node));
};

// Merge the clicked actor into another (the same person under two ids), or split it out again.
R.actorForm = function (node) {
  const input = R.el("input", { list: "actor-names", placeholder: "the same actor as (id)", id: "merge-into" });
  const done = () => R.refreshMap(true);
  return R.el("li", { class: "fix" }, input,
    R.el("button", { type: "button", id: "merge-save", onclick: () =>
      R.post("/api/actors/merge", { ids: [R.actorId(input.value), node.id()] }).then(done) }, "Merge"),
    R.el("button", { type: "button", onclick: () =>
      R.post("/api/actors/split", { id: node.id() }).then(done) }, "Split out"));
};

R.listStatements = function (items) {
  document.getElementById("detail-hint").hidden = true;
  const list = R.clear(document.getElementById("detail"));
  for (const item of items) {
    const quote = item.quote === null || item.quote === undefined ? null : String(item.quote);
    list.append(R.el("li", { class: item.corrected ? "statement corrected" : "statement", dataset: quote === null ? {} : { quote } },
      R.el("div", { class: "who" }, R.el("strong", {}, item.who || "unknown"), ` · ${item.date} · ${item.where} · ${item.tag}`),
      R.el("button", { type: "button", class: "link quote", onclick: item.open }, item.text || "(no text)"),
      R.config.edits && item.reject ? R.el("button", { type: "button", class: "reject", title: "this relation is wrong",
        onclick: item.reject }, "wrong") : null));
  }
  if (!items.length) list.append(R.el("li", { class: "muted" }, "nothing in this slice"));
};

R.initFilters = async function () {
  const stats = await R.api("/api/stats");
  document.getElementById("stats").textContent =
    `${stats.articles} articles · ${stats.quotes} quotes · ${stats.relations} relations · ${stats.actors} actors` +
    (stats.corrections ? ` · ${stats.corrections} corrections` : "");
  const topics = document.getElementById("f-topic");
  for (const t of stats.topics) topics.append(R.el("option", { value: t }, t));
  const names = R.clear(document.getElementById("actor-names"));
  for (const a of (await R.api("/api/actors", { limit: 500 })).items) names.append(R.el("option", { value: a.id }, a.name));
  const s = R.state();
  topics.value = s.topic || "";
  document.getElementById("f-actor").value = s.actor || "";
  document.getElementById("f-depth").value = s.depth || 1;
  document.getElementById("f-min").value = s.min || 1;
  R.initTime(stats, s);
  const apply = (changes) => { R.setState(changes, true); R.refreshMap(false); };
  topics.addEventListener("change", () => apply({ topic: topics.value }));
  document.getElementById("f-actor").addEventListener("change", (e) => apply({ actor: R.actorId(e.target.value) }));
  document.getElementById("f-depth").addEventListener("change", (e) => apply({ depth: e.target.value }));
  document.getElementById("f-min").addEventListener("change", (e) => apply({ min: e.target.value }));
  document.getElementById("f-reset").addEventListener("click", () => { history.pushState(null, "", "/"); location.reload(); });
};

R.initTime = function (stats, s) {
  const from = document.getElementById("f-from"), to = document.getElementById("f-to");
  const label = document.getElementById("time-label");
  if (!stats.first_published) {
    from.disabled = to.disabled = true;
    label.textContent = "the articles carry no dates";
    return;
  }
  const first = new Date(stats.first_published), last = new Date(stats.last_published);
  R.range = [first, Math.round((last - first) / 86400000)];
  for (const input of [from, to]) input.max = R.range[1];
  const offset = (day) => (day ? Math.round((new Date(day) - first) / 86400000) : null);
  from.value = offset(s.since) ?? 0;
  to.value = offset(s.until) ?? R.range[1];
  const show = () => (label.textContent = `${R.day(from.value)} – ${R.day(to.value)}`);
  show();
  for (const input of [from, to]) {
    input.addEventListener("input", show);
    input.addEventListener("change", () => {
      if (Number(from.value) > Number(to.value)) [from.value, to.value] = [to.value, from.value];
      show();
      R.setState({ since: Number(from.value) ? R.day(from.value) : null,
        until: Number(to.value) < R.range[1] ? R.day(to.value) : null }, true);
      R.refreshMap(false);
    });
  }
};

R.show = function (view) {
  document.getElementById("map-view").hidden = view !== "map";
  document.getElementById("quotes-view").hidden = view !== "quotes";
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.view === view);
};

R.start = async function () {
  R.config = await R.api("/api/config");
  document.getElementById("edit-mode").hidden = !R.config.edits;
  R.cy = cytoscape({ container: document.getElementById("graph"), style: R.style, layout: { name: "preset" } });
  R.cy.on("tap", "edge", (e) => R.showEdge(e.target));
  R.cy.on("tap", "node", (e) => R.showNode(e.target));
  document.getElementById("article-close").addEventListener("click", R.closeArticle);
  R.initQuotes();
  await R.initFilters();
  const view = location.pathname === "/quotes" ? "quotes" : "map";
  R.show(view);
  if (view === "quotes") await R.refreshQuotes();
  else {
    await R.refreshMap(true);
    await R.reselect();
  }
  const s = R.state();
  if (s.article) await R.openArticle(s.article, s.quote, s.relation);
  document.body.dataset.ready = "true";
};

window.riftmap = R;
R.start().catch((err) => R.error(String(err)));
