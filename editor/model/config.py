"""newsdesk.toml: the workspace's settings, declared once with types and defaults."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from editor.model.errors import ConfigError

CONFIG_NAME = "newsdesk.toml"
# Settings fit in a few KiB; a larger file is not read (untrusted workspace).
CONFIG_MAX_BYTES = 256 * 1024
PHOTO_FIELDS = ("caption", "alt", "creator", "credit", "copyright", "license", "web_statement")
IMAGE_FORMATS = ("jpeg", "webp", "avif")
LANGUAGES = ("de", "en")
# [review] self_approval: may the person who submitted an article approve it too?
SELF_APPROVAL = ("allow", "warn", "forbid")
# Settings kept in a table: table -> key -> (field of SiteConfig, type).
_TABLES: dict[str, dict[str, tuple[str, type]]] = {
    "review": {"self_approval": ("self_approval", str)},
    "readability": {
        "hints": ("readability_hints", bool),
        "sentence_words": ("readability_sentence_words", int),
        "word_letters": ("readability_word_letters", int),
        "paragraph_words": ("readability_paragraph_words", int),
    },
}
# [readability] thresholds: (field, lowest, highest). Bounded so a typo cannot turn every
# sentence into a hint (sentence_words = 1) or switch a check off by accident (10**9);
# ``hints = false`` is the way to switch the hints off.
_BOUNDS: tuple[tuple[str, str, int, int], ...] = (
    ("readability.sentence_words", "readability_sentence_words", 5, 200),
    ("readability.word_letters", "readability_word_letters", 8, 100),
    ("readability.paragraph_words", "readability_paragraph_words", 20, 5000),
)


@dataclass(frozen=True)
class SiteConfig:
    site_name: str = "Newsdesk"
    base_url: str = "https://www.example.org/aktuelles/"
    language: str = "de"
    publisher: str = ""
    required_photo_fields: tuple[str, ...] = ("creator", "credit", "copyright", "alt")
    # 720: a 360 px phone at 2x fills the column with it (editor.render.figure.SIZES)
    image_widths: tuple[int, ...] = (480, 720, 960, 1600, 2400)
    image_formats: tuple[str, ...] = ("jpeg", "webp")
    approval_required: bool = True
    jpeg_quality: int = 82
    webp_quality: int = 80
    avif_quality: int = 60
    max_megapixels: int = 100
    max_photo_mb: int = 200
    lock_stale_hours: int = 12
    history_limit: int = 50
    # The one render sandbox (preview, render, export, review PDF): a worker process that
    # is stopped after this long or when it needs more memory than this.
    render_timeout_seconds: int = 10
    render_memory_mb: int = 1024
    # [review] self_approval: allow, warn (the approval is recorded and flagged), forbid
    self_approval: str = "warn"
    # [readability] plain-language hints (severity "hint": never blocks export): a
    # sentence over this many words, a word (each part of a hyphenated compound) over
    # this many letters, a paragraph over this many words. See editor/model/readability.py.
    readability_hints: bool = True
    readability_sentence_words: int = 25
    readability_word_letters: int = 20
    readability_paragraph_words: int = 120
    # Page metadata (editor/model/when.py, editor/render/page.py): the zone a front-matter
    # time without offset is in; the publisher's home page and logo, and the page's
    # favicon (files in the workspace, copied into every bundle; "" for none).
    timezone: str = "Europe/Berlin"
    publisher_url: str = ""
    publisher_logo: str = ""
    favicon: str = ""
    # csp_extra = { img-src = ["https://stats.example.org"] }: https hosts added to the
    # page's Content-Security-Policy (editor.render.page.page_csp); strict by default.
    csp_extra: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # tag_url = "https://www.stadt.de/aktuelles/tag/{tag}": the page links each tag there
    # ({tag} as written, percent-encoded; {slug} spelt like a slug); "" shows tags as text.
    tag_url: str = ""


_TYPES: dict[str, type] = {
    "site_name": str,
    "base_url": str,
    "language": str,
    "publisher": str,
    "required_photo_fields": list,
    "image_widths": list,
    "image_formats": list,
    "approval_required": bool,
    "jpeg_quality": int,
    "webp_quality": int,
    "avif_quality": int,
    "max_megapixels": int,
    "max_photo_mb": int,
    "lock_stale_hours": int,
    "history_limit": int,
    "render_timeout_seconds": int,
    "render_memory_mb": int,
    "timezone": str,
    "publisher_url": str,
    "publisher_logo": str,
    "favicon": str,
    "csp_extra": dict,
    "tag_url": str,
}
# csp_extra: the directives a workspace may extend, and how many hosts in each.
CSP_DIRECTIVES = ("img-src", "style-src", "font-src", "media-src", "connect-src", "script-src")
CSP_MAX_SOURCES = 10
_CSP_HOST = re.compile(r"https://(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*"
                       r"[a-z0-9])?)+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?", re.IGNORECASE)


def config_from_dict(data: dict[str, Any], path: Path | None = None,
                     key_lines: dict[str, int] | None = None) -> SiteConfig:
    lines = key_lines or {}
    values: dict[str, Any] = {}
    data = dict(data)
    for table, fields in _TABLES.items():
        if table not in data:
            continue
        content = data.pop(table)
        if not isinstance(content, dict):
            raise ConfigError(f"'{table}' must be a table ([{table}])", path, lines.get(table))
        for key, value in content.items():
            dotted = f"{table}.{key}"
            if key not in fields:
                known = ", ".join(f"{table}.{k}" for k in sorted(fields))
                hint = (f"; '{key}' belongs above the [{table}] line" if key in _TYPES
                        else "")
                raise ConfigError(f"unknown setting '{dotted}' (known in [{table}]: {known})"
                                  + hint, path, lines.get(dotted))
            name, expected = fields[key]
            # bool is an int subclass: 'sentence_words = true' is refused
            if not isinstance(value, expected) or (expected is int
                                                   and isinstance(value, bool)):
                raise ConfigError(f"setting '{dotted}' must be {_type_name(expected)}, not "
                                  f"{type(value).__name__}", path, lines.get(dotted))
            values[name] = value
    if "self_approval" in values and values["self_approval"] not in SELF_APPROVAL:
        raise ConfigError(f"'review.self_approval' must be one of {', '.join(SELF_APPROVAL)}, "
                          f"not {values['self_approval']!r}", path,
                          lines.get("review.self_approval"))
    for dotted, name, low, high in _BOUNDS:
        if name in values and not low <= values[name] <= high:
            raise ConfigError(f"'{dotted}' must be between {low} and {high}, not "
                              f"{values[name]}", path, lines.get(dotted))
    for key, value in data.items():
        expected = _TYPES.get(key)
        if expected is None:
            known = ", ".join(sorted([*_TYPES, *(f"{t}.{k}" for t, f in _TABLES.items()
                                                  for k in f)]))
            raise ConfigError(f"unknown setting '{key}' (known settings: {known})", path,
                              lines.get(key))
        # bool is an int subclass; keep them apart so 'history_limit = true' is refused
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(
                f"setting '{key}' must be {_type_name(expected)}, not {type(value).__name__}",
                path, lines.get(key),
            )
        values[key] = value
    if "required_photo_fields" in values:
        fields = values["required_photo_fields"]
        for name in fields:
            if name not in PHOTO_FIELDS:
                raise ConfigError(
                    f"'required_photo_fields' names unknown photo field '{name}' "
                    f"(photo fields: {', '.join(PHOTO_FIELDS)})",
                    path,
                )
        values["required_photo_fields"] = tuple(fields)
    if "image_widths" in values:
        widths = values["image_widths"]
        if not widths or not all(isinstance(w, int) and 16 <= w <= 10000 for w in widths):
            raise ConfigError(
                "'image_widths' must be a list of widths in pixels (16 to 10000)", path
            )
        values["image_widths"] = tuple(sorted(set(widths)))
    if "image_formats" in values:
        formats = [str(f).lower() for f in values["image_formats"]]
        bad = [f for f in formats if f not in IMAGE_FORMATS]
        if bad or not formats:
            raise ConfigError(
                f"'image_formats' must list some of {', '.join(IMAGE_FORMATS)};"
                f" got {bad or formats}",
                path,
            )
        values["image_formats"] = tuple(dict.fromkeys(formats))
    for key, low, high in (("render_timeout_seconds", 1, 600), ("render_memory_mb", 128, 65536)):
        if key in values and not low <= values[key] <= high:
            raise ConfigError(f"'{key}' must be between {low} and {high}", path)
    if "language" in values and values["language"] not in LANGUAGES:
        raise ConfigError(f"'language' must be one of {', '.join(LANGUAGES)}", path)
    if "base_url" in values:
        problem = base_url_problem(values["base_url"])
        if problem:
            raise ConfigError(
                f"'base_url' must be the absolute http(s) address the articles are published "
                f"under, like \"https://www.example.org/aktuelles/\": {problem}", path,
                lines.get("base_url"))
    _check_page_settings(values, path, lines)
    if "csp_extra" in values:
        values["csp_extra"] = csp_extra(values["csp_extra"], path, lines.get("csp_extra"))
    return SiteConfig(**values)


def _check_page_settings(values: dict[str, Any], path: Path | None,
                         lines: dict[str, int]) -> None:
    from editor.model.authors import url_problem
    from editor.model.sitefiles import file_problem
    from editor.model.when import zone_problem

    if "timezone" in values:
        problem = zone_problem(values["timezone"])
        if problem:
            raise ConfigError(f"'timezone': {problem}", path, lines.get("timezone"))
    if values.get("publisher_url"):
        problem = url_problem(values["publisher_url"])
        if problem:
            raise ConfigError(f"'publisher_url' {problem}", path, lines.get("publisher_url"))
    for key in ("publisher_logo", "favicon"):
        if values.get(key):
            problem = file_problem(key, values[key])
            if problem:
                raise ConfigError(f"'{key}' {problem}", path, lines.get(key))
    if values.get("tag_url"):
        problem = tag_url_problem(values["tag_url"])
        if problem:
            raise ConfigError(
                f"'tag_url' must be the http(s) address of a tag's page with {{tag}} (the "
                f"tag as written) or {{slug}} (the tag spelt like a slug) where the tag "
                f"goes, like \"https://www.example.org/aktuelles/tag/{{slug}}\": {problem}",
                path, lines.get("tag_url"))


TAG_PLACEHOLDERS = ("{tag}", "{slug}")


def tag_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be ``tag_url``, or None."""
    found = [p for p in TAG_PLACEHOLDERS if p in url]
    if sum(url.count(p) for p in TAG_PLACEHOLDERS) != 1:
        return "it must hold exactly one {tag} or {slug}"
    rest = url.replace(found[0], "tag")
    if "{" in rest or "}" in rest:
        return "it holds braces other than {tag} or {slug}"
    problem = base_url_problem(rest.split("?", 1)[0].split("#", 1)[0])
    if problem is None and re.search(r"[\s\x00-\x1f\x7f]", rest):
        problem = "it contains spaces or control characters"
    return problem


def csp_extra(table: dict[str, Any], path: Path | None = None,
              line: int | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``csp_extra`` checked: known directives, each a list of https host sources (no
    keywords like 'unsafe-inline', no wildcards but a leading '*.')."""
    out = []
    for directive, sources in table.items():
        if directive not in CSP_DIRECTIVES:
            raise ConfigError(f"'csp_extra' may extend only {', '.join(CSP_DIRECTIVES)}, "
                              f"not {directive!r}", path, line)
        if (not isinstance(sources, list) or not sources
                or len(sources) > CSP_MAX_SOURCES):
            raise ConfigError(f"'csp_extra.{directive}' must be a list of 1 to "
                              f"{CSP_MAX_SOURCES} https addresses", path, line)
        for source in sources:
            if not isinstance(source, str) or not _CSP_HOST.fullmatch(source):
                raise ConfigError(f"'csp_extra.{directive}': {source!r} is not an https "
                                  "host like \"https://stats.example.org\"", path, line)
        out.append((directive, tuple(dict.fromkeys(sources))))
    return tuple(out)


def base_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be the site's base URL (canonical links, Open Graph), or None."""
    if not url.strip():
        return "it is empty"
    if re.search(r"[\s\x00-\x1f\x7f]", url):
        return "it contains spaces or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        return f"it is not a valid address ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"{url!r} does not begin with https:// or http://"
    if not parts.hostname:
        return f"{url!r} names no host"
    if parts.username is not None or parts.password is not None:
        return "it must not contain a user name or password"
    if parts.query or parts.fragment:
        return "it must not contain '?' or '#'"
    return None


def load_config(path: Path | str) -> SiteConfig:
    return config_from_bytes(read_config_bytes(path), path)


def read_config_bytes(path: Path | str) -> bytes:
    """newsdesk.toml's bytes (at most CONFIG_MAX_BYTES). Raises ConfigError."""
    p = Path(path)
    try:
        if p.stat().st_size > CONFIG_MAX_BYTES:
            raise ConfigError(f"newsdesk.toml is larger than {CONFIG_MAX_BYTES // 1024} KiB; "
                              "is this really the settings file?", p)
        return p.read_bytes()
    except FileNotFoundError as exc:
        raise ConfigError("no newsdesk.toml here; is this a workspace?", p) from exc
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", p) from exc


def config_from_bytes(raw: bytes, path: Path | str) -> SiteConfig:
    """The settings in ``raw`` (newsdesk.toml's bytes, read from ``path``): the command
    line's export keys its up-to-date shortcut by exactly the bytes it parsed."""
    p = Path(path)
    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise ConfigError("not UTF-8 text", p) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"malformed TOML: {exc}", p) from exc
    except (RecursionError, MemoryError) as exc:  # nested thousands of levels deep
        raise ConfigError("malformed TOML: nested too deeply", p) from exc
    return config_from_dict(data, p, _key_lines(text))


def _key_lines(text: str) -> dict[str, int]:
    """Line of each 'key = value' ('table.key' inside a [table]), for messages (tomllib
    gives no positions)."""
    lines: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        t = re.match(r"\s*\[\s*([A-Za-z0-9_-]+)\s*\]", line)
        if t:
            table = t.group(1)
            lines.setdefault(table, number)
            continue
        m = re.match(r"\s*([A-Za-z0-9_.-]+)\s*=", line)
        if m:
            lines.setdefault(f"{table}.{m.group(1)}" if table else m.group(1), number)
    return lines


def default_config_text(site_name: str = "Newsdesk", language: str = "de") -> str:
    """A commented newsdesk.toml with every setting at its default."""
    d = SiteConfig()

    def lst(values: tuple) -> str:
        return "[" + ", ".join(f'"{v}"' if isinstance(v, str) else str(v) for v in values) + "]"

    return f"""# Newsdesk workspace settings. Missing keys take these defaults.
site_name = {_toml_str(site_name)}
base_url = {_toml_str(d.base_url)}
language = {_toml_str(language)}          # content language: de or en
publisher = {_toml_str(site_name)}

# Time zone of a front-matter time without offset (date: 2026-06-24 09:30)
timezone = {_toml_str(d.timezone)}
# The publisher's home page and logo (a PNG, JPEG, WebP or ICO file in this workspace,
# e.g. "assets/logo.png"), and the pages' favicon; "" for none
publisher_url = {_toml_str(d.publisher_url)}
publisher_logo = {_toml_str(d.publisher_logo)}
favicon = {_toml_str(d.favicon)}
# Hosts added to the pages' Content-Security-Policy (https only), e.g.
# csp_extra = {{ img-src = ["https://stats.example.org"] }}
# Link each tag to its page: {{tag}} (as written) or {{slug}} (like a slug), e.g.
# tag_url = "https://www.example.org/aktuelles/tag/{{slug}}"; "" shows tags as text
tag_url = {_toml_str(d.tag_url)}

# Credit fields a photo must have before it can be exported
required_photo_fields = {lst(d.required_photo_fields)}

# Web image sizes (pixels wide) and formats (jpeg, webp, avif)
image_widths = {lst(d.image_widths)}
image_formats = {lst(d.image_formats)}
jpeg_quality = {d.jpeg_quality}
webp_quality = {d.webp_quality}

# Refuse images above this many megapixels and photo files above this size
max_megapixels = {d.max_megapixels}
max_photo_mb = {d.max_photo_mb}

# Export only approved content
approval_required = {str(d.approval_required).lower()}

# Edit locks older than this many hours may be taken over; versions kept per article
lock_stale_hours = {d.lock_stale_hours}
history_limit = {d.history_limit}

# Rendering (preview, render, export, review PDF) stops after this many seconds or
# when it needs more memory than this many MB
render_timeout_seconds = {d.render_timeout_seconds}
render_memory_mb = {d.render_memory_mb}

# Four eyes: may the person who submitted an article also approve it?
# allow, warn (the approval is recorded and flagged) or forbid
review.self_approval = {_toml_str(d.self_approval)}

# Plain-language hints (never block export): sentences over sentence_words words,
# words over word_letters letters (each part of a hyphenated compound counted on its
# own), paragraphs over paragraph_words words; hints = false switches them off
readability.hints = {str(d.readability_hints).lower()}
readability.sentence_words = {d.readability_sentence_words}
readability.word_letters = {d.readability_word_letters}
readability.paragraph_words = {d.readability_paragraph_words}
"""


def _toml_str(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _type_name(t: type) -> str:
    return {str: "text", int: "a whole number", bool: "true or false", list: "a list"}[t]


def replace(config: SiteConfig, **changes: Any) -> SiteConfig:
    return dataclasses.replace(config, **changes)
