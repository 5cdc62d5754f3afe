"""Widgets whose background jobs finish after the widget is gone (the window of one test is
deleted in the next test's event loop; a user closes the window): no crash, no call into
the deleted widget. Each job used to emit a signal of an object the widget owned, from its
worker thread, racing the GUI thread's deletion of that object (a segfault)."""

from __future__ import annotations

import random
import threading

import shiboken6
from PySide6.QtCore import QThreadPool

from editor.model.article import load_article


def _sample_article(sample_workspace):
    return next(load_article(p) for p in sorted((sample_workspace / "articles").iterdir())
                if (p / "article.md").is_file())


def _churn(qtbot, make, start, rounds: int = 150) -> None:
    """``make()`` a widget, ``start(widget)`` its jobs, delete it at once, ``rounds`` times;
    then let every job finish."""
    for i in range(rounds):
        widget = make()
        start(widget)
        threading.Event().wait(random.uniform(0, 0.003))
        shiboken6.delete(widget)
        if i % 25 == 0:
            qtbot.wait(1)
    QThreadPool.globalInstance().waitForDone(30000)
    qtbot.wait(50)


def test_readability_label_deleted_while_it_measures(qtbot, sample_workspace,
                                                     monkeypatch) -> None:
    from editor.gui import readability_label as rl

    real = rl.readability.measure_paragraphs

    def slow(*args, **kwargs):
        threading.Event().wait(random.uniform(0, 0.004))
        return real(*args, **kwargs)

    monkeypatch.setattr(rl.readability, "measure_paragraphs", slow)
    called: list[int] = []
    monkeypatch.setattr(rl.ReadabilityLabel, "_done",
                        lambda self, generation, figure: called.append(id(self)))
    article = _sample_article(sample_workspace)

    def start(label) -> None:
        label.set_article(article, None)
        label.compute()

    _churn(qtbot, rl.ReadabilityLabel, start)
    assert called == []
    kept = rl.ReadabilityLabel()
    qtbot.addWidget(kept)
    start(kept)
    qtbot.waitUntil(lambda: called == [id(kept)], timeout=10000)


def test_social_card_deleted_while_its_image_is_cut(qtbot, sample_workspace,
                                                    monkeypatch) -> None:
    from editor.gui import social_card as sc

    real = sc.card_image

    def slow(*args, **kwargs):
        threading.Event().wait(random.uniform(0, 0.004))
        return real(*args, **kwargs)

    monkeypatch.setattr(sc, "card_image", slow)
    called: list[int] = []
    monkeypatch.setattr(sc.SocialCardPreview, "_done",
                        lambda self, generation, image: called.append(id(self)))
    article = next(a for a in (load_article(p) for p in
                               sorted((sample_workspace / "articles").iterdir())
                               if (p / "article.md").is_file()) if a.photos)
    from editor.model.config import SiteConfig

    _churn(qtbot, sc.SocialCardPreview, lambda card: card.set_article(article, SiteConfig()))
    assert called == []
    kept = sc.SocialCardPreview()
    qtbot.addWidget(kept)
    kept.set_article(article, SiteConfig())
    qtbot.waitUntil(lambda: called == [id(kept)], timeout=10000)
