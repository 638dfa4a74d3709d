"""The US states by every name newspapers give them: "Connecticut", the AP's "Conn." and the
postal "CT", each mapped to the state's name in lower case (as ``lexicon().us_states`` reads
in epithets). From the ``us`` package's state table, not a list of our own."""

from __future__ import annotations

from functools import cache

import us


@cache
def state_names() -> dict[str, str]:
    """Every written form of a state (and DC) -> the state's name in lower case."""
    out: dict[str, str] = {}
    for state in [*us.states.STATES, us.states.DC]:
        for form in (state.name, state.abbr, state.ap_abbr):
            if form:
                out[form] = state.name.lower()
    return out
