"""Worker results reach their widget on the GUI thread, and never a widget deleted
meanwhile; the review panel's status job is deleted out from under, many times."""

from __future__ import annotations

import random
import threading

import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from editor.gui import gui_thread


class _Receiver(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[int, object]] = []

    def got(self, value: object) -> None:
        self.calls.append((threading.get_ident(), value))


def test_delivery_runs_on_the_gui_thread(qtbot) -> None:
    receiver = _Receiver()
    qtbot.addWidget(receiver)
    ref = gui_thread.target(receiver)
    worker = threading.Thread(target=gui_thread.deliver, args=(ref, "got", 42))
    worker.start()
    worker.join()
    assert receiver.calls == []  # not in the worker thread: queued for the GUI thread
    qtbot.waitUntil(lambda: bool(receiver.calls), timeout=3000)
    assert receiver.calls == [(threading.get_ident(), 42)]


def test_a_widget_deleted_before_its_result_arrives_gets_nothing(qtbot) -> None:
    parent = QWidget()
    receiver = _Receiver()
    receiver.setParent(parent)
    calls = receiver.calls
    ref = gui_thread.target(receiver)
    release = threading.Event()

    def work() -> None:
        release.wait(10)
        gui_thread.deliver(ref, "got", "late")

    worker = threading.Thread(target=work)
    worker.start()
    shiboken6.delete(parent)  # the window closes while the job runs
    release.set()
    worker.join()
    qtbot.wait(50)
    assert calls == []


def test_review_panel_deleted_while_its_status_jobs_run(qtbot, sample_workspace,
                                                        monkeypatch) -> None:
    """Status jobs finish at random moments around the panel's deletion (as when the
    window of one test is deleted in the next one's event loop): no crash, no call into
    the deleted panel, and a panel that stays gets its status."""
    from editor.gui.review import panel as review_panel
    from editor.model.article import load_article

    real_status = review_panel.review.status
    rng = random.Random(5)

    def slow_status(article):
        threading.Event().wait(rng.uniform(0, 0.004))
        return real_status(article)

    monkeypatch.setattr(review_panel.review, "status", slow_status)
    article = load_article(next((sample_workspace / "articles").iterdir()))
    called: list[int] = []
    monkeypatch.setattr(review_panel.ReviewPanel, "_on_status",
                        lambda self, generation, result: called.append(id(self)))
    for i in range(150):
        panel = review_panel.ReviewPanel()
        panel.article = article
        for _ in range(3):
            panel.refresh()
        threading.Event().wait(rng.uniform(0, 0.003))
        shiboken6.delete(panel)
        if i % 25 == 0:
            qtbot.wait(1)
    QThreadPool.globalInstance().waitForDone(30000)
    qtbot.wait(50)
    assert called == []  # every panel was deleted before its results arrived
    kept = review_panel.ReviewPanel()
    qtbot.addWidget(kept)
    kept.article = article
    kept.refresh()
    qtbot.waitUntil(lambda: called == [id(kept)], timeout=10000)
