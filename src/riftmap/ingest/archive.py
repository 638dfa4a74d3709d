"""Read zip archives: every member riftmap can read, in name order, without unpacking to disk.

Members are read in memory, so a name that would climb out of a folder when unpacked
(``../../etc/passwd``, ``/abs``) is harmless here, but it is still refused and reported: such
an archive was made by mistake or in bad faith. Hidden members and other types are skipped
silently, as in folders; archives inside archives are not opened.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from riftmap.errors import InputError
from riftmap.ingest.files import SUFFIXES, suffix_of
from riftmap.ingest.source import ZipMember


def zip_members(path: Path) -> Iterator[ZipMember | InputError]:
    """The members to read, sorted by name, or errors for unsafe ones and broken archives."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = sorted(archive.infolist(), key=lambda i: i.filename)
    except (zipfile.BadZipFile, OSError, EOFError) as err:
        yield InputError(f"{path}: not a readable zip archive ({err}); skipped")
        return
    for info in infos:
        member = ZipMember(path, info.filename, info.file_size)
        suffix = suffix_of(info.filename)
        if info.is_dir():
            continue
        if _unsafe(info.filename):
            yield InputError(f"{member}: unsafe name in archive (climbs out of it); skipped")
        elif _hidden(info.filename):
            continue
        elif suffix == ".zip":
            yield InputError(f"{member}: archive inside an archive, not opened; skipped")
        elif suffix in SUFFIXES:
            yield member


def _hidden(name: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in _parts(name))


def _unsafe(name: str) -> bool:
    parts = _parts(name)
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def _parts(name: str) -> tuple[str, ...]:
    return PurePosixPath(name.replace("\\", "/")).parts
