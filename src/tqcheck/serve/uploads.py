"""Uploaded files, put where the command line's readers can read them: in a fresh folder of
the server's own, under a name the server chooses (the client's file name gives only its
kind), and a zip of article folders unpacked without leaving that folder: no absolute or
".." member, no link, no more than a bounded number of members and bytes."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path, PurePosixPath

from tqcheck.errors import InputError
from tqcheck.io.loader import INPUT_SUFFIXES

ZIP_SUFFIX = ".zip"
# A zip may unpack to this many times the request limit, in at most this many members.
ZIP_EXPANSION = 8
ZIP_MEMBERS = 10_000


def suffix_of(filename: str) -> str:
    """The kind of an uploaded file, from its name's suffix, or an error naming the kinds."""
    suffix = PurePosixPath(filename.replace("\\", "/")).suffix.lower()
    if suffix not in (*INPUT_SUFFIXES, ZIP_SUFFIX):
        kinds = ", ".join((*INPUT_SUFFIXES, ZIP_SUFFIX))
        raise InputError(None, f"{filename!r}: not a file tqcheck reads ({kinds})")
    return suffix


def save_upload(filename: str, data: bytes, folder: Path, stem: str, max_bytes: int) -> Path:
    """The upload written into `folder` as `stem` plus its suffix; a zip unpacked into a
    folder of that name. Returns what the loader should read."""
    suffix = suffix_of(filename)
    if suffix != ZIP_SUFFIX:
        path = folder / f"{stem}{suffix}"
        path.write_bytes(data)
        return path
    archive = folder / f"{stem}.zip"
    archive.write_bytes(data)
    target = folder / stem
    target.mkdir()
    _unzip(archive, target, max_bytes * ZIP_EXPANSION, filename)
    return target


def _unzip(archive: Path, target: Path, max_bytes: int, label: str) -> None:
    try:
        with zipfile.ZipFile(archive) as zf:
            members = zf.infolist()
            if len(members) > ZIP_MEMBERS:
                raise InputError(None, f"{label!r}: more than {ZIP_MEMBERS} files in the zip")
            if sum(m.file_size for m in members) > max_bytes:
                raise InputError(None, f"{label!r}: unpacks to more than {max_bytes // 2**20} MiB")
            for member in members:
                _extract(zf, member, target, label)
    except zipfile.BadZipFile:
        raise InputError(None, f"{label!r}: not a zip file") from None


def _extract(zf: zipfile.ZipFile, member: zipfile.ZipInfo, target: Path, label: str) -> None:
    name = PurePosixPath(member.filename.replace("\\", "/"))
    if name.is_absolute() or ".." in name.parts or not name.parts:
        raise InputError(None, f"{label!r}: member {member.filename!r} leaves the zip's folder")
    mode = member.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise InputError(None, f"{label!r}: member {member.filename!r} is a link")
    path = target.joinpath(*name.parts)
    if member.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with zf.open(member) as source, path.open("xb") as out:
        # (Read in pieces: the declared size may lie; the total is bounded by the check above
        # only for honest archives, so each piece counts against the member's own size.)
        written = 0
        while piece := source.read(1 << 16):
            written += len(piece)
            if written > member.file_size:
                raise InputError(
                    None, f"{label!r}: member {member.filename!r} is larger than the zip says"
                )
            out.write(piece)
