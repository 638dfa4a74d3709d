"""Lay a ``Brief`` out as one HTML file (charts inline) or as Markdown with SVG files beside it.

Templates are Jinja2 files in ``riftmap/data/templates/report``. HTML autoescapes everything
(article text, names, titles); only the SVG charts riftmap drew itself are inserted as markup.
Markdown escapes the characters that would turn article text into markup or links.
"""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import jinja2
from markupsafe import Markup

from riftmap.errors import UsageError
from riftmap.report.view import Brief

REPORT_SUFFIXES = (".html", ".htm", ".md", ".markdown")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#|!])")


def _template(name: str) -> str:
    return files("riftmap").joinpath(f"data/templates/report/{name}").read_text("utf-8")


def render_html(brief: Brief) -> str:
    env = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    template = env.from_string(_template("brief.html.j2"))
    return template.render(brief=_marked(brief)).lstrip()


def _marked(brief: Brief) -> Brief:
    """The brief with its charts marked safe: SVG that riftmap drew, its text escaped by
    matplotlib; nothing from an article is marked."""
    from dataclasses import replace

    rifts = tuple(replace(r, chart=Markup(r.chart)) for r in brief.rifts)
    return replace(brief, rifts=rifts, network_chart=Markup(brief.network_chart))


def md_escape(text: object) -> str:
    """Article text as literal Markdown: markup characters backslashed, lines joined."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def render_markdown(brief: Brief, figures: list[str]) -> str:
    """``figures``: the network picture's path, then one per rift, relative to the file."""
    env = jinja2.Environment(autoescape=False, undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=True)
    env.filters["md"] = md_escape
    env.filters["mdurl"] = lambda url: str(url).replace(">", "%3E").replace(" ", "%20")
    text = env.from_string(_template("brief.md.j2")).render(brief=brief, figures=figures)
    return re.sub(r"\n{3,}", "\n\n", text.lstrip())


def write_report(brief: Brief, out: Path) -> Path:
    """Write ``out`` (.html: one self-contained file; .md: plus ``<stem>.figures/*.svg``)."""
    suffix = out.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise UsageError(f"{out}: the report is .html or .md (got '{out.suffix or 'none'}')")
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix in (".html", ".htm"):
        out.write_text(render_html(brief), encoding="utf-8")
        return out
    folder = out.parent / f"{out.stem}.figures"
    folder.mkdir(exist_ok=True)
    charts = [brief.network_chart, *(r.chart for r in brief.rifts)]
    names = ["network.svg", *(f"rift-{r.rank}.svg" for r in brief.rifts)]
    for name, chart in zip(names, charts, strict=True):
        (folder / name).write_text(chart, encoding="utf-8")
    out.write_text(render_markdown(brief, [f"{folder.name}/{n}" for n in names]),
                   encoding="utf-8")
    return out
