"""The workspace dictionary: ``dictionary.txt`` at the workspace root.

UTF-8, one word a line, kept sorted, so two people adding words merge cleanly in Git or
on a shared drive. The file is untrusted: it is read up to a size limit, and lines that
are not a plausible word (too long, spaces, control characters, comments) are ignored.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from editor.model.atomic import atomic_write
from editor.model.confine import read_regular

DICTIONARY_NAME = "dictionary.txt"
MAX_BYTES = 2 * 1024 * 1024   # far beyond any team's word list
MAX_WORD = 64
# A word: letters with inner apostrophes, hyphens or dots ("Dr.", "C³" is letters+digit).
_PLAUSIBLE = re.compile(r"^[^\W_][\w'\u2019.\-]*$")


def plausible(word: str) -> bool:
    return 0 < len(word) <= MAX_WORD and bool(_PLAUSIBLE.match(word))


def read_words(path: Path) -> set[str]:
    """The words of a dictionary file; a missing or unreadable file, or anything but a
    regular file (a symbolic link, a FIFO, a device), is an empty list."""
    raw = read_regular(path, MAX_BYTES + 1)
    if raw is None:
        return set()
    if len(raw) > MAX_BYTES:  # cut at the last whole line within the limit
        raw = raw[:MAX_BYTES].rsplit(b"\n", 1)[0]
    text = raw.decode("utf-8", errors="replace").lstrip("\ufeff")
    return {w for w in (line.strip() for line in text.splitlines()) if plausible(w)}


def sort_key(word: str) -> tuple[str, str]:
    # Case-insensitive order with a stable tie-break: the same list is always the same file.
    return (word.casefold(), word)


class WorkspaceDictionary:
    """The team's word list of one workspace (or an empty one for no workspace)."""

    def __init__(self, root: Path | None):
        self.path = Path(root) / DICTIONARY_NAME if root is not None else None
        self._stamp: tuple[int, int] | None = None
        self.version = 0
        self.words: set[str] = set()
        self._folded: set[str] = set()
        self.reload()

    def reload(self) -> bool:
        """Read the file again when it changed on disk (another person added a word).
        Returns True when the words changed."""
        if self.path is None:
            return False
        try:
            st = os.stat(self.path)
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        words = read_words(self.path) if stamp is not None else set()
        changed = words != self.words
        self._set(words)
        return changed

    def _set(self, words: set[str]) -> None:
        self.version += 1  # checkers drop what they remembered about whole lines
        self.words = words
        self._folded = {w.casefold() for w in words if w[:1].islower()}

    def __contains__(self, word: str) -> bool:
        # "Rademacher" only as written; a lower-case entry also at the start of a sentence.
        return word in self.words or (word[:1].isupper() and word.casefold() in self._folded)

    def add(self, word: str) -> None:
        """Add ``word``, merged with what is on disk now, and write the sorted list
        atomically. Raises ValueError for something that is not a word, StorageError."""
        word = word.strip()
        if not plausible(word):
            raise ValueError(f"not a word: {word!r}")
        if self.path is None:
            raise ValueError("no workspace")
        words = read_words(self.path) | {word}
        atomic_write(self.path, "".join(w + "\n" for w in sorted(words, key=sort_key)))
        self._stamp = None
        self.reload()
