"""ZIP members of a batch: what each one is, and its bytes read with a cap.

Every member is either an entry (imported, or listed with the reason it was
skipped) or clutter that is no one's file: folders, macOS resource forks
(__MACOSX/) and hidden files such as .DS_Store.
"""

import bz2
import copy
import lzma
import re
import zipfile
import zlib

from .document import RefusedFile

CHUNK_BYTES = 64 * 1024
DRIVE = re.compile(r"^[A-Za-z]:$")
MACOS_FORKS = "__MACOSX"
DAMAGED = "is damaged or not the size it declares"


def member_parts(name: str) -> list[str]:
    """The folders and file name of a member, inside the archive.

    Names may point outside it ("../../x.txt", "..\\\\x.txt", "/etc/x.txt",
    "C:\\\\x.txt"). They are never used as paths here, but they were judged
    by their raw text: "../x.txt" starts with a dot, so it vanished as a
    hidden file, while "/x.txt" was imported. Judged by these parts, both
    are x.txt.
    """
    parts = name.replace("\\", "/").split("/")
    if parts and DRIVE.match(parts[0]):
        parts = parts[1:]
    return [part for part in parts if part not in {"", ".", ".."}]


def is_clutter(member: zipfile.ZipInfo) -> bool:
    """A folder, resource fork or hidden file: skipped without a word."""
    name = member.filename
    if name.endswith(("/", "\\")):
        return True
    parts = member_parts(name)
    if not parts:
        return False  # a name that is only "..": listed, with no file name
    return parts[0] == MACOS_FORKS or any(part.startswith(".") for part in parts)


def read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    """The member's bytes, never unpacking more than its declared size.

    zipfile stops a stored or deflated member at its declared size (and then
    fails its checksum), but hands a bzip2 or LZMA member's compressed chunk
    to the decompressor whole: 4 KB of bzip2 can unpack to hundreds of
    megabytes before the check. Those are unpacked here, in steps capped
    at what the member may still hold. Raises RefusedFile for a member
    that is damaged or lies about its size.
    """
    limit = member.file_size
    try:
        if member.compress_type in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
            data = _read_capped(archive, member, limit)
        else:
            data = _read_plain(archive, member, limit)
    except RuntimeError:
        # zipfile's word for an encrypted member without a password.
        raise RefusedFile(_refusal("is encrypted")) from None
    except NotImplementedError:
        raise RefusedFile(
            _refusal("is packed with a method this importer cannot unpack")
        ) from None
    except (zipfile.BadZipFile, EOFError, zlib.error, lzma.LZMAError, OSError):
        # BadZipFile: the checksum, which is how a lie about the size ends.
        raise RefusedFile(_refusal(DAMAGED)) from None
    if len(data) != limit or zlib.crc32(data) != member.CRC:
        raise RefusedFile(_refusal(DAMAGED))
    return data


def _refusal(problem: str) -> str:
    return f"This file in the archive {problem}, so it was not read."


def _read_plain(archive, member, limit: int) -> bytes:
    data = bytearray()
    with archive.open(member) as stream:
        # One byte past the declared size would be the proof of a lie.
        while chunk := stream.read(min(CHUNK_BYTES, limit + 1 - len(data))):
            data += chunk
            if len(data) > limit:
                break
    return bytes(data)


def _read_capped(archive, member, limit: int) -> bytes:
    # The compressed bytes as they are: the member opened as if stored,
    # with no checksum (that is checked on the unpacked bytes).
    raw = copy.copy(member)
    raw.compress_type = zipfile.ZIP_STORED
    raw.file_size = member.compress_size
    raw.CRC = None
    data = bytearray()
    with archive.open(raw) as stream:
        decompressor = _Decompressor(member.compress_type, stream)
        while not decompressor.eof and len(data) <= limit:
            piece = decompressor.next(limit + 1 - len(data))
            if piece is None:
                break  # the compressed bytes ran out
            data += piece
    return bytes(data)


class _Decompressor:
    """bzip2 or ZIP's LZMA, asked for at most so many bytes at a time."""

    def __init__(self, method: int, stream) -> None:
        self.stream = stream
        if method == zipfile.ZIP_BZIP2:
            self.inner = bz2.BZ2Decompressor()
        else:
            # ZIP's LZMA: a version (2 bytes), the size of the properties
            # (2 bytes), the properties, then raw LZMA1, as zipfile reads it.
            header = stream.read(4)
            properties = stream.read(int.from_bytes(header[2:4], "little"))
            filters = [lzma._decode_filter_properties(lzma.FILTER_LZMA1, properties)]
            self.inner = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=filters)

    @property
    def eof(self) -> bool:
        return self.inner.eof

    def next(self, most: int) -> bytes | None:
        compressed = b""
        if self.inner.needs_input:
            compressed = self.stream.read(CHUNK_BYTES)
            if not compressed:
                return None
        return self.inner.decompress(compressed, max_length=most)
