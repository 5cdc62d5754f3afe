"""The compact hyphenation patterns give pyphen's hyphenation points, word for word (so the
readability figure stays the same number), in a fraction of pyphen's memory."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from editor.model.errors import NewsdeskError
from editor.model.hyphenation import CACHE_ENV, Hyphenator, pattern_file

pyphen = pytest.importorskip("pyphen")

REPO = Path(__file__).resolve().parents[2]
HUNSPELL = Path("/usr/share/hunspell")


def _words(language: str, count: int) -> list[str]:
    """Words of the system's spelling dictionary (when there is one), in every casing,
    and random strings with umlauts, ß, capital sharp s, dotted I, dots and hyphens."""
    rnd = random.Random(language)
    words: list[str] = []
    dic = HUNSPELL / f"{language}.dic"
    if dic.is_file():
        lines = dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
        words = [line.split("/")[0].strip() for line in rnd.sample(lines, min(count, len(lines)))]
    words += ["Oberbürgermeisterin", "Abend", "Idee", "neue", "Hund", "Arbeiten", "über",
              "Straße", "STRASSE", "library", "area", "platypus", "Rathaus-Sanierung", "a",
              "", "2022", "İstanbul", "MAẞ"]
    alphabet = "abcdefghijklmnopqrstuvwxyzäöüßéİIẞ.-'AÄÖÜ"
    words += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30)))
              for _ in range(count)]
    return words + [w.upper() for w in words[: count // 4]] + [w.title() for w in words[-500:]]


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "hyphenation-cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


@pytest.mark.parametrize("language", ["de_DE", "en_US"])
def test_same_points_as_pyphen(language, cache):
    parsed = Hyphenator(pattern_file(language))
    assert len(list(cache.iterdir())) == 1  # written for the next start
    ours = Hyphenator(pattern_file(language))  # read back from the cache
    words = _words(language, 4000)
    for left, right in ((1, 1), (2, 2), (2, 3)):  # (1, 1): the readability figure's
        ours.left, ours.right = parsed.left, parsed.right = left, right
        theirs = pyphen.Pyphen(lang=language, left=left, right=right)
        different = [(w, ours.inserted(w, "\0"), theirs.inserted(w, "\0")) for w in words
                     if ours.inserted(w, "\0") != theirs.inserted(w, "\0")]
        assert different == [], (left, right)
    assert [parsed.inserted(w) for w in words] == [ours.inserted(w) for w in words]


def _copy(tmp_path: Path, name: str = "hyph_de_DE.dic") -> Path:
    path = tmp_path / name
    path.write_bytes(pattern_file("de_DE").read_bytes())
    return path


@pytest.mark.parametrize("damage", ["truncated", "byte changed", "not utf-8", "empty"])
def test_a_damaged_cache_is_not_used_and_is_written_again(tmp_path, cache, damage):
    path = _copy(tmp_path)
    expected = Hyphenator(path, 1, 1).inserted("Oberbürgermeisterinnenwahl")
    (cached,) = cache.iterdir()
    data = bytearray(cached.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "byte changed":
        at = data.index(b"\1", len(data) // 2) + 2  # a pattern's first value
        data[at] = ord("9") if data[at] != ord("9") else ord("1")
    elif damage == "not utf-8":
        data[-3:] = b"\xff\xfe\xfd"
    else:
        data = bytearray()
    cached.write_bytes(bytes(data))
    assert Hyphenator(path, 1, 1).inserted("Oberbürgermeisterinnenwahl") == expected
    assert cached.read_bytes() != bytes(data)  # parsed again and written again
    assert Hyphenator(path, 1, 1).inserted("Oberbürgermeisterinnenwahl") == expected


def test_a_changed_pattern_file_is_parsed_again(tmp_path, cache):
    path = tmp_path / "hyph_xx.dic"
    path.write_text("UTF-8\n1ba\n", encoding="utf-8")
    assert Hyphenator(path, 1, 1).inserted("abab") == "a-bab"
    path.write_text("UTF-8\nb1a\nb1b\n", encoding="utf-8")  # another size: another name
    assert Hyphenator(path, 1, 1).inserted("abab") == "ab-ab"
    assert len(list(cache.iterdir())) == 2


def test_works_without_a_writable_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    path = _copy(tmp_path)
    assert Hyphenator(path, 1, 1).inserted("Rathaus") == \
        pyphen.Pyphen(lang="de_DE", left=1, right=1).inserted("Rathaus")


def test_the_later_of_two_equal_patterns_wins_and_zero_patterns_are_skipped(tmp_path):
    path = tmp_path / "hyph_xx.dic"
    path.write_text("UTF-8\nLEFTHYPHENMIN 1\n% comment\n1ba\nb1a\nb0a\nc0d\n"
                    "NEXTLEVEL\n.a^^e4b\nabcdefghij1k\n", encoding="utf-8")
    ours = Hyphenator(path, 1, 1)
    theirs = pyphen.Pyphen(filename=str(path), left=1, right=1)
    for word in ("abab", "baba", "aäbb", "abcdefghijkl", "cdcd", "xyz"):
        assert ours.inserted(word) == theirs.inserted(word), word
    assert ours.inserted("abab") == "ab-ab"


def test_files_it_cannot_read_the_same_way_are_refused(tmp_path):
    alternative = tmp_path / "hyph_alt.dic"
    alternative.write_text("UTF-8\nc1k/k=k,1,1\n", encoding="utf-8")
    empty = tmp_path / "hyph_empty.dic"
    empty.write_text("UTF-8\n% nothing\n", encoding="utf-8")
    for path in (alternative, empty):
        with pytest.raises(NewsdeskError):
            Hyphenator(path)


def test_german_patterns_cost_a_fraction_of_pyphen_memory(tmp_path):
    """In a fresh process (the figure's cost in the app): the memory the process holds
    after loading the German patterns, and the most Python held while loading (the app
    measures its memory while the figure may be loading), ours against pyphen's."""
    script = textwrap.dedent("""
        import sys, tracemalloc
        def private():
            total = 0
            for line in open("/proc/self/smaps_rollup"):
                if line.startswith(("Private_Clean", "Private_Dirty")):
                    total += int(line.split()[1])
            return total
        from editor.model.hyphenation import CACHE_ENV, Hyphenator, pattern_file
        import pyphen
        path = pattern_file("de_DE")
        before = private()
        tracemalloc.start()
        if sys.argv[1] == "ours":
            Hyphenator(path, 1, 1).inserted("Oberbürgermeisterin")
        else:
            pyphen.Pyphen(lang="de_DE", left=1, right=1).inserted("Oberbürgermeisterin")
        peak = tracemalloc.get_traced_memory()[1] // 1024
        tracemalloc.stop()
        print(private() - before, peak)
    """)
    if not Path("/proc/self/smaps_rollup").exists():
        pytest.skip("needs Linux /proc")
    held, peak = {}, {}
    env = {**os.environ, CACHE_ENV: str(tmp_path / "fresh")}
    for which in ("ours", "pyphen", "ours"):  # ours twice: parsed, then from the cache
        done = subprocess.run([sys.executable, "-c", script, which], capture_output=True,
                              text=True, cwd=REPO, check=True, env=env)
        kind = "cached" if which in held else which
        held[kind], peak[kind] = map(int, done.stdout.split()[-2:])
    assert max(held["ours"], held["cached"]) * 3 < held["pyphen"], held
    assert peak["ours"] * 2 < peak["pyphen"], peak
    assert peak["cached"] * 4 < peak["pyphen"], peak
