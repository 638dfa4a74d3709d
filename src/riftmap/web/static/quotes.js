// The quote search view: the form's fields are the URL's state, results page by page.
"use strict";

R.PAGE = 50;

R.refreshQuotes = async function () {
  const s = R.state();
  const form = document.getElementById("q-form");
  for (const input of form.elements) if (input.name && s[input.name] !== undefined) input.value = s[input.name];
  const offset = Number(s.offset || 0);
  const params = { limit: R.PAGE, offset };
  for (const name of ["words", "actor", "target", "topic", "outlet", "since", "until", "sort"]) params[name] = s[name];
  const found = await R.api("/api/quotes", params);
  document.getElementById("q-count").textContent =
    `${found.total} quotes` + (found.total > R.PAGE ? `, ${offset + 1}–${offset + found.items.length}` : "");
  const body = R.clear(document.querySelector("#q-table tbody"));
  for (const q of found.items) {
    body.append(R.el("tr", { class: q.corrected ? "corrected" : null },
      R.el("td", {}, q.speaker_name || "—"),
      R.el("td", {}, R.el("q", {}, q.content_text || "")),
      R.el("td", {}, R.dateLabel(q)),
      R.el("td", {}, q.outlet || ""),
      R.el("td", {}, R.el("button", {
        type: "button", class: "link",
        onclick: () => R.openArticle(q.article_id, q.idx),
      }, q.title || q.doc)),
    ));
  }
  document.getElementById("q-prev").disabled = offset === 0;
  document.getElementById("q-next").disabled = offset + R.PAGE >= found.total;
};

R.initQuotes = function () {
  const form = document.getElementById("q-form");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const changes = { offset: null };
    for (const input of form.elements) if (input.name) changes[input.name] = input.value;
    R.setState(changes, true);
    R.refreshQuotes();
  });
  const move = (delta) => () => {
    const offset = Math.max(0, Number(R.state().offset || 0) + delta);
    R.setState({ offset: offset || null }, true);
    R.refreshQuotes();
  };
  document.getElementById("q-prev").addEventListener("click", move(-R.PAGE));
  document.getElementById("q-next").addEventListener("click", move(R.PAGE));
};
