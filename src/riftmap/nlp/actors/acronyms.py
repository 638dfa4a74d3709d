"""Acronyms an article defines in parentheses after an organisation's full name ("the Southern
African Development Community (SADC)"): the acronym names the organisation wherever it recurs.
"""

from __future__ import annotations

from riftmap.nlp.actors.state import ActorState


def parenthesized_acronyms(state: ActorState) -> None:
    """An organisation named in full and then by its acronym in parentheses ("the Southern
    African Development Community (SADC)") is that acronym wherever it recurs, whatever the
    tagger made of it (a capitalised run is often tagged a person)."""
    doc = state.doc
    for org in [e for e in state.entities if e.type != "person" and e.mentions]:
        for _a, b in list(org.mentions):
            if b + 2 >= len(doc) or doc[b].text != "(" or doc[b + 2].text != ")":
                continue
            short = doc[b + 1].text
            if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 8):
                continue
            org.add_name(short)
            for tok in doc:
                if tok.text != short or state.owner.get(tok.i) is org:
                    continue
                other = state.owner.get(tok.i)
                if other is not None and not set(other.names) <= {short}:
                    continue  # inside another name
                if other is not None:
                    for x, y in state.forget(other):
                        state.mention(org, x, y, y - 1)
                    other.names.clear()
                    other.person = None
                state.mention(org, tok.i, tok.i + 1, tok.i)
