"""dictionary.txt: sorted, merged with what is on disk, atomic, and untrusted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.model.spelling.wordlist import (
    DICTIONARY_NAME,
    MAX_BYTES,
    WorkspaceDictionary,
    read_words,
)


def test_add_keeps_the_file_sorted_and_merges_other_peoples_words(tmp_path: Path) -> None:
    path = tmp_path / DICTIONARY_NAME
    path.write_text("Rademacher\nDongguan\n", encoding="utf-8")
    d = WorkspaceDictionary(tmp_path)
    # Someone else adds a word on the shared drive after we read the file.
    path.write_text("Dongguan\nRademacher\nKowalewo\n", encoding="utf-8")
    d.add("äußerst")
    d.add("Beispielhausen")
    # Case-insensitive code-point order: the same words are always the same file.
    assert path.read_text(encoding="utf-8") == (
        "Beispielhausen\nDongguan\nKowalewo\nRademacher\näußerst\n")
    assert "Kowalewo" in d and "Beispielhausen" in d
    assert not [p for p in tmp_path.iterdir() if p.name != DICTIONARY_NAME]  # no temp left


def test_adding_twice_writes_the_word_once(tmp_path: Path) -> None:
    d = WorkspaceDictionary(tmp_path)
    d.add("Rademacher")
    d.add("Rademacher")
    assert (tmp_path / DICTIONARY_NAME).read_text(encoding="utf-8") == "Rademacher\n"


def test_case_rules(tmp_path: Path) -> None:
    (tmp_path / DICTIONARY_NAME).write_text("Rademacher\nradweg\n", encoding="utf-8")
    d = WorkspaceDictionary(tmp_path)
    assert "Rademacher" in d and "rademacher" not in d
    assert "radweg" in d and "Radweg" in d  # at the start of a sentence


def test_hostile_file_lines_are_ignored(tmp_path: Path) -> None:
    junk = ("\ufeffGut\n# Kommentar\n\n  Leerzeichen davor  \nzwei Wörter\n" + "x" * 500 +
            "\n\x00null\n<script>\n\udcff\nEnde\r\n")
    (tmp_path / DICTIONARY_NAME).write_bytes(
        junk.encode("utf-8", "surrogateescape") + b"\xff\xfe kaputt\n")
    assert read_words(tmp_path / DICTIONARY_NAME) == {"Gut", "Ende"}
    with pytest.raises(ValueError):
        WorkspaceDictionary(tmp_path).add("zwei Wörter")


def test_huge_file_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / DICTIONARY_NAME
    with open(path, "wb") as f:
        f.write(b"Anfang\n")
        f.write(b"Wort\n" * (MAX_BYTES // 5 + 1000))
        f.write(b"Hintendran\n")
    words = read_words(path)
    assert "Anfang" in words and "Hintendran" not in words


def test_folder_or_unreadable_file_is_empty(tmp_path: Path) -> None:
    (tmp_path / DICTIONARY_NAME).mkdir()
    assert WorkspaceDictionary(tmp_path).words == set()


def test_reload_sees_a_change_on_disk(tmp_path: Path) -> None:
    d = WorkspaceDictionary(tmp_path)
    assert not d.reload()
    (tmp_path / DICTIONARY_NAME).write_text("Dongguan\n", encoding="utf-8")
    os.utime(tmp_path / DICTIONARY_NAME, ns=(1, 1))
    assert d.reload() and "Dongguan" in d


def test_links_fifos_and_devices_are_not_read(tmp_path: Path) -> None:
    """dictionary.txt as a FIFO would block a plain open() for ever; as a link it would
    read a file outside the workspace. Both read as empty, in a child process with a
    deadline so a regression fails instead of hanging."""
    import subprocess
    import sys

    outside = tmp_path / "outside.txt"
    outside.write_text("Geheimwort\n", encoding="utf-8")
    link = tmp_path / "link"
    link.mkdir()
    (link / DICTIONARY_NAME).symlink_to(outside)
    fifo = tmp_path / "fifo"
    fifo.mkdir()
    os.mkfifo(fifo / DICTIONARY_NAME)
    device = tmp_path / "device"
    device.mkdir()
    (device / DICTIONARY_NAME).symlink_to("/dev/zero")
    code = ("import sys\nfrom pathlib import Path\n"
            "from editor.model.spelling.wordlist import WorkspaceDictionary\n"
            "for folder in sys.argv[1:]:\n"
            "    print(sorted(WorkspaceDictionary(Path(folder)).words))\n")
    out = subprocess.run([sys.executable, "-c", code, str(link), str(fifo), str(device)],
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.split("\n")[:3] == ["[]", "[]", "[]"], out.stderr
    # Adding a word replaces the link with a regular file; the outside file is untouched.
    d = WorkspaceDictionary(link)
    d.add("Dongguan")
    assert not (link / DICTIONARY_NAME).is_symlink()
    assert (link / DICTIONARY_NAME).read_text(encoding="utf-8") == "Dongguan\n"
    assert outside.read_text(encoding="utf-8") == "Geheimwort\n"
