"""Reading articles for the index in batches, in worker processes for many (no database).

This module is light (no article or YAML module): the reading itself (parse, which imports
those) is loaded only when articles are read, by the refreshing process before it forks
its workers, or when it reads them itself."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.model.article import Article


class Entry:
    """One article as read for the index (a plain class: dataclasses costs an import)."""

    __slots__ = ("date", "error", "fingerprint", "folded", "is_date", "slug", "status",
                 "title")

    def __init__(self, slug: str, title: str, date: str | None, is_date: int, status: str,
                 error: str | None, fingerprint: str, folded: str | None) -> None:
        self.slug = slug
        self.title = title
        self.date = date
        self.is_date = is_date
        self.status = status
        self.error = error
        self.fingerprint = fingerprint
        self.folded = folded  # None: not read for the full-text index

    def __repr__(self) -> str:
        return f"Entry({self.slug!r}, {self.status!r}, error={self.error!r})"


PARALLEL_FROM = 1500  # fewer articles are read faster than worker processes start
BATCH = 500  # articles per batch: written in one transaction while the next is read


def read_batches(articles_dir: Path, todo: Iterable[tuple[str, str]], processes: int = 1,
                 text: bool = True, count: int | None = None,
                 write: Callable[[list[Entry]], bool] | None = None,
                 ) -> Iterator[tuple[list[Entry], bool]]:
    """read_entry for each (slug, fingerprint), in batches as they are read, so that the
    caller writes one batch while worker processes read the next. Workers are forked
    when there are many and ``processes`` > 1 (only where fork exists: starting
    interpreters would cost more than it saves); batches then arrive in any order.
    ``text``: also the folded text for the full-text index (else ``folded`` is None).
    ``todo`` may be an iterator still being filled (``count``: about how many it gives;
    the pool's feeder thread then consumes it while the workers read).
    Yields (entries, written): ``write`` (picklable), when given, is called with each batch
    in the worker process that read it; True there means it stored the batch itself (the
    entries then come without their text). The batches read here are never written."""
    processes = min(processes, os.cpu_count() or 1)
    base = os.fspath(articles_dir)
    if count is None:
        todo = list(todo)
        count = len(todo)
    parallel = processes >= 2 and count >= PARALLEL_FROM
    if parallel:
        import multiprocessing  # only for many articles: refreshing a few needs no pool

        parallel = "fork" in multiprocessing.get_all_start_methods()
    if not parallel:
        base += os.sep
        for batch in _batches(todo):
            yield [read_entry(base + slug, fp, text) for slug, fp in batch], False
        return
    jobs = ((base, batch, text, write) for batch in _batches(todo))
    # Imported once here, before the workers are forked, rather than by each of them:
    # the same wait before the first batch, half the work on a machine that is busy.
    _parse()
    context = multiprocessing.get_context("fork")
    # The workers take turns writing, waiting on this lock: SQLite's own wait for a busy
    # database sleeps in steps of up to 100 ms, each one a worker not reading.
    with context.Pool(processes, _set_write_lock, (context.Lock(),)) as pool:
        for written, rows in pool.imap_unordered(_read_chunk, jobs):
            yield [Entry(*row) for row in rows], written


_write_lock: Any = None  # in a worker process: the lock its writes take turns on
WRITE_TURN_SECONDS = 120.0  # far more than a batch's write, even waiting for a busy file


def _set_write_lock(lock: Any) -> None:
    global _write_lock
    _write_lock = lock


def _batches(todo: Iterable[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    items = iter(todo)
    while batch := list(itertools.islice(items, BATCH)):
        yield batch


def read_entries(articles_dir: Path, todo: list[tuple[str, str]],
                 processes: int = 1, text: bool = True) -> list[Entry]:
    """Every batch of read_batches in one list."""
    return [entry for batch, _ in read_batches(articles_dir, todo, processes, text)
            for entry in batch]


def _read_chunk(job: tuple[str, list[tuple[str, str]], bool,
                           Callable[[list[Entry]], bool] | None]) -> tuple[bool, list[tuple]]:
    base, todo, text, write = job
    base += os.sep
    entries = [read_entry(base + slug, fp, text) for slug, fp in todo]
    written = False
    if write is not None:
        if _write_lock is None:
            written = write(entries)
        elif _write_lock.acquire(timeout=WRITE_TURN_SECONDS):
            try:
                written = write(entries)
            finally:
                _write_lock.release()
        # else a worker died during its turn (the lock stays taken): the refreshing
        # process writes this batch, as when a worker cannot write
    # Tuples: they cross the process boundary several times faster than dataclasses.
    return written, [(e.slug, e.title, e.date, e.is_date, e.status, e.error, e.fingerprint,
                      None if written else e.folded) for e in entries]


def read_entry(folder: Path | str, fingerprint: str, text: bool = True) -> Entry:
    """Read one article for the index; never raises (an unreadable one carries its reason).
    ``text``: with the folded text for the full-text index (else ``folded`` is None)."""
    return _parse().read_entry(folder, fingerprint, text)


def load_listed_article(folder: Path) -> Article:
    """load_article for listing: a symlinked folder or article.md is not followed (it may
    point outside the workspace). Raises ArticleFormatError."""
    return _parse().load_listed_article(folder)


def _parse():  # type: ignore[no-untyped-def]
    parse = sys.modules.get("editor.model.index.parse")
    if parse is None:
        from editor.model.index import parse
    return parse


def build_in_subprocess(articles_dir: Path, timeout: float = 600) -> bool:
    """Bring the index of ``articles_dir`` up to date in a fresh Python process that reads
    with every core, for programs that must not fork themselves (the app has threads).
    False when that is not possible here (a frozen build, no interpreter, a failure):
    then refresh in-process."""
    import subprocess

    if getattr(sys, "frozen", False) or not sys.executable:
        return False
    try:
        code = "import sys; from editor.model.index import _main; sys.exit(_main(sys.argv[1:]))"
        proc = subprocess.run([sys.executable, "-c", code, str(articles_dir)],
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=timeout, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return proc.returncode == 0


def _main(argv: list[str]) -> int:
    from editor.model.index.store import ArticleIndex

    if len(argv) != 1:
        return 2
    ArticleIndex(Path(argv[0]), processes=os.cpu_count() or 1).refresh()
    return 0
