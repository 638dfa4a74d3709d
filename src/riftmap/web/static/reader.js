// The article reader and the corrections made from it. The text is cut at the spans' offsets
// and rebuilt from text nodes and <mark> elements: it is never parsed as HTML.
"use strict";

R.openArticle = async function (articleId, quoteIdx, relationIdx) {
  R.setState({ article: articleId, quote: quoteIdx, relation: relationIdx }, true);
  const a = await R.api(`/api/articles/${encodeURIComponent(articleId)}`);
  const view = document.getElementById("article-view");
  view.hidden = false;
  document.getElementById("article-title").textContent = a.title || a.doc;
  document.getElementById("article-meta").textContent =
    [a.outlet, a.date, a.author, a.url].filter(Boolean).join(" · ");
  const quote = a.quotes.find((q) => String(q.idx) === String(quoteIdx));
  const relation = a.relations.find((r) => String(r.idx) === String(relationIdx));
  const spans = [];
  if (quote) {
    spans.push([quote.source_start, quote.source_end, "hl-source", "source"]);
    spans.push([quote.cue_start, quote.cue_end, "hl-cue", "cue"]);
    spans.push([quote.content_start, quote.content_end, "hl-content", "content"]);
  } else if (relation) {
    spans.push([relation.evidence_start, relation.evidence_end, "hl-content", "evidence"]);
  }
  const text = document.getElementById("article-text");
  R.clear(text).append(R.highlight(a.text, spans));
  R.showQuote(a, quote);
  const first = text.querySelector("mark");
  if (first) first.scrollIntoView({ block: "center" });
};

R.highlight = function (text, spans) {
  const fragment = document.createDocumentFragment();
  const cuts = spans
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e > s)
    .sort((x, y) => x[0] - y[0]);
  let at = 0;
  for (const [start, end, cls, role] of cuts) {
    const from = Math.max(start, at);
    if (from >= end) continue;
    fragment.append(document.createTextNode(text.slice(at, from)));
    fragment.append(R.el("mark", { class: cls, title: role, dataset: { role } }, text.slice(from, end)));
    at = end;
  }
  fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
};

R.showQuote = function (article, quote) {
  const box = R.clear(document.getElementById("article-quote"));
  if (!quote) return;
  box.append(
    R.el("p", {},
      R.el("strong", {}, quote.speaker_name || "unknown speaker"),
      ` (${quote.kind}${quote.corrected ? ", corrected" : ""}): `,
      R.el("q", {}, quote.content_text || "")),
  );
  if (R.config.edits) box.append(R.correctionForm(article.id, quote));
};

R.correctionForm = function (articleId, quote) {
  const input = R.el("input", { list: "actor-names", placeholder: "right speaker (actor id)", id: "fix-speaker" });
  const refresh = () => R.openArticle(articleId, quote.idx).then(R.afterEdit);
  const send = (field, value) =>
    R.post("/api/corrections", { item: "quote", article_id: articleId, idx: quote.idx, field, value }).then(refresh);
  return R.el("div", { class: "fix" },
    input,
    R.el("button", { type: "button", id: "fix-speaker-save", onclick: () => send("speaker", R.actorId(input.value)) }, "Set speaker"),
    R.el("button", { type: "button", id: "fix-wrong", onclick: () => send("wrong", "true") }, "Not a quote"),
    R.el("button", { type: "button", onclick: () => R.moveSpan(send) }, "Use selection as content"),
  );
};

R.moveSpan = function (send) {
  const selection = window.getSelection();
  const text = document.getElementById("article-text");
  if (!selection.rangeCount || !text.contains(selection.anchorNode)) {
    R.error("select the quote's words in the article first");
    return;
  }
  const range = selection.getRangeAt(0);
  const before = document.createRange();
  before.setStart(text, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  send("content", `${start}:${start + range.toString().length}`);
};

// What the user typed in an actor box: an id as is, or the id of a name in the datalist.
R.actorId = function (typed) {
  const option = [...document.querySelectorAll("#actor-names option")].find(
    (o) => o.textContent === typed || o.value === typed);
  return option ? option.value : typed.trim();
};

R.afterEdit = function () {
  if (R.refreshMap) R.refreshMap(true);
  if (R.refreshQuotes && !document.getElementById("quotes-view").hidden) R.refreshQuotes();
};

R.closeArticle = function () {
  document.getElementById("article-view").hidden = true;
  R.setState({ article: null, quote: null, relation: null }, true);
};
