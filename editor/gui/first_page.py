"""The preview's first page at start-up without a render: the app's close renders the
article it shows once more (the saved file, as the next start will) and keeps that page in
this computer's cache (never in a workspace).

A render needs the render worker (a second interpreter that imports the renderer, about as
much CPU as the window takes to build); on a machine with two cores that work is in the
way of the first paint. So the page is kept with a key: a SHA-256 of everything the render
reads, namely the article as parsed (every field the render sees), the site's settings as
parsed, the page's base and stylesheet URLs, and an *environment* taken before that render:
Newsdesk's version and code (model, render, publish), its templates and stylesheet, the
renderer's installed distributions, Python, the workspace's ``templates/`` (page frame),
the article's ``photos/``, its review events and saved versions (the time of the last
change comes from them) and the publisher logo and favicon (each by path, size, mtime and
mode, as editor.publish.uptodate takes them). At the next start the same key, computed
from the files as they are then, must match, else the page is not shown (a file changed
after the environment was taken can only make it differ). The real render follows and
loads its page only if its HTML differs.

Nothing here imports Qt: editor.gui.early asks :func:`likely_hit` before Qt is imported
(then the render worker is started after the first paint, not before it).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.model.cachedir import user_cache_dir

if TYPE_CHECKING:
    from editor.model.article import Article
    from editor.model.config import SiteConfig

FORMAT = "newsdesk-first-page/1"
ENV = "NEWSDESK_PAGE_CACHE"  # the folder, instead of the user's cache folder (tests)
FILE = "first-page.json"
MAX_BYTES = 16 * 1024 * 1024
# Every page the renderer makes carries the Content-Security-Policy meta element; a kept
# page without it near the top is not ours and is not shown.
CSP_MARK = '<meta http-equiv="Content-Security-Policy"'
CSP_WITHIN = 2048

_peeked: dict[str, Any] | None = None  # what likely_hit() read, for lookup()


def cache_file() -> Path:
    return user_cache_dir("preview", ENV) / FILE


def _read() -> dict[str, Any] | None:
    """The kept entry if it is one (right format and types), else None."""
    try:
        with open(cache_file(), "rb") as f:
            raw = f.read(MAX_BYTES + 1)
        data = json.loads(raw) if len(raw) <= MAX_BYTES else None
    except (OSError, ValueError, UnicodeError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if not all(isinstance(data.get(k), str)
               for k in ("key", "html", "article", "settings", "env")):
        return None
    if not isinstance(data.get("stat"), list) or not isinstance(data.get("config"), list):
        return None
    if CSP_MARK not in data["html"][:CSP_WITHIN]:
        return None
    return data


def _file_stat(path: Path | str) -> list[int] | None:
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino, st.st_mode]


def likely_hit() -> bool:
    """A page is kept, by a start with the same settings file, its article.md and
    newsdesk.toml look unchanged (by stat) and the environment is the same: the first page
    will need no render unless the start opens another article. Only a hint (the key
    decides); the entry is read once, for :func:`lookup` (which takes the environment
    again: a change since is a difference)."""
    global _peeked
    _peeked = data = _read()
    if data is None or data["settings"] != _settings():
        return False
    article = Path(data["article"])
    if data["stat"] != _file_stat(article) or data["config"] != _config_stat(article.parent):
        return False
    try:
        return _digest(environment(article.parent)) == data["env"]
    except (OSError, ValueError):
        return False


def _config_stat(folder: Path) -> list[int] | None:
    return _file_stat(folder.parent.parent / "newsdesk.toml")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _settings() -> str:
    """Which settings the app runs with (editor.gui.settings.SETTINGS_ENV; "" the user's):
    they name the workspace and article it opens."""
    return os.environ.get("NEWSDESK_SETTINGS", "")


def environment(folder: Path) -> str:
    """What the render of the article in ``folder`` reads besides the article and the
    settings, by stat; take it before the render (a later change then shows as one)."""
    from editor import __version__
    from editor.publish import uptodate

    folder = Path(folder)
    root = folder.parent.parent
    parts = [FORMAT, __version__, uptodate._software(), uptodate._tree_stat(root / "templates")]
    # the photos and the preview's smaller copies of them (the page names those; a cache
    # someone may delete); the review events and the saved versions (the time of the last
    # change)
    for sub in ("photos", ".newsdesk/preview", "review", ".newsdesk/history"):
        parts.append(f"{sub}\n{uptodate._tree_stat(folder / sub)}")
    for name in _site_files(root):
        parts.append(f"{name} {_file_stat(root / name)}")
    return "\n\0".join(parts)


def _site_files(root: Path) -> list[str]:
    """The logo and favicon newsdesk.toml names (read again: the cheap part of a parse)."""
    import tomllib

    try:
        with open(root / "newsdesk.toml", "rb") as f:
            data = tomllib.loads(f.read(256 * 1024).decode("utf-8"))
    except (OSError, ValueError, UnicodeError):
        return []
    names = [data.get(k) for k in ("publisher_logo", "favicon")]
    return [n for n in names if isinstance(n, str) and n and "\0" not in n]


def key(article: Article, config: SiteConfig, base_url: str, css_href: str, env: str) -> str:
    """The render's inputs: the parsed article and settings (their reprs name every field
    the render reads), the URLs and the environment."""
    return _digest("\n\0".join([FORMAT, repr(article), repr(config), base_url, css_href, env]))


def lookup(article: Article, config: SiteConfig, base_url: str, css_href: str) -> str | None:
    """The kept page of ``article`` if nothing it was rendered from has changed."""
    global _peeked
    data, _peeked = _peeked, None
    if data is None:
        data = _read()
    if data is None or data["article"] != str(article.path):
        return None
    try:
        now = key(article, config, base_url, css_href, environment(article.folder))
    except (OSError, ValueError):
        return None
    return data["html"] if now == data["key"] else None


def remember(article: Article, config: SiteConfig, base_url: str, css_href: str, env: str,
             html: str) -> bool:
    """Keep ``html``, the page of ``article`` rendered after ``env`` was taken, for the
    next start (a cache file: False when it cannot be written)."""
    from editor.model.atomic import replace_cache_file

    if CSP_MARK not in html[:CSP_WITHIN] or not env:
        return False
    entry = {"format": FORMAT, "key": key(article, config, base_url, css_href, env),
             "article": str(article.path), "stat": _file_stat(article.path),
             "config": _config_stat(article.folder), "env": _digest(env),
             "settings": _settings(), "html": html}
    text = json.dumps(entry, ensure_ascii=False)
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        return False
    return replace_cache_file(cache_file(), text)
