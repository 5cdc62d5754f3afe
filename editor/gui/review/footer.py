"""The footer of every page of a review PDF (sign-off sheet): title, review state, short
content hash, date and "page x of y".

No Qt here: the window and ``newsdesk review pdf`` build the same footer. The wording is a
small table per language (the sheet is a document, made without the window too, so it
does not depend on the Qt translators being installed). The page numbers come from
Chromium's CSS ``@page`` margin boxes (``counter(page)`` / ``counter(pages)``), supported
by the Chromium of Qt WebEngine 6.10 and later; printToPdf itself has no footer option.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("de", "en")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "state": "Review state", "content": "Content", "page": "Page {page} of {pages}",
        "draft": "Draft", "in_review": "In review", "changes_requested": "Changes requested",
        "approved": "Approved", "changed_since_approval": "Changed since approval",
        "published": "Published", "date": "%Y-%m-%d %H:%M",
    },
    "de": {
        "state": "Prüfstatus", "content": "Inhalt", "page": "Seite {page} von {pages}",
        "draft": "Entwurf", "in_review": "In Prüfung", "changes_requested": "Änderungen erbeten",
        "approved": "Freigegeben", "changed_since_approval": "Seit Freigabe geändert",
        "published": "Veröffentlicht", "date": "%d.%m.%Y %H:%M",
    },
}


def words(language: str) -> dict[str, str]:
    return WORDS.get(language[:2].lower(), WORDS["en"])


def footer_text(title: str, state: str, short_hash: str, language: str,
                when: dt.datetime | None = None) -> str:
    """'<title> · Review state: <state> · Content <hash> · <local date>'."""
    w = words(language)
    # date and time never split over two lines
    stamp = (when or dt.datetime.now().astimezone()).strftime(w["date"]).replace(" ", "\u00a0")
    parts = [title.strip()] if title.strip() else []
    parts += [f"{w['state']}: {w.get(state, state)}", f"{w['content']} {short_hash}", stamp]
    return " · ".join(parts)


def css_string(text: str) -> str:
    """``text`` as a CSS string literal: everything but ASCII letters and digits is escaped
    with six hex digits, so quotes, backslashes and newlines in a title cannot end the
    string or the rule (spaces too: CSS swallows one space after a hex escape)."""
    out = []
    for ch in text:
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        else:
            out.append(f"\\{ord(ch):06x}")
    return '"' + "".join(out) + '"'


def footer_css(text: str, language: str) -> str:
    """An @page rule putting ``text`` and below it "page x of y" centred at the foot of
    every page (one margin box, two lines: a long title does not squeeze the counter)."""
    before, _, rest = words(language)["page"].partition("{page}")
    middle, _, after = rest.partition("{pages}")
    content = (f"{css_string(text + chr(10) + before)} counter(page) {css_string(middle)} "
               f"counter(pages) {css_string(after)}")
    return ("@page { @bottom-center { "
            f"content: {content}; white-space: pre-line; font: 8pt sans-serif; "
            "color: #333; text-align: center; vertical-align: middle; } }")
