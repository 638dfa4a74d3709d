"""The corpus-level actor merge: one id per person whatever the order, people who share a
surname kept apart, groups normalised by rule, the user's overrides and KB aliases."""

from __future__ import annotations

import random

from riftmap.kb.loader import KBActor, KnowledgeBase
from riftmap.network.identity import ActorRecord, Override, group_key, merge_actors

SOME = "some of Trump's MAGA supporters"


def _records() -> list[ActorRecord]:
    return [
        ActorRecord("a1", "margaret-holloway", "Margaret Holloway", "person", 4),
        ActorRecord("a2", "holloway", "Holloway", "person", 3),
        ActorRecord("a3", "mr-pruitt", "Mr. Pruitt", "person", 1),
        ActorRecord("a3", "dan-pruitt", "Dan Pruitt", "person", 2),
        ActorRecord("a4", "daniel-pruitt", "Daniel Pruitt", "person", 1),
        ActorRecord("a4", "bill-clinton", "Bill Clinton", "person", 2),
        ActorRecord("a5", "hillary-clinton", "Hillary Clinton", "person", 2),
        ActorRecord("a5", "clinton", "Clinton", "person", 5),
        ActorRecord("a6", "m-holloway", "M. Holloway", "person", 1),
        ActorRecord("a6", "trump-supporters", "Trump supporters", "group", 1),
        ActorRecord("a7", "maga-faithful", "MAGA faithful", "group", 1),
        ActorRecord("a8", "some-of-trump-maga-supporters", SOME, "group", 1),
        ActorRecord("a8", "maga-movement", "MAGA movement", "group", 2),
        ActorRecord("a8", "tech-bros", "tech bros", "group", 1),
        ActorRecord("a9", "tech-bros", "tech bros", "group", 2),
    ]  # fmt: skip


def test_surnames_titles_and_nicknames_join_the_one_full_name() -> None:
    ids = merge_actors(_records()).ids
    assert ids[("a2", "holloway")] == ids[("a1", "margaret-holloway")] == "margaret-holloway"
    assert ids[("a6", "m-holloway")] == "margaret-holloway"
    pruitt = {ids[("a3", "mr-pruitt")], ids[("a3", "dan-pruitt")], ids[("a4", "daniel-pruitt")]}
    assert pruitt == {"dan-pruitt"}


def test_a_surname_two_people_share_stays_apart() -> None:
    ids = merge_actors(_records()).ids
    assert ids[("a5", "clinton")] == "clinton"
    assert ids[("a4", "bill-clinton")] != ids[("a5", "hillary-clinton")]


def test_groups_of_one_kind_about_the_same_people_are_one() -> None:
    ids = merge_actors(_records()).ids
    maga = {ids[("a6", "trump-supporters")], ids[("a7", "maga-faithful")]}
    maga.add(ids[("a8", "some-of-trump-maga-supporters")])
    assert len(maga) == 1
    assert ids[("a8", "maga-movement")] not in maga  # a movement is not its supporters
    assert ids[("a8", "tech-bros")] == ids[("a9", "tech-bros")] == "tech-bros"
    assert group_key("the Trump loyalists") == group_key("Trump's backers")
    assert group_key("Trump supporters") != group_key("Biden supporters")


def test_the_merge_does_not_depend_on_the_order_of_the_records() -> None:
    records = _records()
    first = merge_actors(records)
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        again = merge_actors(shuffled)
        assert again.ids == first.ids and again.actors == first.actors


def test_overrides_merge_and_split_in_the_order_made() -> None:
    records = _records()
    merged = merge_actors(records, overrides=[Override("merge", ("bill-clinton", "clinton"))])
    assert merged.ids[("a5", "clinton")] == "bill-clinton"
    assert merged.rules[("a5", "clinton")] == "merge"
    split = merge_actors(
        records,
        overrides=[Override("merge", ("bill-clinton", "clinton")), Override("split", ("clinton",))],
    )
    assert split.ids[("a5", "clinton")] == "clinton"
    apart = merge_actors(records, overrides=[Override("split", ("margaret-holloway",))])
    assert apart.ids[("a2", "holloway")] == "holloway"


def test_a_knowledge_base_alias_names_the_actor() -> None:
    kb = KnowledgeBase()
    kb.add(KBActor("q-hillary", "Hillary Rodham Clinton", "person", aliases=("Hillary Clinton",)))
    identity = merge_actors(_records(), kb=kb)
    assert identity.ids[("a5", "hillary-clinton")] == "q-hillary"
    assert identity.actors["q-hillary"] == ("Hillary Rodham Clinton", "person")
    assert identity.ids[("a5", "clinton")] == "clinton"
