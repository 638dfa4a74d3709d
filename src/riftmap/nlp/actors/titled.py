"""What an honorific or a title before a bare surname says of whom it names: "Mr. Clinton"
is a man and "President Clinton" held the presidency, so both are Bill Clinton though the
knowledge base gives the bare alias "Clinton" to Hillary Clinton (2016 news); "Secretary
Clinton" after "President Clinton" is hers again. PolNeAR's NYT copy writes "Mr. Clinton"
77 times; devset 404's headline and PolNeAR dev's Breitbart and USA Today copy write
"President Clinton"."""

from __future__ import annotations

from riftmap.kb.loader import KBActor, KnowledgeBase


def titled_surname(
    kb: KnowledgeBase,
    surname: str,
    alias: list[KBActor],
    known: list[KBActor],
    gender: str,
    role: str,
) -> list[KBActor]:
    """The known persons a surname after an honorific (of ``gender``) or a title (of
    ``role``) names: when none the alias gives fits them, the one person of that surname
    who does, if only one does; else ``known`` (the alias's persons of that gender)."""
    if not alias or any(fits(k, gender, role) for k in alias):
        return known
    found = [k for k in kb.surnamed(surname) if fits(k, gender, role)]
    return found if len(found) == 1 else known


def title_says_other(linked: KBActor | None, known: list[KBActor], gender: str, role: str) -> bool:
    """Does the honorific or title name the one known person rather than the person of that
    surname named before (linked to ``linked``), who is of the other gender or never held the
    office?"""
    if len(known) != 1 or linked is None or linked is known[0]:
        return False
    return not fits(linked, gender, role)


def fits(actor: KBActor, gender: str, role: str) -> bool:
    """Is the known person of an honorific's gender and a holder of a title's office?"""
    return (not gender or actor.gender == gender) and (not role or holds(actor, role))


def holds(actor: KBActor, role: str) -> bool:
    """Does the knowledge base give the person an office of this role word ("president")?"""
    return any(role in r.title.lower().split() for r in actor.roles)
