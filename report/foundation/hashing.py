"""Content hashes for the caches and stamps: one way to read files into a digest.

Every cache that is keyed by what it was made from (the validated-data stamp, the build's
step stamps, the notebooks' inputs and code fingerprints, the purged stylesheet, the icon
font, the charts' data fingerprints) hashes through here, so that they all read files alike:
a symbolic link is never followed (its target's name is hashed instead), a missing file adds
nothing, and line endings are normalised only where a caller asks for it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path


def file_name(path: Path) -> str:
    return path.name


def digest_of(
    paths: Iterable[Path],
    *,
    extra: Iterable[str] = (),
    label: Callable[[Path], str] = file_name,
    unix_newlines: bool = False,
) -> str:
    """SHA-256 (hex) of `extra` (each string followed by NUL), then of each file in the given
    order as its label, NUL and its bytes. `unix_newlines` reads CRLF as LF, so that a checkout
    with Windows line endings gives the same digest."""
    digest = hashlib.sha256()
    for text in extra:
        digest.update(text.encode() + b"\0")
    for path in paths:
        name = label(path).encode()
        if path.is_symlink():  # never read through a link
            digest.update(name + b"\0link\0" + os.readlink(path).encode())
        elif path.is_file():
            content = path.read_bytes()
            digest.update(name + b"\0" + (content.replace(b"\r\n", b"\n") if unix_newlines else content))
    return digest.hexdigest()


def text_digest(*parts: str, length: int | None = None) -> str:
    """SHA-256 (hex) of the parts joined by NUL, cut to `length` characters for a file name."""
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:length]
