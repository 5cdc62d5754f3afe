"""Who wrote the article: one person, an organisation, or a list of people with URLs.

Front matter shapes (README "Authors"):

- ``author: Anna Beispiel`` - one author given as text, a person unless
  ``author_type: organization`` says it is an office or institution;
  ``author_url: https://...`` is its page (optional);
- ``author:`` as a list of people, each a name or ``{name: ..., url: ...}``::

      author:
        - name: Anna Beispiel
          url: https://www.example.org/team/anna-beispiel
        - Ben Muster

  ``author_type`` applies to every entry (person by default); ``author_url`` is only for
  the text form.

The list is bounded (MAX_AUTHORS entries, MAX_NAME characters a name, MAX_URL a URL) and
refused with the file's line when malformed; author_type and author_url are checked by
validation (editor/model/metacheck.py), so a typo there never stops the article loading.
The byline ("Von ...") is shown only before people.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

MAX_AUTHORS = 10
MAX_NAME = 200
MAX_URL = 500
AUTHOR_TYPES = ("person", "organization")
_ONE_LINE_BAD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class Author:
    name: str
    url: str = ""


@dataclass(frozen=True)
class Credit:
    """One author as published: kind is "person" or "organization"."""
    name: str
    kind: str
    url: str = ""


def joined(people: list[Author]) -> str:
    """The names as one line (the form's author field, the index, search)."""
    return ", ".join(a.name for a in people)


def list_value(people: list[Author]) -> list[Any]:
    """The list as written to front matter: a bare name when there is no URL."""
    return [{"name": a.name, "url": a.url} if a.url else a.name for a in people]


def parse_author_list(value: list[Any], fail: Callable[[str], Exception]) -> list[Author]:
    """The ``author`` list of front matter; raises ``fail(message)`` when malformed."""
    if not value:
        raise fail("'author' is an empty list; write a name or leave it out")
    if len(value) > MAX_AUTHORS:
        raise fail(f"'author' lists {len(value)} people; at most {MAX_AUTHORS}")
    people = []
    for number, item in enumerate(value, start=1):
        if isinstance(item, dict):
            unknown = sorted(str(k) for k in item if k not in ("name", "url"))
            if unknown:
                raise fail(f"author {number}: unknown field '{unknown[0]}' (an author has "
                           "'name' and optionally 'url')")
            name, url = item.get("name"), item.get("url")
        else:
            name, url = item, None
        if not isinstance(name, str) or not name.strip():
            raise fail(f"author {number} has no name (write '- Name' or '- name: Name')")
        if url is not None and not isinstance(url, str):
            raise fail(f"author {number}: 'url' must be a web address")
        name, url = name.strip(), (url or "").strip()
        if len(name) > MAX_NAME or _ONE_LINE_BAD.search(name) or "," in name:
            raise fail(f"author {number}: the name must be one line of at most {MAX_NAME} "
                       "characters without commas")
        problem = url_problem(url) if url else None
        if problem:
            raise fail(f"author {number}: 'url' {problem}")
        people.append(Author(name, url))
    return people


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be an author's or publisher's page, or None."""
    if len(url) > MAX_URL:
        return f"is longer than {MAX_URL} characters"
    if re.search(r"[\s\x00-\x1f\x7f-\x9f]", url):
        return "contains spaces or control characters"
    try:
        parts = urlsplit(url)
    except ValueError:
        return "is not a web address"
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return "must be an address beginning with https:// or http://"
    if parts.username is not None or parts.password is not None:
        return "must not contain a user name or password"
    return None


def author_kind(article: Any) -> str:
    """"person" or "organization" (``author_type``; person when missing or unknown,
    validation reports an unknown value)."""
    kind = article.extra.get("author_type")
    if isinstance(kind, str):
        kind = kind.strip().lower().replace("organisation", "organization")
        if kind in AUTHOR_TYPES:
            return kind
    return "person"


def credits(article: Any) -> list[Credit]:
    """The article's authors as published (JSON-LD, article.json, ninjs, byline)."""
    kind = author_kind(article)
    if article.author_list and joined(article.author_list) == article.author:
        return [Credit(a.name, kind, a.url) for a in article.author_list]
    name = " ".join(article.author.split())
    if not name:
        return []
    url = article.extra.get("author_url")
    url = url.strip() if isinstance(url, str) and not url_problem(url.strip()) else ""
    return [Credit(name, kind, url)]


def byline_names(article: Any) -> list[str]:
    """The names the byline ("Von ...") is shown before: people only."""
    return [c.name for c in credits(article) if c.kind == "person"]
