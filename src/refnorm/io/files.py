"""Reading users' files safely and writing them back atomically.

Every user mistake becomes an `InputError` that names the file and the place (line, or byte
offset for undecodable bytes), never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from refnorm.errors import InputError

__all__ = ["decode", "read_text", "write_atomic"]

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(data: bytes, *, name: str = "<input>") -> str:
    """Bytes to text: UTF-8 (a BOM is honoured and dropped; UTF-16 with a BOM accepted).

    Undecodable bytes are an error naming the byte offset and line, not a guess: silently
    reading Latin-1 would corrupt the file when it is written back.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(f"not valid {enc.upper()} text ({e.reason})", path=name,
                                 offset=e.start + len(bom)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        bad = data[e.start:e.end].hex(" ")
        raise InputError(f"line {line}, byte {e.start}: not valid UTF-8 (bytes {bad}); "
                         "save the file as UTF-8 and try again", path=name) from None
    if "\x00" in text:
        # valid UTF-8, yet no text file holds NUL bytes: UTF-16 without its byte-order mark, or a
        # binary file, which parsing would read as garbage and writing would corrupt
        at = data.index(b"\x00")
        line = data.count(b"\n", 0, at) + 1
        hint = "UTF-16 without a byte-order mark?" if data[1::2].count(0) > len(data) // 4 else "a binary file?"
        raise InputError(f"line {line}, byte {at}: a NUL byte, which text files do not hold ({hint}); "
                         "save the file as UTF-8 and try again", path=name)
    return text


def read_text(path: str | os.PathLike[str], *, allow_empty: bool = False, keep_bom: bool = False) -> str:
    """Read a user's text file (``"-"`` reads standard input).

    Raises `InputError` for a missing file, a directory, an unreadable file, undecodable bytes
    and (unless ``allow_empty``) a file with nothing but whitespace in it. ``keep_bom``: a UTF-8
    byte-order mark stays at the start of the text (as U+FEFF), for a caller that writes the text
    back where it cannot look at the file again (standard input to standard output).
    """
    name = os.fspath(path)
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(name)
        if not p.exists():
            raise InputError("no such file", path=name)
        if p.is_dir():
            raise InputError("is a directory, not a file", path=name)
        try:
            data = p.read_bytes()
        except PermissionError:
            raise InputError("permission denied", path=name) from None
        except OSError as e:
            raise InputError(f"cannot read ({e.strerror or e})", path=name) from None
    text = decode(data, name=name)
    if not allow_empty and not text.strip():
        raise InputError("the file is empty", path=name)
    return "\ufeff" + text if keep_bom and data.startswith(b"\xef\xbb\xbf") else text


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old or the new file, never half.

    The temporary file lives in the same directory (a rename across file systems is not atomic),
    is flushed and fsynced, takes the original's permission bits, then replaces it.
    """
    name = os.fspath(path)
    target = Path(name)
    if target.is_symlink():
        # a link to a shared bibliography: the file it points at is the one to replace (a rename
        # over the link would turn it into a private copy and leave the shared file as it was)
        target = Path(os.path.realpath(name))
    directory = target.parent if str(target.parent) else Path(".")
    mode = None
    with contextlib.suppress(FileNotFoundError):
        mode = target.stat().st_mode & 0o7777
    if target.is_dir():
        raise InputError("is a directory, not a file", path=name)
    # A rename would replace a file its owner made read-only (and root ignores the bits): refuse,
    # as an editor does, rather than silently undo the protection.
    if mode is not None and not mode & 0o222:
        raise InputError("the file is read-only; make it writable or use -o to write elsewhere", path=name)
    if not directory.is_dir():
        raise InputError(f"cannot write: no such directory {os.fspath(directory)!r}", path=name)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".refnorm.tmp", dir=directory)
    except OSError as e:
        raise InputError(f"cannot write in {os.fspath(directory)!r} ({e.strerror or e})", path=name) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as e:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(e, OSError):  # a full disk, a quota, a file system that refuses the rename
            raise InputError(f"cannot write ({e.strerror or e})", path=name) from None
        raise
