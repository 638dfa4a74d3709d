"""A joint speaker's stance is each member's as well as the pair's: "Graham and Bush said
they won't vote for Trump" is Graham's stance toward Trump and Bush's, beside the pair's
(``actors.joint`` makes the pair one group actor, named by the members' surnames, so that
the statement has one speaker). A reader asks where each person stands; the development
set's keys relate each named party of a joint subject (237), some the pair (057), and acts
told of a joint subject ("Sanders and Clinton are calling the comment shameful") already
relate each member here."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from riftmap.nlp.actors.joint import pair_surnames, written_surname
from riftmap.nlp.actors.names import parse_name
from riftmap.nlp.relations.stance import Candidate


def each_member(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """The candidates, and one more per member for each whose source is a joint speaker; a
    member is never its own target."""
    members = joint_members(doc)
    out: list[Candidate] = []
    for c in found:
        out.append(c)
        if c.source in members:
            out += [replace(c, source=m) for m in members[c.source] if m != c.target]
    return out


def joint_members(doc: Doc) -> dict[str, list[str]]:
    """Joint groups of the document and their members' ids: a group whose name joins two or
    more surnames (``actors.joint.pair_name``), each that of exactly one person."""
    actors = list(doc._.actors or ())
    by_surname: dict[str, list[str]] = {}
    for a in actors:
        if a.type == "person" and a.name.split():
            surname = written_surname(a.name, parse_name(a.name).suffix)
            by_surname.setdefault(surname, []).append(a.id)
    found: dict[str, list[str]] = {}
    for a in actors:
        parts = pair_surnames(a.name) if a.type == "group" else []
        ids = [by_surname.get(p, []) for p in parts]
        if len(parts) > 1 and all(len(i) == 1 for i in ids):
            found[a.id] = [i[0] for i in ids]
    return found
