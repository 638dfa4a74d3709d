"""Write the development set as JSON Lines with each article's publication date from
``eval/devset/MANIFEST.tsv``, so that extraction resolves dated roles ("the president", "the
Republican nominee") as it does for articles whose file name or metadata carries a date.

The text of each line is the text file exactly (offsets agree with ``eval/devset/texts``) and
its ``id`` the file name (the key's ``doc``)::

    python scripts/devset_jsonl.py > /tmp/devset.jsonl
    riftmap extract /tmp/devset.jsonl --format jsonl > /tmp/o.jsonl
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

DEVSET = Path(__file__).resolve().parent.parent / "eval" / "devset"


def main() -> None:
    with (DEVSET / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for row in rows:
        text = (DEVSET / "texts" / row["file"]).read_text(encoding="utf-8")
        record = {"id": row["file"], "text": text, "published": row["published"]}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
