"""Problem wording in the UI language, keyed by ``Problem.code`` (see model/validation.py).

The model words its messages in English for the command line; the GUI words them again
from ``code`` and ``params`` so a German UI shows German text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from editor.model.validation import Location, Problem

CONTEXT = "Preflight"

# %{name} placeholders are filled from Problem.params.
TEMPLATES: dict[str, str] = {
    "missing-title": QT_TRANSLATE_NOOP("Preflight", "The article has no title."),
    "title-too-long": QT_TRANSLATE_NOOP(
        "Preflight", "The title has %{length} characters; keep it under %{limit}."),
    "missing-date": QT_TRANSLATE_NOOP("Preflight", "The article has no date."),
    "invalid-date": QT_TRANSLATE_NOOP(
        "Preflight", "'%{value}' is not a valid date; write it as YYYY-MM-DD."),
    "no-lead": QT_TRANSLATE_NOOP("Preflight", "The article has no lead."),
    "lead-too-long": QT_TRANSLATE_NOOP(
        "Preflight", "The lead has %{length} characters; keep it under %{limit}."),
    "heading-skip": QT_TRANSLATE_NOOP(
        "Preflight", "Heading level jumps from h%{previous} to h%{level}; use h%{next}."),
    "unknown-photo": QT_TRANSLATE_NOOP(
        "Preflight", "The text places photo '%{photo}', but no photo with that id is attached."),
    "unknown-lead-photo": QT_TRANSLATE_NOOP(
        "Preflight", "The lead photo '%{photo}' is not attached."),
    "duplicate-photo-id": QT_TRANSLATE_NOOP("Preflight", "Two photos have the id '%{photo}'."),
    "photo-file-missing": QT_TRANSLATE_NOOP(
        "Preflight", "Photo '%{photo}': the file %{file} is missing."),
    "photo-field-missing": QT_TRANSLATE_NOOP("Preflight", "Photo '%{photo}' has no %{field}."),
    "photo-unused": QT_TRANSLATE_NOOP(
        "Preflight", "Photo '%{photo}' is attached but not used in the text."),
    "photo-incomplete": QT_TRANSLATE_NOOP(
        "Preflight",
        "Photo '%{photo}' was kept without its credits; complete them to export."),
    "photo-unreadable": QT_TRANSLATE_NOOP(
        "Preflight", "Photo '%{photo}' (%{file}) cannot be published: %{reason}."),
    "control-character": QT_TRANSLATE_NOOP(
        "Preflight",
        "The field %{field} contains the invisible control character %{character}; "
        "remove it."),
    "alt-too-long": QT_TRANSLATE_NOOP(
        "Preflight",
        "Photo '%{photo}': the alt text has %{length} characters; at most %{limit} are "
        "allowed."),
    "photo-focus-invalid": QT_TRANSLATE_NOOP(
        "Preflight",
        "Photo '%{photo}': 'focus' must be two numbers from 0 to 1 (fractions of width and "
        "height from the top left)."),
    # search and social metadata (editor/model/metacheck.py)
    "base-url-example": QT_TRANSLATE_NOOP(
        "Preflight",
        "base_url in newsdesk.toml is still the example address %{url}; canonical links and "
        "social cards would point there."),
    "missing-author": QT_TRANSLATE_NOOP(
        "Preflight",
        "The article has no author (search engines show it; write a person or an office, "
        "with author_type: organization)."),
    "lead-photo-small": QT_TRANSLATE_NOOP(
        "Preflight",
        "Photo '%{photo}' is %{width} px wide; search and social previews want at least "
        "%{minimum} px."),
    "description-too-long": QT_TRANSLATE_NOOP(
        "Preflight",
        "The description has %{length} characters; search results show about %{limit}."),
    "invalid-author-type": QT_TRANSLATE_NOOP(
        "Preflight", "'author_type' must be person or organization, not '%{value}'."),
    "invalid-author-url": QT_TRANSLATE_NOOP(
        "Preflight",
        "'author_url' is not usable: give a full https:// address, or with several authors "
        "each person's url in the author list."),
    "invalid-description": QT_TRANSLATE_NOOP("Preflight", "'description' must be text."),
    # plain-language hints (editor/model/readability.py)
    "long-sentence": QT_TRANSLATE_NOOP(
        "Preflight",
        "A sentence of %{words} words (“%{start}”); sentences over %{limit} words are hard "
        "to follow: split it."),
    "long-word": QT_TRANSLATE_NOOP(
        "Preflight",
        "The word “%{word}” has %{letters} letters; words over %{limit} letters are hard to "
        "read: split the compound with a hyphen or rephrase it."),
    "long-paragraph": QT_TRANSLATE_NOOP(
        "Preflight",
        "A paragraph of %{words} words; paragraphs over %{limit} words are hard to take in: "
        "divide it."),
}

# Names of front-matter and photo fields as shown in messages and the location column.
FIELD_NAMES: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Preflight", "title"),
    "kicker": QT_TRANSLATE_NOOP("Preflight", "kicker"),
    "date": QT_TRANSLATE_NOOP("Preflight", "date"),
    "author": QT_TRANSLATE_NOOP("Preflight", "author"),
    "lead": QT_TRANSLATE_NOOP("Preflight", "lead"),
    "tags": QT_TRANSLATE_NOOP("Preflight", "tags"),
    "lead_photo": QT_TRANSLATE_NOOP("Preflight", "lead photo"),
    "description": QT_TRANSLATE_NOOP("Preflight", "search summary"),
    "author_type": QT_TRANSLATE_NOOP("Preflight", "author type"),
    "author_url": QT_TRANSLATE_NOOP("Preflight", "author's address"),
    "caption": QT_TRANSLATE_NOOP("Preflight", "caption"),
    "alt": QT_TRANSLATE_NOOP("Preflight", "alt text"),
    "creator": QT_TRANSLATE_NOOP("Preflight", "creator"),
    "credit": QT_TRANSLATE_NOOP("Preflight", "credit line"),
    "copyright": QT_TRANSLATE_NOOP("Preflight", "copyright notice"),
    "license": QT_TRANSLATE_NOOP("Preflight", "licence / usage terms"),
    "web_statement": QT_TRANSLATE_NOOP("Preflight", "rights URL"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(name: str) -> str:
    source = FIELD_NAMES.get(name)
    return _tr(source) if source else name


def message(problem: Problem) -> str:
    """The problem in the UI language; the model's English message for unknown codes."""
    template = TEMPLATES.get(problem.code)
    if template is None:
        return problem.message
    values: dict[str, Any] = dict(problem.params)
    if "field" in values:
        values["field"] = field_name(str(values["field"]))
    if problem.code == "heading-skip" and "previous" in values:
        values["next"] = int(values["previous"]) + 1
    text = _tr(template)
    for key, value in values.items():
        text = text.replace("%{" + key + "}", str(value))
    if "%{" in text:  # params missing (an older model): the model's text is complete
        return problem.message
    return text


def location(loc: Location | None) -> str:
    if loc is None:
        return ""
    if loc.kind == "field":
        return field_name(str(loc.ref)).capitalize()
    if loc.kind == "line":
        return _tr(QT_TRANSLATE_NOOP("Preflight", "Line %1")).replace("%1", str(loc.ref))
    if loc.kind == "photo":
        return _tr(QT_TRANSLATE_NOOP("Preflight", "Photo '%1'")).replace("%1", str(loc.ref))
    return _tr(QT_TRANSLATE_NOOP("Preflight", "File"))


def severity_name(problem: Problem) -> str:
    if problem.is_error:
        return _tr(QT_TRANSLATE_NOOP("Preflight", "Error"))
    if problem.is_hint:
        # plain-language advice, below a warning; never blocks export
        return _tr(QT_TRANSLATE_NOOP("Preflight", "Hint"))
    return _tr(QT_TRANSLATE_NOOP("Preflight", "Warning"))
