"""A workspace folder: newsdesk.toml, articles/<slug>/, trash and caches."""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.errors import NewsdeskError, WorkspaceError
from editor.model.index.scan import ARTICLE_FILE, PHOTOS_DIR, REVIEW_DIR, UNSETTLED_SECONDS
from editor.model.index.summary import ArticleSummary
from editor.model.slug import unique_slug

if TYPE_CHECKING:
    from editor.model.article import Article
    from editor.model.config import SiteConfig
    from editor.model.index.store import ArticleIndex

# The settings module (tomllib, dataclasses, time zones) is imported where a workspace is
# opened: a warm `newsdesk list` needs only the language, remembered in the index (see
# listing_language). editor.model.config.CONFIG_NAME (a test checks they agree):
CONFIG_NAME = "newsdesk.toml"
ARTICLES_DIR = "articles"
TRASH_DIR = ".trash"
CACHE_DIR = ".newsdesk/cache"
# article (and YAML), storage and review (history, diffs, hashing, mutexes) are imported
# where used: opening a workspace and listing it from the index (newsdesk list) needs none.
META_DIR = ".newsdesk"  # editor.model.article.META_DIR (a test checks they agree)
# Defaults that follow the workspace's content language (newsdesk.toml ``language``).
DEFAULT_KICKER = {"de": "Aktuelles", "en": "News"}
SLUG_FALLBACK = {"de": "artikel", "en": "article"}
# Line breaks and other control characters (C0, DEL, C1, line/paragraph separators)
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def one_line(text: str) -> str:
    """A title, kicker or author as one line: line breaks and other control characters
    become a space, runs of spaces one, no space at either end."""
    return " ".join(_NOT_ONE_LINE.sub(" ", text).split(" ")).strip() if text else text


class Workspace:
    def __init__(self, root: Path, config: SiteConfig):
        self.root = root
        self.config = config
        self._index: ArticleIndex | None = None

    @classmethod
    def open(cls, root: Path | str) -> Workspace:
        from editor.model.config import load_config

        root = workspace_root(root)
        return cls(root, load_config(root / CONFIG_NAME))

    @classmethod
    def init(cls, root: Path | str, site_name: str = "Newsdesk", language: str = "de") -> Workspace:
        from editor.model.atomic import atomic_write
        from editor.model.config import default_config_text

        root = Path(root).expanduser().resolve()
        if (root / CONFIG_NAME).exists():
            raise WorkspaceError("a workspace already exists here", root)
        try:
            (root / ARTICLES_DIR).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(f"cannot create the folder: {exc.strerror}", root) from exc
        atomic_write(root / CONFIG_NAME, default_config_text(site_name, language))
        return cls.open(root)

    @property
    def default_kicker(self) -> str:
        """The kicker of a new article: "Aktuelles" in German, "News" in English."""
        return DEFAULT_KICKER.get(self.config.language, DEFAULT_KICKER["de"])

    @property
    def slug_fallback(self) -> str:
        """The slug of a title without letters, and the suffix of a reserved name."""
        return SLUG_FALLBACK.get(self.config.language, SLUG_FALLBACK["de"])

    @property
    def articles_dir(self) -> Path:
        return self.root / ARTICLES_DIR

    @property
    def trash_dir(self) -> Path:
        return self.root / TRASH_DIR

    @property
    def cache_dir(self) -> Path:
        return self.root / CACHE_DIR

    def article_dirs(self) -> list[Path]:
        """Article folders, plus symlinked entries (listed as unreadable, never followed)."""
        if not self.articles_dir.is_dir():
            return []
        found = []
        for p in self.articles_dir.iterdir():
            if p.name.startswith("."):
                continue
            if p.is_symlink() or (p.is_dir() and (p / ARTICLE_FILE).exists()):
                found.append(p)
        return sorted(found)

    def slugs(self) -> list[str]:
        return [p.name for p in self.articles_dir.iterdir()] if self.articles_dir.is_dir() else []

    def summary(self, folder: Path) -> ArticleSummary:
        """One row of the list; never raises: an unreadable article carries its reason."""
        from editor.model.index.read import load_listed_article
        from editor.model.review import state_of

        try:
            article = load_listed_article(folder)
            return ArticleSummary(
                folder.name, folder, article.title, article.date, state_of(article)
            )
        except NewsdeskError as exc:
            reason = exc.describe()
        except (Exception, RecursionError) as exc:
            reason = f"{folder / ARTICLE_FILE}: cannot be read ({type(exc).__name__}: {exc})"
        return ArticleSummary(folder.name, folder, folder.name, None, "draft", reason)

    @property
    def index(self) -> ArticleIndex:
        """The listing and search index (a cache in the user's cache folder, see index.py)."""
        if self._index is None:
            from editor.model.index.store import ArticleIndex  # sqlite3: only when listing

            self._index = ArticleIndex(self.articles_dir)
        return self._index

    def list_articles(self, status: str | None = None,
                      search: str | None = None) -> list[ArticleSummary]:
        """Articles, newest date first; unreadable ones are listed with their error.
        ``search``: only readable articles whose title, lead, tags or text contain every
        word (folded: case, ß/ss, ä/ae/a). Reads only articles changed since last time."""
        self.index.refresh()
        return self.index.query(status=status, search=search)

    def find(self, slug: str) -> Path:
        folder = self.articles_dir / slug
        if "/" in slug or "\\" in slug or not (folder / ARTICLE_FILE).is_file():
            raise WorkspaceError(f"no article '{slug}' in this workspace", self.root)
        return folder

    def load(self, slug: str) -> Article:
        from editor.model.article import load_article

        return load_article(self.find(slug))

    def create_article(
        self,
        title: str,
        kicker: str | None = None,
        date: dt.date | None = None,
        author: str = "",
        lead: str = "",
        body: str = "",
    ) -> Article:
        from editor.model import storage
        from editor.model.article import Article
        title = one_line(title)
        if not title:
            raise WorkspaceError("an article needs a title", self.root)
        if kicker is None:
            kicker = self.default_kicker
        slug = unique_slug(title, self.slugs(), self.slug_fallback)
        folder = self.articles_dir / slug
        try:
            folder.mkdir(parents=True)
            (folder / PHOTOS_DIR).mkdir()
            (folder / REVIEW_DIR).mkdir()
            (folder / META_DIR).mkdir()
        except OSError as exc:
            raise WorkspaceError(f"cannot create the article folder: {exc.strerror}",
                                 folder) from exc
        article = Article(
            folder=folder,
            title=title,
            kicker=one_line(kicker),
            date=date or dt.date.today(),
            author=one_line(author),
            lead=lead,
            body=body,
        )
        storage.save_checked(article, storage.NO_FILE)
        return article

    def search(self, text: str) -> list[ArticleSummary]:
        """Articles whose title, lead, tags or body contain every word of ``text``."""
        return self.list_articles(search=text)

    def duplicate_article(self, slug: str, title: str | None = None) -> Article:
        """Copy an article (text and photos, not its review events) under a new slug."""
        import shutil

        from editor.model import storage

        source = storage.load(self.find(slug)).article
        new_title = one_line(title or f"{source.title} (2)") or source.title
        new_slug = unique_slug(new_title, self.slugs(), self.slug_fallback)
        target = self.articles_dir / new_slug
        try:
            shutil.copytree(source.folder, target, ignore=_duplicate_ignore)
            (target / PHOTOS_DIR).mkdir(exist_ok=True)
            (target / REVIEW_DIR).mkdir(exist_ok=True)
            (target / META_DIR).mkdir(exist_ok=True)
        except OSError as exc:
            shutil.rmtree(target, ignore_errors=True)
            raise WorkspaceError(f"cannot copy the article: {exc.strerror or exc}", target) from exc
        loaded = storage.load(target)
        copy = loaded.article
        copy.title = new_title
        storage.save_checked(copy, loaded.hash)
        return copy

    def rename_article(self, slug: str, new_title: str) -> Path:
        """Give an article a new title and the matching slug; returns the (new) folder."""
        from editor.model import storage

        new_title = one_line(new_title)
        if not new_title:
            raise WorkspaceError("an article needs a title", self.root)
        loaded = storage.load(self.find(slug))
        article = loaded.article
        article.title = new_title
        new_slug = self.slug_for_title(slug, article.title)
        storage.save_checked(article, loaded.hash)
        if new_slug == slug:
            return article.folder
        target = self.articles_dir / new_slug
        try:
            article.folder.rename(target)
        except OSError as exc:
            raise WorkspaceError(f"cannot rename the folder: {exc.strerror or exc}",
                                 article.folder) from exc
        return target

    def slug_for_title(self, slug: str, new_title: str) -> str:
        """The slug rename_article would give, for asking the user first."""
        others = [s for s in self.slugs() if s.lower() != slug.lower()]
        return unique_slug(one_line(new_title), others, self.slug_fallback)


def workspace_root(path: Path | str) -> Path:
    """The absolute folder of the workspace at ``path``; WorkspaceError when ``path`` is no
    folder or has no newsdesk.toml (its content is not read here)."""
    root = Path(path).expanduser().resolve()
    if not root.is_dir():
        raise WorkspaceError("no such folder", root)
    if not (root / CONFIG_NAME).is_file():
        raise WorkspaceError(f"not a workspace: there is no {CONFIG_NAME}", root)
    return root


# The modules whose code decides whether a newsdesk.toml is accepted (config_from_dict).
_SETTINGS_CODE = ("config.py", "when.py", "authors.py", "sitefiles.py")


def listing_language(root: Path, index: ArticleIndex) -> str:
    """The content language of the workspace at ``root`` (from workspace_root), for a
    listing: newsdesk.toml is read and checked in full, as Workspace.open does, and refused
    the same way (ConfigError), unless ``index`` remembers it was accepted in exactly this
    state: the same file (device, inode, size, mtime and ctime: any write changes the
    ctime, which no program can set back), changed more than a moment ago, and the same
    Newsdesk (version, and size and mtime of the settings code). That saves a warm
    `newsdesk list` the settings parser, dataclasses and the time zone database."""
    stamp = _settings_stamp(root / CONFIG_NAME)
    if stamp is not None:
        known = index.remembered("settings")
        if known is not None and known.rpartition(" ")[0] == stamp:
            return known.rpartition(" ")[2]
    from editor.model.config import load_config

    language = load_config(root / CONFIG_NAME).language
    if stamp is not None and " " not in language:
        index.remember("settings", f"{stamp} {language}")
    return language


def _settings_stamp(path: Path) -> str | None:
    """What listing_language compares; None when newsdesk.toml changed a moment ago (it
    may change again within its mtime's tick) or cannot be read."""
    from editor import __version__

    try:
        st = os.stat(path)
        code = [os.stat(os.path.join(os.path.dirname(__file__), name))
                for name in _SETTINGS_CODE]
    except OSError:
        return None
    settled = time.time_ns() - int(UNSETTLED_SECONDS * 1e9)
    if max(st.st_mtime_ns, st.st_ctime_ns) > settled:
        return None
    parts = [__version__, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns,
             *(f"{c.st_size}:{c.st_mtime_ns}" for c in code)]
    return "/".join(str(part) for part in parts)


def copy_tree(source: Path, target: Path) -> None:
    """Copy a workspace (for seeding from the sample), skipping caches."""
    import shutil

    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".newsdesk", "__pycache__"),
                    dirs_exist_ok=True)


def _duplicate_ignore(folder: str, names: list[str]) -> set[str]:
    # A copy starts as a fresh draft: no review history, no locks or journals.
    return {n for n in names if n in (REVIEW_DIR, META_DIR) or n.startswith(".")}
