"""Commit messages in the workspace's language: 'Artikel bearbeitet: <Titel>',
'Freigegeben: <Titel> (Anna Prüferin)', read from the changed paths and, for review events,
from the newest event file."""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath

from editor.sync import git


def _language(root: Path) -> str:
    try:
        text = (root / "newsdesk.toml").read_text(encoding="utf-8")
    except OSError:
        return "de"
    found = re.search(r'^language\s*=\s*"(\w+)"', text, re.M)
    return found.group(1) if found and found.group(1) in ("de", "en") else "de"


def _title(root: Path, slug: str) -> str:
    try:
        with open(root / "articles" / slug / "article.md", encoding="utf-8",
                  errors="replace") as f:
            head = f.read(8192)
    except OSError:  # deleted: the title it had in the last commit
        done = git.run(root, "show", f"HEAD:articles/{slug}/article.md", check=False)
        if done.returncode != 0:
            return slug
        head = done.stdout[:8192].decode("utf-8", "replace")
    found = re.search(r"^title:[ \t]*(.+?)[ \t]*$", head, re.M)
    if not found:
        return slug
    title = found.group(1).strip()
    if len(title) >= 2 and title[0] == title[-1] and title[0] in "\"'":
        title = title[1:-1]
    return " ".join(title.split())[:120] or slug


_WORDS = {
    "de": {"new": "Artikel angelegt", "edited": "Artikel bearbeitet",
           "deleted": "Artikel gelöscht", "photo": "Foto hinzugefügt",
           "review": "Review", "settings": "Einstellungen geändert",
           "many": "{n} Artikel geändert", "presence": "Anwesenheit"},
    "en": {"new": "Article created", "edited": "Article edited",
           "deleted": "Article deleted", "photo": "Photo added",
           "review": "Review", "settings": "Settings changed",
           "many": "{n} articles changed", "presence": "Presence"},
}


def _review_words(root: Path, paths: list[str], lang: str) -> str:
    """'Freigegeben (Anna Prüferin)' from the newest review event file, else 'Review'."""
    names = {"approved": ("Freigegeben", "Approved"),
             "submitted": ("Zur Prüfung eingereicht", "Submitted for review"),
             "changes_requested": ("Änderungen erbeten", "Changes requested"),
             "comment": ("Kommentiert", "Commented"), "reopened": ("Wieder geöffnet",
                                                                  "Reopened"),
             "published": ("Veröffentlicht", "Published")}
    for path in sorted(paths, reverse=True):
        try:
            event = json.loads((root / path).read_text(encoding="utf-8"))
            kind, who = str(event.get("event")), str(event.get("by") or "")
        except (OSError, ValueError, AttributeError):
            continue
        if kind in names:
            word = names[kind][0 if lang == "de" else 1]
            return f"{word}{f' ({who[:80]})' if who else ''}"
    return _WORDS[lang]["review"]


def commit_message(root: Path, changes: list[tuple[str, str]]) -> str:
    """The message in the workspace's language: 'Artikel bearbeitet: <Titel>'."""
    lang = _language(root)
    words = _WORDS[lang]
    by_slug: dict[str, list[tuple[str, str]]] = {}
    other = []
    opened: set[str] = set()   # presence/<slug>/...: who has which article open
    for status, path in changes:
        parts = PurePosixPath(path).parts
        if parts[0] == "presence" and len(parts) == 3:
            opened.add(parts[1])
        elif parts[0] == "articles" and len(parts) >= 3:
            by_slug.setdefault(parts[1], []).append((status, path))
        else:
            other.append(path)
    lines = []
    for slug, items in sorted(by_slug.items()):
        title = _title(root, slug)
        kinds = {PurePosixPath(p).parts[2] for _s, p in items}
        article = [s for s, p in items if p.endswith("/article.md")
                   and len(PurePosixPath(p).parts) == 3]
        if article and "D" in article[0]:
            what = words["deleted"]
        elif article and ("?" in article[0] or "A" in article[0]):
            what = words["new"]
        elif any("/photos/" in p and ("?" in s or "A" in s) for s, p in items):
            what = words["photo"]  # attaching a photo also writes its credits
        elif "article.md" in kinds:
            what = words["edited"]
        elif "review" in kinds:
            what = _review_words(root, [p for _s, p in items if "/review/" in p], lang)
            word, _sep, who = what.partition(" (")
            lines.append(f"{word}: {title}" + (f" ({who}" if who else ""))
            continue
        else:
            what = words["photo"]
        lines.append(f"{what}: {title}")
    if other:
        lines.append(f"{words['settings']}: {', '.join(sorted(other))}")
    if opened and not lines:  # presence alone; beside content it is not worth a line
        return f"{words['presence']}: " + ", ".join(_title(root, s) for s in sorted(opened))
    if len(lines) == 1:
        return lines[0]
    return words["many"].format(n=len(by_slug) or len(lines)) + "\n\n" + "\n".join(lines)
