"""The review panel's actions: recording an event from its buttons (Submit, Approve,
Request changes, Reopen, Comment) with the comment box as note, the four-eyes rule before
approving one's own article, and asking for the user's name on first use.

A mixin of ReviewPanel (editor.gui.review.panel), which owns the widgets and signals used
here. Its strings are translated in the context "ReviewPanel", as they were in the panel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from editor.gui import dialogs
from editor.gui.workspace_panel.panel import state_label
from editor.model import review
from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.errors import NewsdeskError


class ReviewActions:
    """The review actions of :class:`~editor.gui.review.panel.ReviewPanel`."""

    # made by ReviewPanel.__init__
    article: Article | None
    config: SiteConfig
    user: str
    status: review.Status | None
    comment: QPlainTextEdit
    message: QLabel
    buttons: dict[str, QPushButton]
    _ask_name: Callable[[QWidget], str | None]
    _self_approval_confirmed: bool

    def act(self, kind: str) -> bool:
        """Perform a review action with the comment box as note. True when recorded."""
        if self.article is None:
            return False
        if not self.user and not self._obtain_name():
            self.message.setText(QCoreApplication.translate(
                "ReviewPanel", "Enter your name to take part in the review."))
            return False
        if kind == "approved" and not self._four_eyes_allow():
            return False
        note = self.comment.toPlainText().strip()
        if kind == "comment" and not note:
            self.message.setText(QCoreApplication.translate(
                "ReviewPanel", "Write a comment first."))
            return False
        outside = []
        if kind == "approved":  # a page the frame breaks cannot be published: not approved
            from editor.render.frame_check import article_frame_problems

            outside = article_frame_problems(self.article)
        try:
            review.add_event(self.article, kind, self.user, note, config=self.config,
                             outside_problems=outside)
        except review.ApprovalRefused as exc:
            lines = "\n".join(f"• {p.message}" for p in exc.problems)
            self.message.setText(QCoreApplication.translate(
                "ReviewPanel", "Not approved: fix these problems first:") + "\n" + lines)
            return False
        except review.ReviewError as exc:
            self.message.setText(self._refusal(exc))
            return False
        except NewsdeskError as exc:
            self.message.setText(exc.describe())
            return False
        self.comment.clear()
        self.message.clear()
        self._self_approval_confirmed = False
        self._label_approve()
        self.refresh_now()
        self.state_changed.emit(self.status.state if self.status else "draft")
        return True

    def own_article(self) -> bool:
        """Whether the current user submitted the current round (four eyes)."""
        events = self.status.events if self.status else ()
        return bool(self.user) and bool(review.self_approval(events, self.user))

    def _four_eyes_allow(self) -> bool:
        """Before approving one's own article: refused under 'forbid'; under 'warn' the
        first Approve shows the warning and the button becomes "Approve anyway"."""
        if not self.own_article():
            return True
        policy = self.config.self_approval
        if policy == "forbid":
            self.message.setText(QCoreApplication.translate(
                "ReviewPanel",
                "You submitted this article for review; someone else must approve it "
                "(newsdesk.toml: review.self_approval = forbid)."))
            return False
        if policy == "warn" and not self._self_approval_confirmed:
            self._self_approval_confirmed = True
            self._label_approve()
            self.message.setText(QCoreApplication.translate(
                "ReviewPanel",
                "Warning: you submitted this article for review yourself; a second person "
                "should approve it. Press “Approve anyway” to approve it nonetheless."))
            return False
        return True

    def _label_approve(self) -> None:
        if self._self_approval_confirmed:
            text = QCoreApplication.translate("ReviewPanel", "Approve anyway")
        else:
            text = QCoreApplication.translate("ReviewPanel", "Approve")
        self.buttons["approved"].setText(text)

    def _refusal(self, exc: review.ReviewError) -> str:
        if exc.code == "self-approval":
            return QCoreApplication.translate(
                "ReviewPanel",
                "You submitted this article for review; someone else must "
                "approve it (newsdesk.toml: review.self_approval = forbid).")
        if exc.code == "not-allowed":
            return QCoreApplication.translate(
                "ReviewPanel", "Not possible while the article is in state “{0}”.").format(
                state_label(exc.params.get("state", "")))
        if exc.code == "note-required":
            return QCoreApplication.translate(
                "ReviewPanel", "Write in the comment box which changes are needed.")
        if exc.code == "name-required":
            return QCoreApplication.translate(
                "ReviewPanel", "Enter your name to take part in the review.")
        return exc.message

    def _default_ask_name(self, parent: QWidget) -> str | None:
        title = QCoreApplication.translate("ReviewPanel", "Your name")
        return dialogs.ask_text(parent, title, QCoreApplication.translate(
            "ReviewPanel", "Your name, recorded with your review actions:"))

    def _obtain_name(self) -> bool:
        self.user_name_needed.emit()
        if self.user:  # the window may have answered the signal already
            return True
        name = (self._ask_name(self) or "").strip()
        if not name:
            return False
        self.set_user(name)
        self.user_name_entered.emit(name)
        return True
