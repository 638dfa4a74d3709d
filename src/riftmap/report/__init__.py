"""The reporter's brief: one offline HTML file (or Markdown) read in two minutes.

    brief.py    what to show: top rifts, factions, brokers, strongest ties and their quotes
    charts.py   the network picture and each rift's hostility chart, as reproducible SVG
    render.py   Jinja2 templates (data/templates/report) -> .html (one file) or .md (+ SVGs)
    view.py     the plain values the templates lay out
"""
