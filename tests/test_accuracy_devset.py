"""Accuracy floors on the development set of real articles (``eval/devset``, keyed by hand,
never used to build a rule before it was keyed), scored by the project's shared scorer.

Each floor sits just under the figure at the last reviewed change, so that a change that
costs accuracy on news riftmap was not fitted to fails here. Raise a floor when a change
raises the figure; never lower one without saying why in the commit.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from riftmap import extract_paths

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DEVSET = Path(__file__).resolve().parent.parent / "eval" / "devset"
# figure at the last reviewed change -> floor
FLOORS = {
    # 0.464 on 723 after 2026-12-08's first session (0.463 → 0.465 on 699, from the texts;
    # batches 61-62, keyed before riftmap ran on them, 0.438 together alone at 0f2ea8d, 0.448
    # with the final code): full names the tagger missed, a verb of saying after a reported
    # clause, honorifics' gender, "MP", the surname an article names most;
    # 0.463 on 699 after 2026-12-07's twelfth session (0.464 → 0.465 on 675, from the texts;
    # batches 59-60, keyed before riftmap ran on them, 0.413 together alone at 51296c6, 0.404
    # with the final code, which no longer quotes a deed and so loses its relation): binding
    # from both sides, lead descriptions, deeds that are no quotes, controlled pronouns;
    # 0.464 on 675 after 2026-12-07's eleventh session (0.461 → 0.463 on 651, from the texts;
    # batches 57-58, keyed before riftmap ran on them, 0.497 alone at b06a5fd and the same
    # with the final code): headline keyword runs, names with particles, given names after a
    # lower-case title, a speaker's time;
    # 0.461 on 651 after 2026-12-07's tenth session (0.462 on 627 unchanged, from the texts;
    # batches 55-56, keyed before riftmap ran on them, 0.437 alone at d1d8cf2 and the same
    # with the final code): party tags, a verb's object, missed names after an organisation;
    # 0.462 on 627 after 2026-12-07's ninth session (0.4635 on 603, from the texts, 0.001 up;
    # batches 53-54, keyed before riftmap ran on them, 0.419 alone at 61ab4e5 and the same
    # with the final code): an indefinite speaker named next;
    # 0.463 on 603 after 2026-12-07's eighth session (0.439 → 0.462 on 579, from the texts):
    # the relation head, fitted on the devset's own statement reads (0.455 on 579 held out by
    # fifths; batches 51-52, keyed before riftmap ran on them, 0.439 alone at 82e9232 and 0.472
    # with the head fitted without them); the floor raised to 0.45;
    # 0.439 on 579 after 2026-12-07's seventh session (0.4428 → 0.4432 on 531, from the texts;
    # batches 47-50, keyed before riftmap ran on them and each read once: 0.425, 0.400, 0.333
    # and 0.313 alone, 0.364 together, 0.382 with the final code) - their keys, not the code,
    # brought it under 0.44; role years, "his party's nominee", state legislatures;
    # 0.443 on 531 after 2026-12-07's sixth session (0.452 on 435 unchanged, from the texts;
    # batches 39-46, keyed before riftmap ran on them and each read once: 0.340, 0.396,
    # 0.427, 0.323, 0.374, 0.345, 0.552 and 0.395 alone at 83fa992, 0.392 together and with
    # the final code) - their keys, not the code, brought it to 0.44; block quotations,
    # statements' authors, datelines before a source, a candidate's camp;
    # 0.452 on 435 after 2026-12-07's fifth session (0.450 → 0.451 on 387, from the texts;
    # batches 35-38, keyed before riftmap ran on them and each read once: 0.417, 0.442, 0.414
    # and 0.525 alone at 1a7755f, 0.448 together; 0.473 with the final code) - headline
    # sources at their verb, decks, titled surnames, surrogates, continued quotations,
    # reported subjects, traded words;
    # 0.450 on 387 after 2026-12-07's fourth session (0.450 on 351 unchanged, from the texts;
    # batches 32-34, keyed before riftmap ran on them and each read once: 0.396, 0.471 and
    # 0.474 alone at 1665714, 0.455 together with the final code) - headline verbs,
    # Britain's party leaders, impressions, quoted nicknames, possessors in a speaker's
    # quotation;
    # 0.450 on 351 after 2026-12-07's third session (0.447 → 0.449 on 339, from the texts;
    # batch 31, keyed before riftmap ran on it and read once: 0.451 alone at 292f2ef, 0.455
    # with the final code) - participles and bracketed acronyms out of names, title-case
    # agency datelines, curly name apostrophes, sources in a relative clause, comma-closed
    # quotations' trailing attributions, statements named alone, sides held through an
    # article;
    # 0.447 on 339 after 2026-12-07's second session (0.445 → 0.446 on 327, from the texts;
    # batch 30, keyed before riftmap ran on it and read once: 0.460 alone at f4e384c, 0.486
    # with the final code) - surnames tagged plural nouns, groups after their possessor,
    # opposition faced, joint speakers' members, title-case headlines' verbs,
    # glued quotation marks;
    # 0.445 on 327 after 2026-12-07's first session (0.438 → 0.444 on 315, from the texts;
    # batch 29, keyed before riftmap ran on it and read once: 0.460 alone at 6ad52dd, 0.455
    # with the session's final code) - feuds, partisans, the knowledge base's Britain,
    # Ireland and 2016 offices; the floor raised to 0.43;
    # 0.438 on 315 after 2026-12-06's twelfth session (0.431 → 0.441 on 303, from the texts;
    # batch 28, keyed before riftmap ran on it and read once: 0.340 alone at 6ed4037 and with
    # the session's final code, byte-identical) - the replies rule and the names;
    # 0.431 on 303 after 2026-12-06's eleventh session (0.4364 → 0.4393 on 279; batch 26, keyed
    # before riftmap ran on it and read once: 0.323 alone at 39cc831, 0.320 after; batch 27,
    # keyed during the session and read once: 0.396 with its final code) - the two batches'
    # keys, not the code, brought it under 0.44;
    # 0.436 on 279 after 2026-12-06's tenth session (0.434 → 0.438 on 267; batch 25, keyed
    # before riftmap ran on it and read once: 0.384 alone at 9e2a247, 0.400 after the
    # office-place rule made once it was read);
    # 0.433 on 267 after 2026-12-06's ninth session (0.429 → 0.431 on 255; batch 24, keyed
    # before riftmap ran on it and read once: 0.448 at daa2719 and after the rules made before
    # reading it, 0.466 after the place-before-title rule made once it was read);
    # 0.429 on 255 after 2026-12-06's eighth session (0.431 → 0.434 on 243; batch 23, keyed
    # before riftmap ran on it and read once: 0.355 at 8705930 and after the rules);
    # 0.431 on 243 after 2026-12-06's seventh session (0.4301 → 0.4322 on 231; batch 22, keyed
    # before riftmap ran on it and read once: 0.396 at c4c7c6f, 0.400 after the rules);
    # 0.430 on 231 after 2026-12-06's sixth session (0.4305 → 0.4328 on 219; batch 21, keyed
    # before riftmap ran on it and read once: 0.378 at f85fe58 and after the session's rules);
    # 0.4305 on 219 after 2026-12-06's fifth session (0.436 → 0.440 on 207; batch 20, keyed
    # before riftmap ran on it and read once: 0.282 at 83222af and after the rules made before
    # reading it, 0.296 after the label and ouster rules made once it was read);
    # 0.436 on 207 after 2026-12-06's fourth session (0.448 → 0.450 on 195; batch 19, keyed
    # before riftmap ran on it and read once at the end: 0.205 at 8b58797 and after the
    # session's rules), so batch 19's keys, not the code, brought it under 0.44;
    # 0.448 on 195 after 2026-12-06's third session (0.438 → 0.449 on 183; batch 18, keyed
    # before riftmap ran on it and read once at the end: 0.400 at c4ef87d, 0.427 after);
    # 0.438 on 183 after 2026-12-06's second session (0.437 → 0.446 on 171; batch 17, keyed
    # before riftmap ran on it and read once: 0.318 at 7d153ea and 0.318 after the rules made
    # before reading it; 0.343 after the bare-deed rule made once it was read);
    # 0.437 on 171 after 2026-12-06's session (0.440 → 0.447 on 159; batch 16, keyed before
    # riftmap ran on it and read once at the end: 0.336 at 5a6bf6e, 0.346 after);
    # 0.440 on 159 after 2026-12-05's sixth session (0.444 → 0.453 on 147; batch 15, keyed
    # before riftmap ran on it and read once at the end: 0.298 at d7f0811, 0.283 after the
    # session's rules, 0.298 after an agency dateline rule made once it was read), so batch
    # 15's keys, not the code, brought it under 0.44;
    # 0.444 on 147 after 2026-12-05's fifth session and its review (0.437 → 0.446 on 135;
    # batch 14, keyed before riftmap ran on it and read once at the end: 0.372 at 0db4159,
    # 0.392 at f9c30ed, 0.420 after the naming rules fitted on it among others);
    # 0.437 on 135 after 2026-12-05's fourth session (0.425 → 0.437 on 123; batch 13, keyed
    # before riftmap ran on it and read once at the end: 0.429 at 68ec328, 0.440 after);
    # 0.425 on 123 after 2026-12-05's third session (0.434 → 0.439 on 111): batch 12's keys
    # (112-123, 2025 US copy keyed before riftmap ran on them, read once at the end: 0.297
    # at c2aeedc and 0.297 after) brought it down, not the code;
    # 0.434 on 111 after 2026-12-05's second session (0.444 → 0.461 on the first 87): batches
    # 10 and 11 (088-111, 2025 US copy keyed before riftmap ran on them, each read once:
    # batch 10 0.304 at fb8f704 and 0.361 after, batch 11 0.331 and 0.348) brought it down,
    # not the code;
    # 0.444 on 87 after 2026-12-05's session (0.432 on 87 at its start, 7b4ab08): batches 8
    # and 9 (070-087, 2025 US copy; batch 9 read 0.315 at 7b4ab08 before anyone looked at it,
    # 0.341 after the session's rules) brought it down, not the code (0.493 → 0.492 on 57);
    # 0.468 on 69 after 2026-12-04's fourth session: batch 7's keys (058-069, 2025 US copy,
    # 80 relations, F1 0.265 on the batch at ac2a8ea, 0.356 after the session's rules)
    # brought it down from 0.493 on 57, which the session left unchanged;
    # 0.482 on 57 after the mistagged-name, title and description-order rules of
    # 2026-12-03's second session (0.473 before);
    # 0.465 on 57 after rel7's relation rules (reproached doer, should/must, valence words,
    # request infinitives, question X, own staff, dismissed as, passive victims);
    # 0.446 on 57 articles at the afternoon merge of 2026-12-02; 0.443 on 57 before it:
    # batch 6's keys (050-057, 45 relations, F1 0.17 on the batch), not
    # the code, brought it down from 0.495 on 49 (0.487 before the description rules of
    # 2026-12-02; batch 5's keys brought it down from 0.503 on 41)
    "relations_source_target_polarity": 0.45,
    # 0.769 on 723 after 2026-12-08's first session (0.770 → 0.771 on 699, from the texts;
    # batches 61-62 0.789, 0.694, 0.621 and 0.748 by half, 0.713 together alone at 0f2ea8d
    # and with the final code);
    # 0.770 on 699 after 2026-12-07's twelfth session (0.769 → 0.771 on 675, from the texts;
    # batches 59-60 0.707, 0.804, 0.700 and 0.746 by half, 0.738 together alone at 51296c6,
    # 0.740 with the final code);
    # 0.769 on 675 after 2026-12-07's eleventh session (0.769 on 651 unchanged, from the
    # texts; batches 57-58 0.783, 0.712, 0.738 and 0.839 by half alone at b06a5fd, 0.770
    # together, the same with the final code);
    # 0.769 on 651 after 2026-12-07's tenth session (0.771 → 0.772 on 627, from the texts;
    # batches 55-56, keyed before riftmap ran on them, 0.707, 0.711, 0.778 and 0.624 by half
    # alone at d1d8cf2, 0.708 together, the same with the final code): their keys, not the
    # code, brought it under 0.77 (0.769 at d1d8cf2 too), so the floor is 0.76;
    # 0.771 on 627 after 2026-12-07's ninth session (0.770 on 603 unchanged; batches 53-54
    # 0.831 and 0.752 alone, the same with the final code);
    # 0.770 on 603 after 2026-12-07's eighth session (0.771 on 579 unchanged; batches 51-52
    # 0.744 and 0.757 alone): their keys, not the code, brought it to the floor;
    # 0.771 on 579 after 2026-12-07's seventh session (0.773 on 531 unchanged; batches 47-50
    # 0.738, 0.752, 0.792 and 0.712 alone, 0.750 together and with the final code);
    # 0.773 on 531 after 2026-12-07's sixth session (0.777 → 0.778 on 435; batches 39-46
    # 0.803, 0.724, 0.828, 0.667, 0.708, 0.712, 0.734 and 0.724 alone at 83fa992, 0.742
    # together, 0.746 with the final code);
    # 0.777 on 435 after 2026-12-07's fifth session (0.779 → 0.781 on 387; batches 35-38
    # 0.701, 0.669, 0.754 and 0.784 alone at 1a7755f, 0.728 together, 0.746 with the final
    # code; 0.774 on 435 at 1a7755f);
    # 0.779 on 387 after 2026-12-07's fourth session (0.784 → 0.785 on 351; batches 32-34
    # 0.746, 0.709 and 0.679 alone at 1665714, 0.724 together with the final code):
    # batches 32-34's keys, not the code, brought it under 0.78 (0.778 on 387 at 1665714),
    # so the floor is 0.77;
    # 0.784 on 351 after 2026-12-07's third session (0.781 → 0.783 on 339; batch 31 0.775
    # alone at 292f2ef, 0.795 with the final code);
    # 0.781 on 339 after 2026-12-07's second session (0.784 on 327 unchanged; batch 30 0.670
    # alone at f4e384c, 0.684 with the final code): batch 30's keys, not the code, brought it
    # near 0.78;
    # 0.784 on 327 after 2026-12-07's first session (0.784 on 315 unchanged; batch 29 0.765
    # alone at 6ad52dd and with the final code);
    # 0.784 on 315 after 2026-12-06's twelfth session (0.785 → 0.786 on 303; batch 28 0.737
    # alone at 6ed4037 and after);
    # 0.785 on 303 after 2026-12-06's eleventh session (0.787 on 279 unchanged; batch 26 0.713
    # alone at 39cc831 and after; batch 27 0.789);
    # 0.787 on 279 after 2026-12-06's tenth session (0.781 → 0.787 on 267, the attribution
    # taggers retrained; batch 25 0.797 alone at 9e2a247 and after);
    # 0.781 on 267 after 2026-12-06's ninth session (0.783 → 0.784 on 255; batch 24 0.711
    # at daa2719 and after the rules made before reading it, 0.725 after the place-before-title
    # rule) - batch 24's keys, not the code, brought it near 0.78;
    # 0.783 on 255 after 2026-12-06's eighth session (0.782 → 0.784 on 243; batch 23 0.763
    # at 8705930 and after);
    # 0.782 on 243 after 2026-12-06's seventh session (0.789 on 231 unchanged; batch 22 0.649
    # at c4c7c6f and after);
    # 0.789 on 231 after 2026-12-06's sixth session (0.790 → 0.790 on 219; batch 21 0.752 at
    # f85fe58 and after);
    # 0.790 on 219 after 2026-12-06's fifth session (0.792 → 0.794 on 207; batch 20 0.708 at
    # 83222af and after): batch 20's keys, not the code, brought it under 0.79;
    # 0.792 on 207 after 2026-12-06's fourth session (0.794 → 0.797 on 195; batch 19 0.647 at
    # 8b58797 and after the rules made before reading it, 0.710 after the post-signature and
    # transcript rules made once it was read);
    # 0.794 on 195 after 2026-12-06's third session (0.794 → 0.797 on 183; batch 18 0.744 at
    # c4ef87d and after);
    # 0.794 on 183 after 2026-12-06's second session (0.799 on 171 unchanged; batch 17 0.734
    # at 7d153ea and after);
    # 0.799 on 171 after 2026-12-06's session (0.806 → 0.808 on 159; batch 16 0.677 at
    # 5a6bf6e and after): batch 16's keys, not the code, brought it under 0.80;
    # 0.806 on 159 after 2026-12-05's sixth session (0.810 → 0.814 on 147; batch 15 0.701 at
    # d7f0811, 0.706 after);
    # 0.8097 on 147 after 2026-12-05's fifth session's review, which removed two rules that
    # served one devset sentence each (0.8105 with them; batch 14 0.800 before and after);
    # 0.811 on 135 after 2026-12-05's fourth session (0.814 → 0.816 on 123; batch 13 0.752
    # before and after);
    # 0.814 on 123 after 2026-12-05's third session (0.815 → 0.820 on 111; batch 12 0.752
    # before and after);
    # 0.815 on 111 after 2026-12-05's second session: batch 10's keys (0.705 on the batch
    # before and after; batch 11 0.806) brought it down, not the code (0.832 on 87 unchanged);
    # 0.831 on 87 after 2026-12-05's session (0.830 at its start; batch 8 0.763 → 0.777,
    # batch 9 0.781 unread);
    # 0.847 on 69 (batch 7: 0.775 at ac2a8ea, 0.797 after; 0.858 on 57 unchanged);
    # 0.858 on 57 after quoteA's reported-speaker participle and "As for X, he" rules (0.858
    # on the 28 of 2024-25); 0.855 after attrib7's spelling, joint-speaker and name rules;
    # 0.848 before (0.846 before attrib6's outlet rule, 0.842 earlier; 0.832 before
    # attrib5's rules; 0.845 on 49; 0.834 at main before attrib4's rules; 0.842 on 41; 0.789
    # at f877aa4)
    "attributed_quotes": 0.76,
    # 0.838 on 723 after 2026-12-08's first session (0.839 on 699 unchanged; batches 61-62
    # 0.821 together alone at 0f2ea8d and with the final code);
    # 0.839 on 699 after 2026-12-07's twelfth session (0.838 → 0.839 on 675; batches 59-60
    # 0.823 together alone at 51296c6, 0.825 with the final code);
    # 0.838 on 675 after 2026-12-07's eleventh session (0.838 on 651 unchanged; batches 57-58
    # 0.834 together alone, the same with the final code);
    # 0.838 on 651 after 2026-12-07's tenth session (0.839 on 627 unchanged; batches 55-56
    # 0.826 together alone, the same with the final code);
    # 0.839 on 627 after 2026-12-07's ninth session (0.838 on 603 unchanged; batches 53-54
    # 0.889 and 0.835 alone, the same with the final code);
    # 0.838 on 603 after 2026-12-07's eighth session (0.838 on 579 unchanged; batches 51-52
    # 0.816 and 0.813 alone);
    # 0.838 on 579 after 2026-12-07's seventh session (0.840 on 531 unchanged; batches 47-50
    # 0.804, 0.832, 0.855 and 0.804 alone, 0.825 together and with the final code);
    # 0.840 on 531 after 2026-12-07's sixth session (0.839 → 0.840 on 435; batches 39-46
    # 0.838 together alone at 83fa992, 0.839 with the final code);
    # 0.839 on 435 after 2026-12-07's fifth session (0.843 → 0.844 on 387; batches 35-38
    # 0.776, 0.757, 0.800 and 0.821 alone at 1a7755f, 0.789 together, 0.794 with the final
    # code): batches 35-38's keys, not the code, brought it under 0.84 (0.838 on 435 at
    # 1a7755f), so the floor is 0.83;
    # 0.843 on 387 after 2026-12-07's fourth session (0.845 → 0.846 on 351; batches 32-34
    # 0.844, 0.816 and 0.818 alone at 1665714, 0.825 together with the final code);
    # 0.845 on 351 after 2026-12-07's third session (0.843 → 0.844 on 339; batch 31 0.846,
    # 0.850 with the final code);
    # 0.843 on 339 after 2026-12-07's second session (0.846 on 327 unchanged; batch 30 0.768,
    # 0.773 with the final code);
    # 0.846 on 327 after 2026-12-07's first session (0.846 on 315 unchanged; batch 29 0.849);
    # 0.846 on 315 after 2026-12-06's twelfth session (0.846 on 303 unchanged; batch 28 0.824);
    # 0.846 on 303 after 2026-12-06's eleventh session (0.849 on 279 unchanged; batch 26 0.795;
    # batch 27 0.845);
    # 0.849 on 279 after 2026-12-06's tenth session (0.843 → 0.848 on 267, the taggers
    # retrained; batch 25 0.864);
    # 0.843 on 267 after 2026-12-06's ninth session (0.846 on 255 unchanged; batch 24 0.791);
    # 0.846 on 255 after 2026-12-06's eighth session (0.846 on 243 unchanged; batch 23 0.835);
    # 0.846 on 243 after 2026-12-06's seventh session (0.849 on 231 unchanged; batch 22 0.782);
    # 0.849 on 231 after 2026-12-06's sixth session (0.850 on 219 unchanged; batch 21 0.835);
    # 0.850 on 219 after 2026-12-06's fifth session (0.849 → 0.852 on 207; batch 20 0.815 at
    # 83222af and after);
    # 0.849 on 207 after 2026-12-06's fourth session (0.852 → 0.853 on 195; batch 19 0.734 at
    # 8b58797, 0.783 after the post-signature and transcript rules made once it was read):
    # batch 19's keys brought it under 0.85;
    # 0.852 on 195 after 2026-12-06's third session (0.854 on 183 unchanged; batch 18 0.812);
    # 0.854 on 183 after 2026-12-06's second session (0.856 on 171 unchanged; batch 17
    # 0.834);
    # 0.856 on 171 after 2026-12-06's session (0.859 on 159 unchanged; batch 16 0.809);
    # 0.859 on 159 after 2026-12-05's sixth session (0.860 → 0.862 on 147; batch 15 0.811 at
    # d7f0811, 0.818 after): batch 15's keys brought it under 0.86;
    # 0.861 on 147 after 2026-12-05's fifth session (0.862 → 0.863 on 135; batch 14 0.838);
    # 0.862 on 135 after 2026-12-05's fourth session (0.862 → 0.865 on 123; batch 13 0.835
    # before and after);
    # 0.862 on 123 after 2026-12-05's third session (0.866 on 111 unchanged; batch 12 0.832);
    # 0.866 on 111 after 2026-12-05's second session: batch 10's keys (0.812 on the batch;
    # batch 11 0.879), not the code (0.872 on 87 unchanged);
    # 0.872 on 87 after 2026-12-05's session (0.872 at its start);
    # 0.876 on 69 (batch 7: 0.822 at ac2a8ea, 0.835 after; 0.885 on 57 unchanged);
    # 0.883 on 57 (0.880 before attrib5's rules; 0.888 on 49; 0.888 on 41; 0.872 at f877aa4)
    "quotes": 0.83,
}
# 0.694, 0.511 on 723 after 2026-12-08's first session (0.694, 0.513 → 0.695, 0.515 on 699;
# batches 61-62 together 0.641, 0.388 alone at 0f2ea8d and with the final code);
# 0.694, 0.513 on 699 after 2026-12-07's twelfth session (0.694, 0.516 → 0.695, 0.518 on 675;
# batches 59-60 together 0.654, 0.362 alone at 51296c6 and with the final code);
# 0.694, 0.516 on 675 after 2026-12-07's eleventh session (0.694, 0.517 → 0.695, 0.518 on 651;
# batches 57-58 together 0.682, 0.472 alone at b06a5fd and with the final code);
# 0.694, 0.517 on 651 after 2026-12-07's tenth session (0.696, 0.519 → 0.696, 0.520 on 627;
# batches 55-56 together 0.641, 0.465 alone at d1d8cf2 and with the final code);
# 0.696, 0.519 on 627 after 2026-12-07's ninth session (0.698, 0.522 on 603 unchanged;
# batches 53-54 together 0.636, 0.433 alone at 61ab4e5 and with the final code);
# 0.698, 0.521 on 603 after 2026-12-07's eighth session (0.699, 0.523 on 579 unchanged:
# relations do not touch actors; batches 51-52 0.645, 0.444 and 0.653, 0.500 alone);
# 0.699, 0.523 on 579 after 2026-12-07's seventh session (0.698, 0.522 → 0.699, 0.523 on 531;
# batches 47-50 together 0.690, 0.497 alone, 0.700, 0.508 with the final code);
# 0.698, 0.522 on 531 after 2026-12-07's sixth session (0.707, 0.524 → 0.708, 0.525 on 435;
# batches 39-46 together 0.644, 0.494 alone at 83fa992 and with the final code) - their keys,
# not the code, brought mention recall under 0.70;
# 0.707, 0.524 on 435 after 2026-12-07's fifth session (0.709, 0.524 on 387 unchanged;
# batches 35-38 together 0.682, 0.506 alone at 1a7755f, 0.686, 0.517 with the final code);
# 0.709, 0.524 on 387 after 2026-12-07's fourth session (0.711, 0.525 → 0.712, 0.526 on 351;
# batches 32-34 together 0.665, 0.503 alone at 1665714, 0.674, 0.515 with the final code);
# 0.710, 0.525 on 351 after 2026-12-07's third session (0.709, 0.522 → 0.711, 0.526 on 339
# from the texts; batch 31, read once at the start: 0.683, 0.491 at 292f2ef and after);
# 0.709, 0.522 on 339 after 2026-12-07's second session (0.706, 0.517 → 0.710, 0.519 on 327
# from the texts; batch 30, read once at the end: 0.682, 0.658 at f4e384c and after);
# 0.706, 0.517 on 327 after 2026-12-07's first session (0.702, 0.506 → 0.706, 0.512 on 315
# from the texts; batch 29, read once at the end: 0.724, 0.640 at 6ad52dd and after);
# 0.702, 0.506 on 315 after 2026-12-06's twelfth session (0.703, 0.506 → 0.704, 0.507 on 303
# from the texts; batch 28, read once at the end: 0.647, 0.478 at 6ed4037 and after);
# 0.703, 0.506 on 303 after 2026-12-06's eleventh session (0.706, 0.508 on 279 from the texts
# alone, as this test reads them; batch 26, read once at the end: 0.638, 0.442 at 39cc831;
# batch 27: 0.670, 0.517);
# 0.706, 0.511 on 279 after 2026-12-06's tenth session (0.705, 0.511 → 0.706, 0.510 on 267;
# batch 25, read once at the end: 0.697, 0.521 alone at 9e2a247);
# 0.704, 0.507 on 267 after 2026-12-06's ninth session (0.705, 0.507 on 255 unchanged;
# batch 24, read once at the end: 0.669, 0.526 at daa2719 and after);
# 0.705, 0.507 on 255 after 2026-12-06's eighth session (0.707, 0.514 → 0.708, 0.516 on 243;
# batch 23, read once at the end: 0.635, 0.239 at 8705930 and after) - batch 23's keys, not
# the code, brought epithet recall under 0.51;
# 0.707, 0.514 on 243 after 2026-12-06's seventh session (0.708, 0.517 on 231 unchanged;
# batch 22, read once at the end: 0.674, 0.413 at c4c7c6f and after);
# 0.708, 0.517 on 231 after 2026-12-06's sixth session (0.712, 0.528 → 0.713, 0.529 on 219;
# batch 21, read once at the end: 0.619, 0.298 at f85fe58 and after) - batch 21's keys, not
# the code, brought epithet recall under 0.52;
# 0.712, 0.528 on 219 after 2026-12-06's fifth session (0.710, 0.532 → 0.711, 0.532 on 207;
# batch 20, read once at the end: 0.726, 0.460 at 83222af and after the rules made before
# reading it, 0.729, 0.460 after) - batch 20's keys, not the code, brought epithet recall
# under 0.53;
# 0.710, 0.532 on 207 after 2026-12-06's fourth session (0.712, 0.537 on 195 unchanged;
# batch 19, read once at the end: 0.667, 0.405 at 8b58797, 0.670, 0.429 after);
# 0.712, 0.537 on 195 after 2026-12-06's third session (0.713, 0.540 → 0.714, 0.540 on 183;
# batch 18, read once at the end: 0.677, 0.492 at c4ef87d, 0.680, 0.492 after);
# 0.713, 0.540 on 183 after 2026-12-06's second session (0.709, 0.523 → 0.712, 0.533 on 171;
# batch 17, read once at the end: 0.722, 0.629 at 7d153ea and after);
# 0.709, 0.523 on 171 after 2026-12-06's session (0.711, 0.538 → 0.717, 0.539 on 159; batch
# 16, read once at the end: 0.608, 0.316 at 5a6bf6e, 0.617, 0.316 after) - batch 16's keys,
# not the code, brought epithet recall under 0.53;
# 0.711, 0.538 on 159 after 2026-12-05's sixth session (0.715, 0.535 → 0.717, 0.537 on 147;
# batch 15, read once at the end: 0.643, 0.549 at d7f0811 and after);
# 0.715, 0.535 on 147 after 2026-12-05's fifth session (0.714, 0.536 → 0.716, 0.536 on 135;
# batch 14, read once at the end: 0.664, 0.476 at 0db4159, 0.668, 0.476 at f9c30ed);
# 0.714, 0.536 on 135 after 2026-12-05's fourth session (0.715, 0.542 → 0.717, 0.542 on 123;
# batch 13, read once at the end: 0.681, 0.465 at 68ec328 and after) - batch 13's keys, not
# the code, brought epithet recall under 0.54;
# 0.715, 0.542 on 123 after 2026-12-05's third session (0.712, 0.551 → 0.721, 0.555 on 111;
# batch 12, read once at the end: 0.660, 0.421 at c2aeedc, 0.663, 0.421 after);
# 0.712, 0.551 on 111 after 2026-12-05's second session (0.716, 0.557 on 87 unchanged; batch
# 10: 0.677, 0.508; batch 11: 0.721, 0.556);
# 0.715, 0.557 on 87 after 2026-12-05's session (0.711, 0.552 at its start; batch 9, read
# before tuning: 0.700, 0.433);
# 0.717, 0.583 on 69 after 2026-12-04's fourth session (batch 7: 0.730, 0.566);
# 0.709, 0.580 on 57 at the second session of 2026-12-03 (0.705, 0.571 before it);
# 0.698, 0.558 on 57 articles at the afternoon merge of 2026-12-02; 0.693, 0.558 before it
# (batch 6's keys: 0.670, 0.485 on the batch; 0.697, 0.571 on 49;
# 0.683, 0.520 before the description rules of 2026-12-02; 0.684, 0.522 on 41)
RECALL_FLOORS = {"mention_recall": 0.69, "epithet_recall": 0.50}


@pytest.fixture(scope="module")
def scores(shared: Path, nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Any:
    texts = sorted((DEVSET / "texts").glob("*.txt"))
    output = tmp_path_factory.mktemp("devset") / "output.jsonl"
    with output.open("w", encoding="utf-8") as fh:
        for e in extract_paths(texts, nlp):
            fh.write(json.dumps(e.to_json(), ensure_ascii=False) + "\n")
    scorer = shared / "eval" / "score.py"
    cmd = [sys.executable, str(scorer), "keys", str(DEVSET / "keys"), str(output)]
    cmd += ["--texts", str(DEVSET / "texts"), "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_every_keyed_article_is_scored(scores: Any) -> None:
    assert scores["documents"] == len(list((DEVSET / "keys").glob("*.json"))) >= 57


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_f1_holds_its_floor(scores: Any, measure: str) -> None:
    assert scores[measure]["f1"] >= FLOORS[measure], scores[measure]


@pytest.mark.parametrize("measure", sorted(RECALL_FLOORS))
def test_recall_holds_its_floor(scores: Any, measure: str) -> None:
    assert scores[measure] >= RECALL_FLOORS[measure], scores[measure]
