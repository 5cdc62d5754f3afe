"""The spelling engine: Enchant (pyenchant) with Hunspell dictionaries.

Dictionaries come from the system (Debian: hunspell-de-de, hunspell-en-us) and from the
dictionary folder: ``$NEWSDESK_DICTIONARY_PATH`` or ``<user data folder>/dictionaries``,
holding ``hunspell/de_DE.dic`` and ``hunspell/de_DE.aff`` (the files LibreOffice ships).
Enchant reads Hunspell files from ``<its config folder>/hunspell``, so the folder is given
to Enchant as ENCHANT_CONFIG_DIR, unless that is set already. Nothing is downloaded.
No dictionary for the language: :func:`open_checker` returns an "off" checker that knows
why, never an exception.
"""

from __future__ import annotations

import os
import sys
import threading
from array import array
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.model.spelling.tokens import FENCE, Token, line_tokens, plain_tokens
from editor.model.spelling.wordlist import WorkspaceDictionary

DICTIONARY_PATH_ENV = "NEWSDESK_DICTIONARY_PATH"
# Content language -> Enchant tags to try, best first.
TAGS: dict[str, tuple[str, ...]] = {
    "de": ("de_DE", "de_AT", "de_CH", "de"),
    "en": ("en_US", "en_GB", "en"),
}
SUGGESTIONS = 7
_LINE_CACHE = 20000   # lines remembered with their misspelled tokens
_WORD_CACHE = 200000  # words remembered as right or wrong
_NO_TOKENS = (b"",)


def pack_tokens(tokens: list[Token]) -> tuple:
    """``tokens`` as one flat tuple ``(offsets, word, word, ...)``, the offsets packed in
    bytes. The caches hold these, not Token tuples: a tuple of only strings and bytes is
    untracked by Python's garbage collector at its first collection (a Token never is), and
    tens of thousands of cached tokens made every collection on the GUI thread walk them."""
    if not tokens:
        return _NO_TOKENS
    offsets = array("I", [i for t in tokens for i in (t.start, t.end)]).tobytes()
    return (offsets, *(t.word for t in tokens))


def unpack_tokens(packed: tuple, only: list[int] | None = None) -> list[Token]:
    """The tokens of :func:`pack_tokens` (``only``: those with these indexes)."""
    if len(packed) == 1:
        return []
    offsets = memoryview(packed[0]).cast("I")
    indexes = range(len(packed) - 1) if only is None else only
    return [Token(offsets[2 * i], offsets[2 * i + 1], packed[i + 1]) for i in indexes]


def dictionary_folder() -> Path:
    """The documented folder for extra dictionaries (see the module text)."""
    override = os.environ.get(DICTIONARY_PATH_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only when spelling is used

    return Path(platformdirs.user_data_dir("Newsdesk", appauthor=False)) / "dictionaries"


def prepare_environment() -> None:
    """Point Enchant at the extra dictionaries and pyenchant at the C library, through
    environment variables. Only on the main thread: changing the environment while
    another thread reads it (Qt, Chromium and glib do, from their threads) can crash the
    process (glibc's setenv is not safe against a concurrent getenv). The GUI calls
    this before it hands the opening of a checker to its thread; open_checker does it
    only when it runs on the main thread (the command line)."""
    _point_enchant_at(dictionary_folder())
    _point_pyenchant_at_library()


def _point_enchant_at(folder: Path) -> None:
    if "ENCHANT_CONFIG_DIR" not in os.environ and (folder / "hunspell").is_dir():
        os.environ["ENCHANT_CONFIG_DIR"] = str(folder)


def _point_pyenchant_at_library() -> None:
    """pyenchant finds the C library with ctypes.util.find_library, which on Linux runs
    ``ldconfig -p`` (about 40 ms of every start, before the first underline): the
    distribution's library folders are looked at first. Elsewhere, or when not found
    there, or when the user points pyenchant somewhere, pyenchant searches as usual."""
    if not sys.platform.startswith("linux") or "PYENCHANT_LIBRARY_PATH" in os.environ \
            or "PYENCHANT_ENCHANT_PREFIX" in os.environ:
        return
    import sysconfig

    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    folders = [f"/usr/lib/{multiarch}"] if multiarch else []
    for folder in (*folders, "/usr/lib64", "/usr/lib"):
        candidate = Path(folder) / "libenchant-2.so.2"
        if candidate.is_file():
            os.environ["PYENCHANT_LIBRARY_PATH"] = str(candidate)
            return


def article_language(front_matter_value: Any, workspace_language: str) -> str:
    """The language an article is checked in: its front matter ``language`` (``en``,
    ``de``, ``en-GB``, ``de_AT``) when it is one we know, else the workspace's."""
    if isinstance(front_matter_value, str):
        value = front_matter_value.strip().replace("-", "_")
        base = value.split("_", 1)[0].lower()
        if base in TAGS and len(value) <= 10:
            if "_" in value:
                region = value.split("_", 1)[1].upper()
                return f"{base}_{region}" if region.isalpha() else base
            return base
    return workspace_language


def candidate_tags(language: str) -> tuple[str, ...]:
    base = language.split("_", 1)[0]
    tags = TAGS.get(base, ())
    return ((language,) if "_" in language else ()) + tags


@dataclass(frozen=True)
class Finding:
    line: int    # 1-based
    column: int  # 1-based, in characters
    word: str


class SpellChecker:
    """Checks words in one language, with caches: a word is asked of Hunspell once, and
    a line already seen is not tokenised again. Safe to use from two threads."""

    def __init__(self, language: str, backend: Any | None, tag: str | None,
                 workspace: WorkspaceDictionary | None = None, reason: str = ""):
        self.language = language
        self.tag = tag
        self._backend = backend
        self.reason = reason  # why the checker is off
        self.workspace = workspace or WorkspaceDictionary(None)
        self.ignored: set[str] = set()
        self._lock = threading.Lock()
        self._words: dict[str, bool] = {}
        # Caches hold only str, bool and bytes, which the garbage collector does not track.
        self._lines: OrderedDict[str, tuple] = OrderedDict()  # line -> self.spans(line)
        # Misspelled tokens of whole lines (packed), valid for one state of the word lists.
        self._wrong: dict[str, tuple] = {}
        self._wrong_stamp: tuple[int, int, int] = (0, 0, 0)

    @property
    def available(self) -> bool:
        return self._backend is not None

    # Words ------------------------------------------------------------------

    def _engine_knows(self, word: str) -> bool:
        known = self._words.get(word)
        if known is None:
            with self._lock:
                known = self._ask(word)
            if len(self._words) >= _WORD_CACHE:
                self._words.clear()
            self._words[word] = known
        return known

    def _ask(self, word: str) -> bool:
        word = word.replace("\u2019", "'")
        if self._backend.check(word):
            return True
        if "-" in word:  # "Rathaus-Sanierung": right when every part is
            return all(part and self._backend.check(part) for part in word.split("-"))
        return False

    def cached(self, word: str) -> bool | None:
        """True/False when the word's answer is known without asking Hunspell."""
        if self._backend is None:
            return True
        known = self._words.get(word)
        if known or word in self.workspace or word in self.ignored:
            return True
        return known

    def is_correct(self, word: str) -> bool:
        if self._backend is None:
            return True
        known = self._words.get(word)
        if known:  # the common case: a right word seen before
            return True
        if word in self.workspace or word in self.ignored:
            return True
        return known if known is not None else self._engine_knows(word)

    def suggest(self, word: str, limit: int = SUGGESTIONS) -> list[str]:
        if self._backend is None:
            return []
        with self._lock:
            found = self._backend.suggest(word.replace("\u2019", "'"))
        return list(dict.fromkeys(s for s in found if s != word))[:limit]

    # Lines ------------------------------------------------------------------

    def spans(self, line: str) -> tuple:
        """The checkable words of a Markdown line, cached by the line's text, packed
        (:func:`pack_tokens`: ``(offsets, word, word, ...)``; the words keep their hash for
        the answer look-ups)."""
        found = self._lines.get(line)
        if found is None:
            found = self._lines[line] = pack_tokens(line_tokens(line))
            if len(self._lines) > _LINE_CACHE:
                self._lines.popitem(last=False)
        return found

    def tokens(self, line: str) -> list[Token]:
        """The checkable words of a Markdown line (tokenised once per line text)."""
        return unpack_tokens(self.spans(line))

    def misspelled_in_line(self, line: str) -> list[Token]:
        packed = self.spans(line)
        is_correct = self.is_correct
        wrong = [i for i, word in enumerate(packed[1:]) if not is_correct(word)]
        return unpack_tokens(packed, wrong) if wrong else []

    def check_text(self, text: str, first_line: int = 1) -> list[Finding]:
        """Unknown words of Markdown ``text`` (code blocks skipped); line numbers start
        at ``first_line``."""
        if self._backend is None:
            return []
        stamp = (self.workspace.version, id(self.ignored), len(self.ignored))
        if stamp != self._wrong_stamp or len(self._wrong) > _LINE_CACHE:
            self._wrong, self._wrong_stamp = {}, stamp
        findings = []
        in_fence = False
        for number, line in enumerate(text.split("\n")):
            if FENCE.match(line):
                in_fence = not in_fence
                continue
            if in_fence:
                continue
            wrong = self._wrong.get(line)
            if wrong is None:
                wrong = self._wrong[line] = pack_tokens(self.misspelled_in_line(line))
            if len(wrong) > 1:
                findings += [Finding(first_line + number, t.start + 1, t.word)
                             for t in unpack_tokens(wrong)]
        return findings

    def check_plain(self, text: str) -> list[Token]:
        return [t for t in plain_tokens(text) if not self.is_correct(t.word)]

    def forget_answers(self) -> None:
        """Drop the word answers (after the workspace dictionary changed)."""
        self._words.clear()


def open_checker(language: str, workspace_root: Path | None = None) -> SpellChecker:
    """A checker for ``language`` ("de", "en", "en_GB") with the workspace dictionary;
    an "off" checker (``available`` False, ``reason`` set) when there is no dictionary."""
    workspace = WorkspaceDictionary(workspace_root)
    tags = candidate_tags(language)
    try:
        if threading.current_thread() is threading.main_thread():
            prepare_environment()  # elsewhere the caller did (see there)
        import enchant  # only when spelling is used
    except Exception as exc:  # a missing C library is "off", not a crash
        return SpellChecker(language, None, None, workspace,
                            f"the spelling library cannot be loaded ({exc})")
    try:
        broker = enchant.Broker()
        for tag in tags:
            if broker.dict_exists(tag):
                return SpellChecker(language, broker.request_dict(tag), tag, workspace)
    except Exception as exc:  # a broken dictionary file is "off" too
        return SpellChecker(language, None, None, workspace,
                            f"the dictionary cannot be opened ({exc})")
    return SpellChecker(language, None, None, workspace,
                        f"no dictionary for '{language}' (looked for {', '.join(tags) or '-'}"
                        f" on the system and in {dictionary_folder() / 'hunspell'})")
