"""The .txt reader: offsets must index the text exactly as Python reads the file."""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from riftmap.errors import DecodeError, InputError
from riftmap.ingest.txt import read_txt


def python_reads(path: Path) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def test_text_is_what_python_reads_with_crlf_and_cr(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b'Headline\r\n\r\n"No," she said.\rEnd\n')
    article = read_txt(path)
    assert article.text == python_reads(path) == 'Headline\n\n"No," she said.\nEnd\n'
    assert article.doc == "story.txt"
    assert article.include_text is False


def test_utf8_bom_is_kept_like_python_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Müller said so.".encode())
    assert read_txt(path).text == python_reads(path) == "\ufeffMüller said so."


def test_doc_is_the_base_name(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "a.txt"
    path.write_text("x", encoding="utf-8")
    assert read_txt(path).doc == "a.txt"


def test_empty_file_is_an_empty_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_txt(path).text == ""


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_decode(
    tmp_path: Path, encoding: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "wide.txt"
    bom = codecs.BOM_UTF16_BE if encoding == "utf-16-be" else b""
    path.write_bytes(bom + "“Yes,” said Łukasz.\r\nBye".encode(encoding))
    with caplog.at_level(logging.WARNING):
        article = read_txt(path)
    assert article.text == "“Yes,” said Łukasz.\nBye"
    assert article.include_text is True
    assert str(path) in caplog.text


def test_legacy_encoding_is_detected_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "cp1252.txt"
    sentence = "The café owner said “never” to the mayor’s plan. "
    path.write_bytes((sentence * 4).encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="riftmap"):
        article = read_txt(path)
    assert article.text == sentence * 4
    assert article.include_text is True
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert str(path) in caplog.records[0].getMessage()
    assert "not UTF-8" in caplog.records[0].getMessage()


def test_stray_bytes_in_utf8_become_replacement_characters(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "stray.txt"
    body = "Straße, “quoted”, naïve. " * 5
    path.write_bytes(body.encode() + b"\xff end")
    with caplog.at_level(logging.WARNING, logger="riftmap"):
        article = read_txt(path)
    assert article.text == body + "\ufffd end"
    assert "stray.txt" in caplog.text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "plain ascii as utf-16 without a BOM".encode("utf-16-le"),
        bytes(range(256)) * 4,
    ],
    ids=["png", "utf16-no-bom", "all-bytes"],
)
def test_binary_is_refused_naming_the_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(data)
    with pytest.raises(DecodeError, match=r"image\.txt: binary"):
        read_txt(path)


def test_noise_without_nul_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(DecodeError, match=r"noise\.txt"):
        read_txt(path)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("roundtrip")


# Line ends and look-alikes often, so that every mix of them is tried; NUL is left out
# because a file holding one is refused as binary (see test_binary_is_refused...).
_CHARS = st.sampled_from("\r\n\ufeff\u2028\x85\x0c é") | st.characters(
    codec="utf-8", exclude_characters="\x00"
)


@settings(max_examples=300, deadline=None)
@given(text=st.text(_CHARS))
def test_any_text_round_trips_as_python_reads_it(scratch: Path, text: str) -> None:
    path = scratch / "any.txt"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    article = read_txt(path)
    assert article.text == python_reads(path)
    assert article.include_text is False


def test_unreadable_path_is_an_input_error(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(InputError, match=r"folder\.txt: cannot read \(Is a directory\)"):
        read_txt(folder)
