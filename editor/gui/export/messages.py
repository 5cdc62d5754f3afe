"""Export problem wording in the UI language: the preflight panel's wording, plus the
codes only export reports (the approval gate, photos kept without credits)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from editor.gui.preflight import messages as preflight
from editor.model.contenthash import short
from editor.model.validation import Problem

CONTEXT = "ExportProblems"

TEMPLATES: dict[str, str] = {
    "not-approved": QT_TRANSLATE_NOOP(
        "ExportProblems",
        "The article is not approved (review state: %{state}); export needs an approval "
        "of the current content."),
    "changed-since-approval": QT_TRANSLATE_NOOP(
        "ExportProblems",
        "%{by} approved version %{approved_hash} on %{at}; the article changed since "
        "(now %{content_hash}) and needs a new approval."),
    "photo-incomplete": QT_TRANSLATE_NOOP(
        "ExportProblems",
        "Photo '%{photo}' was kept without its credits; complete them to export."),
}


def message(problem: Problem) -> str:
    template = TEMPLATES.get(problem.code)
    if template is None:
        return preflight.message(problem)
    values: dict[str, Any] = dict(problem.params)
    for key in ("approved_hash", "content_hash"):
        if key in values:
            values[key] = short(str(values[key]))
    if "state" in values:
        values["state"] = str(values["state"]).replace("_", " ")
    text = QCoreApplication.translate(CONTEXT, template)
    for key, value in values.items():
        text = text.replace("%{" + key + "}", str(value))
    return problem.message if "%{" in text else text


def line(problem: Problem) -> str:
    """One list row: severity, where, what."""
    where = preflight.location(problem.location)
    head = preflight.severity_name(problem)
    return f"{head} – {where}: {message(problem)}" if where else f"{head}: {message(problem)}"
