"""The render sandbox: pathological Markdown ends in a RenderError within the time limit
(or at the memory limit), Cancel stops a render at once, the caller's memory stays
bounded, and a stopped worker is replaced. Real worker processes throughout."""

from __future__ import annotations

import resource
import shutil
import threading
import time

import pytest

from editor.cli import main
from editor.render import RenderCancelled, RenderError, RenderLimits, render_isolated, render_page
from tests.render.conftest import ExportLikeImages, make_article

LIMIT = 2.0
SLACK = 4.0  # starting a fresh worker after the previous one was killed, on a busy machine


def footnotes(n: int = 20000) -> str:
    refs = "".join(f" Satz[^{i}]." for i in range(n))
    return "Text" + refs + "\n\n" + "\n".join(f"[^{i}]: Fußnote {i}" for i in range(n)) + "\n"


def wide_table(columns: int = 5000, rows: int = 20) -> str:
    row = "|" + "|".join("x" for _ in range(columns)) + "|\n"
    return ("|" + "|".join(f"k{i}" for i in range(columns)) + "|\n|"
            + "|".join("-" for _ in range(columns)) + "|\n" + row * rows)


PATHOLOGICAL = {
    "20000 footnotes": footnotes(),
    "5000-column table": wide_table(rows=60),  # 20 rows can finish in 2 s on a quiet machine
    "100k brackets": "[" * 100_000,
    "100k nested quotes": ">" * 100_000 + " tief",
    "3000-deep list": "".join("  " * d + "- x\n" for d in range(3000)),
}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_markdown_fails_within_the_limit(tmp_path, config_de, name):
    article = make_article(tmp_path / "a", PATHOLOGICAL[name])
    before = _peak_mb()
    started = time.monotonic()
    # Within the limit either outcome is right: a fast machine may render some of these
    # (100k nested quotes did, once the Markdown passes stopped being quadratic); what
    # must never happen is a hang, a crash or a traceback in the message.
    try:
        page, _body = render_isolated(article, config_de, ExportLikeImages(),
                                      limits=RenderLimits(timeout=LIMIT, memory_mb=512))
    except RenderError as error:
        assert "could not render" in error.message
        assert "Traceback" not in error.message
    else:
        assert "<html" in page
    assert time.monotonic() - started < LIMIT + SLACK
    # the work (and its memory) was in the worker: this process grew by less than the
    # text itself a few times over
    assert _peak_mb() - before < 64 + 4 * len(PATHOLOGICAL[name]) / 2**20


def test_time_limit_names_itself_and_the_next_render_works(tmp_path, config_de):
    with pytest.raises(RenderError, match=r"took too long \(more than 1 seconds\)"):
        render_isolated(make_article(tmp_path / "a", "[" * 20000), config_de, ExportLikeImages(),
                        limits=RenderLimits(timeout=1))
    good = make_article(tmp_path / "b", "Wieder *gut*.")
    page, body = render_isolated(good, config_de, ExportLikeImages())
    assert page == render_page(good, config_de, ExportLikeImages())
    assert "<em>gut</em>" in body and body in page


def test_memory_limit_gives_a_clean_message(tmp_path, config_de):
    # a long table needs a lot of memory quickly (about 500 MB in Python-Markdown)
    body = "|a|b|c|d|\n|-|-|-|-|\n" + "|x|y|z|w|\n" * 50000
    article = make_article(tmp_path / "a", body)
    with pytest.raises(RenderError, match="more memory than the limit of 100 MB"):
        render_isolated(article, config_de, ExportLikeImages(),
                        limits=RenderLimits(timeout=60, memory_mb=100))
    page, _body = render_isolated(make_article(tmp_path / "b", "Danach."), config_de,
                                  ExportLikeImages())
    assert "Danach." in page


def test_cancel_stops_a_render_promptly(tmp_path, config_de):
    article = make_article(tmp_path / "a", footnotes())
    render_isolated(make_article(tmp_path / "w", "warm"), config_de, ExportLikeImages())
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(RenderCancelled):
        render_isolated(article, config_de, ExportLikeImages(),
                        limits=RenderLimits(timeout=60), cancel=cancel)
    assert time.monotonic() - started < 0.5 + 0.5


def test_cancel_before_start_and_concurrent_callers(tmp_path, config_de):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(RenderCancelled):
        render_isolated(make_article(tmp_path / "a", "x"), config_de, ExportLikeImages(),
                        cancel=cancel)
    # a stuck render in one thread does not hold up another caller
    results: dict[str, object] = {}

    def slow() -> None:
        try:
            render_isolated(make_article(tmp_path / "s", "[" * 20000), config_de,
                            ExportLikeImages(), limits=RenderLimits(timeout=20))
        except RenderError as exc:
            results["slow"] = exc

    stop = threading.Event()
    thread = threading.Thread(target=lambda: (slow(), stop.set()))
    thread.start()
    time.sleep(0.3)
    page, _ = render_isolated(make_article(tmp_path / "f", "Schnell."), config_de,
                              ExportLikeImages())
    assert "Schnell." in page
    assert "slow" not in results  # the other render was still running meanwhile
    thread.join(30)
    assert isinstance(results["slow"], RenderError)


def test_limits_from_config(config_de):
    import dataclasses

    config = dataclasses.replace(config_de, render_timeout_seconds=3, render_memory_mb=256)
    assert RenderLimits.from_config(config) == RenderLimits(timeout=3.0, memory_mb=256)


def test_cli_render_uses_the_limits_of_newsdesk_toml(tmp_path, capsys):
    from editor import resources

    ws = tmp_path / "ws"
    shutil.copytree(resources.path("sample-workspace"), ws)
    toml = ws / "newsdesk.toml"
    settings = toml.read_text(encoding="utf-8")
    assert "render_timeout_seconds = 10" in settings
    toml.write_text(settings.replace("render_timeout_seconds = 10", "render_timeout_seconds = 1"),
                    encoding="utf-8")
    article = ws / "articles" / "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
    text = (article / "article.md").read_text(encoding="utf-8")
    (article / "article.md").write_text(text + "\n" + "[" * 20000 + "\n", encoding="utf-8")
    started = time.monotonic()
    assert main(["render", str(article)]) == 1
    assert time.monotonic() - started < 1 + SLACK
    err = capsys.readouterr().err
    assert "took too long (more than 1 seconds)" in err and "Traceback" not in err
    assert main(["render", str(article), "--timeout", "0"]) == 2


def test_a_worker_killed_from_outside_is_reported_and_replaced(tmp_path, config_de):
    import os
    import signal

    from editor.render.sandbox import Sandbox

    sandbox = Sandbox()
    try:
        args = (make_article(tmp_path / "a", "Eins."), config_de, ExportLikeImages(), "a.css")
        assert "Eins." in sandbox.call("page", args, RenderLimits())[0]
        os.kill(sandbox.pid, signal.SIGKILL)  # while idle (the OOM killer, say)
        time.sleep(0.2)
        assert "Eins." in sandbox.call("page", args, RenderLimits())[0]
        slow = (make_article(tmp_path / "s", "[" * 20000), config_de, ExportLikeImages(), "a.css")
        threading.Timer(0.5, lambda pid=sandbox.pid: os.kill(pid, signal.SIGKILL)).start()
        with pytest.raises(RenderError, match="render process stopped"):
            sandbox.call("page", slow, RenderLimits(timeout=30))
        assert "Eins." in sandbox.call("page", args, RenderLimits())[0]
        assert sandbox.starts == 3
    finally:
        sandbox.close()
    assert sandbox.pid is None
