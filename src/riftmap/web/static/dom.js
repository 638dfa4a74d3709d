// Small helpers shared by the page's views. Every piece of text from the store goes into the
// page through textContent (el's children), never as HTML: article text cannot run anything.
"use strict";

const R = {};

R.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
};

R.clear = function (node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
};

R.api = async function (path, params, options) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, value);
  }
  const response = await fetch(url, Object.assign({ credentials: "same-origin" }, options));
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = Array.isArray(body.detail)
      ? body.detail.map((d) => `${(d.loc || []).slice(-1)[0]}: ${d.msg}`).join("; ")
      : body.detail;
    R.error(`${response.status}: ${detail || response.statusText}`);
    throw new Error(detail || response.statusText);
  }
  R.error(null);
  return body;
};

R.post = function (path, body, method) {
  return R.api(path, {}, {
    method: method || "POST",
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
};

R.error = function (message) {
  const box = document.getElementById("error");
  box.textContent = message || "";
  box.hidden = !message;
};

// The view's state lives in the URL's query string, so a link reopens the same view.
R.state = function () {
  return Object.fromEntries(new URLSearchParams(location.search));
};

R.setState = function (changes, push) {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  params.delete("token");
  const query = params.toString();
  const url = location.pathname + (query ? "?" + query : "");
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
};

R.dateLabel = function (item) {
  return item.date || "undated";
};

R.source = function (item) {
  return item.outlet || item.title || item.doc || item.article_id;
};

// A small timeline: one bar per window, hostile statements in red over all statements.
R.sparkline = function (timeline) {
  if (!timeline.some((w) => w.start)) {
    const total = timeline.reduce((n, w) => n + w.statements, 0);
    const hostile = timeline.reduce((n, w) => n + w.hostile, 0);
    return R.el("span", { class: "muted spark-none" }, `${hostile} of ${total} statements hostile (undated: no timeline)`);
  }
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const width = 120, height = 24;
  svg.setAttribute("width", width);
  svg.setAttribute("height", height);
  svg.setAttribute("class", "spark");
  const most = Math.max(1, ...timeline.map((w) => w.statements));
  const step = width / Math.max(1, timeline.length);
  timeline.forEach((w, i) => {
    for (const [count, cls] of [[w.statements, "all"], [w.hostile, "hostile"]]) {
      const bar = document.createElementNS(ns, "rect");
      const h = Math.max(count ? 1 : 0, (count / most) * height);
      bar.setAttribute("x", i * step);
      bar.setAttribute("y", height - h);
      bar.setAttribute("width", Math.max(1, step - 1));
      bar.setAttribute("height", h);
      bar.setAttribute("class", cls);
      svg.append(bar);
    }
  });
  const title = document.createElementNS(ns, "title");
  title.textContent = timeline.map((w) => `${w.start || "?"}: ${w.hostile}/${w.statements} hostile`).join("\n");
  svg.append(title);
  return svg;
};
