"""Draw a slice's network picture (the report's, as PNG) for the docs.

    .venv/bin/python scripts/network_png.py OUT.png --from build/examples.jsonl
    .venv/bin/python scripts/network_png.py OUT.png --db riftmap.duckdb
"""

from __future__ import annotations

import argparse

from riftmap import api
from riftmap.network.factions import factions
from riftmap.report.brief import picture_of
from riftmap.report.charts import network_figure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--from", dest="paths", nargs="*", default=[])
    parser.add_argument("--db")
    args = parser.parse_args()
    network = api.network(db=args.db, paths=args.paths)
    names = {n.id: n.name for n in network.nodes}
    figure = network_figure(*picture_of(network, factions(network), names))
    figure.savefig(args.out, dpi=110, metadata={"Software": None})
    print(args.out)


if __name__ == "__main__":
    main()
