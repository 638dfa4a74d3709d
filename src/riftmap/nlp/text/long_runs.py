"""A tokenizer guard: long runs of characters without a space are cut into short pieces.

spaCy's tokenizer splits prefixes and suffixes off a whitespace-delimited string one at a
time, copying the rest each time, so a single 50,000-character run of opening quotation
marks takes minutes (time grows with the square of the run's length). News text has no
such runs: a word, a URL or a hashtag is under a hundred characters. This wrapper hands
the tokenizer every run of at most ``LONG_RUN`` non-space characters as it is, and cuts a
longer one, or a run of one punctuation mark repeated, into tokens of ``PIECE`` characters
without looking inside (even cut short, the tokenizer spends milliseconds on each piece of
punctuation, a minute on 900,000 characters).
The tokens are put back together into one ``Doc`` whose text is the input, character for
character, so every offset found later still indexes the article. Time is then linear in
the input, and a run of hundreds of characters is no word a reader would miss.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language, create_tokenizer
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

# Longer than any word, URL or handle in news copy; a run this long still tokenises in
# milliseconds even when it is all punctuation.
LONG_RUN = 100
PIECE = 50
# Four or more of one punctuation mark in a row ("!!!!", "----", a wall of quotation marks)
# are one token: spaCy would make each mark a token, and 50,000 of them cost the parser and
# the entity recogniser a minute.
REPEAT = 4
_LONG = re.compile(rf"\S{{{LONG_RUN + 1},}}|([^\w\s])\1{{{REPEAT - 1},}}")


class RunGuard:
    """Callable tokenizer: ``tokenizer`` for ordinary text, cut pieces for long runs."""

    def __init__(self, tokenizer: Callable[[str], Doc], vocab: Vocab) -> None:
        self.tokenizer = tokenizer
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        if _LONG.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        start = 0
        for run in _LONG.finditer(text):
            self._tokenise(text[start : run.start()], words, spaces)
            for i in range(run.start(), run.end(), PIECE):
                words.append(text[i : min(i + PIECE, run.end())])
                spaces.append(False)
            start = run.end()
        self._tokenise(text[start:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _tokenise(self, part: str, words: list[str], spaces: list[bool]) -> None:
        """Ordinary text between long runs, through the real tokenizer. A space after a
        long run becomes that run's last token's trailing space, as the tokenizer would."""
        if part.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True
            part = part[1:]
        for tok in self.tokenizer(part) if part else ():
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """What ``Language.pipe`` may call on a tokenizer."""
        for text in texts:
            yield self(text)

    # ``nlp.to_disk`` and ``spacy.load`` save and read the tokenizer's own rules: the guard
    # has no state of its own, so it hands them to the tokenizer it wraps. ``spacy.load``
    # builds the guard itself from the config's ``GUARDED`` tokenizer (see ``guard_config``).
    def to_disk(self, path: Any, **kwargs: Any) -> None:
        self.tokenizer.to_disk(path, **kwargs)  # type: ignore[attr-defined]

    def from_disk(self, path: Any, **kwargs: Any) -> RunGuard:
        self.tokenizer.from_disk(path, **kwargs)  # type: ignore[attr-defined]
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return bytes(self.tokenizer.to_bytes(**kwargs))  # type: ignore[attr-defined]

    def from_bytes(self, data: bytes, **kwargs: Any) -> RunGuard:
        self.tokenizer.from_bytes(data, **kwargs)  # type: ignore[attr-defined]
        return self


GUARDED = "riftmap.guarded_tokenizer.v1"


def guard(tokenizer: Callable[[str], Doc], vocab: Vocab) -> RunGuard:
    """Wrap a pipeline's tokenizer (``nlp.tokenizer = guard(nlp.tokenizer, nlp.vocab)``)."""
    return RunGuard(tokenizer, vocab)


def guarded_tokenizer() -> Callable[[Language], RunGuard]:
    """spaCy's own tokenizer, guarded: what a saved pipeline's config names, so that
    ``spacy.load`` gives back the guard (a spaCy registry function, also an entry point)."""
    make = create_tokenizer()

    def guarded(nlp: Language) -> RunGuard:
        return RunGuard(make(nlp), nlp.vocab)

    return guarded


registry.tokenizers.register(GUARDED, func=guarded_tokenizer)


def guard_config(nlp: Language) -> None:
    """Name the guarded tokenizer in ``nlp``'s config, for ``nlp.to_disk`` to save."""
    config = nlp.config
    config["nlp"]["tokenizer"] = {"@tokenizers": GUARDED}
    nlp.config = config
