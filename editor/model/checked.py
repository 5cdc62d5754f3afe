"""One snapshot of an article as checked: what an export describes and nothing newer.

An export takes this once at its start: the bytes of article.md that were parsed, their
sha256, the content hash (with every photo's hash), the review state and the problems. It
is handed on through rendering, article.json and the ``published`` event, so the bundle
describes exactly what was checked even if someone edits the article meanwhile.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from editor.model import review, reviewlog, storage, validation
from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.contenthash import canonical_content, canonical_json
from editor.model.validation import Problem


@dataclass(frozen=True)
class CheckedArticle:
    article: Article
    source: bytes  # article.md as parsed (or as the editor would save the open article)
    source_sha256: str
    content_hash: str
    photo_sha256: Mapping[str, str]  # photo id -> sha256 of its file (contenthash.MISSING)
    review: review.Status
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    def approval(self) -> dict | None:
        """The approval covering exactly this content, for article.json."""
        return review.approval_record(self.article, self.review)


def load_checked(folder: Path, config: SiteConfig) -> CheckedArticle:
    """Read article.md once (storage.load), parse exactly those bytes and check them."""
    loaded = storage.load(folder)
    return check(loaded.article, config, source=loaded.raw, source_sha256=loaded.hash)


def check(article: Article, config: SiteConfig, *, source: bytes | None = None,
          source_sha256: str | None = None) -> CheckedArticle:
    """Snapshot of ``article`` (already in memory, e.g. the one open in the editor)."""
    if source is None:
        source = article.to_text().encode("utf-8", "surrogatepass")
    content = canonical_content(article)  # reads (hashes) every photo once
    chash = hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()
    photos = MappingProxyType({p["id"]: p["sha256"] for p in content["photos"]})
    log = reviewlog.read_log(article.folder)
    state, approval = review.derive(log.events, chash)
    status = review.Status(state, chash, approval, log.events, log.broken)
    problems = validation.preflight(article, config, status)  # the gate from this status
    return CheckedArticle(article, source, source_sha256 or hashlib.sha256(source).hexdigest(),
                          chash, photos, status, tuple(problems))
