"""Rich presentation for the ``riftmap`` command: tables, progress bars and diagnostics.

Only rendering lives here; what to render comes from ``riftmap.api``, ``riftmap.eval`` and the
store. Article text goes into ``rich.text.Text`` cells, never through console markup, so that
brackets in a quote print as written. One module per kind of output; the command modules of
``riftmap.cli`` import from them, never the other way round.
"""
