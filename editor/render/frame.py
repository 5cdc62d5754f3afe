"""The page frame from the workspace: ``templates/frame.html`` overrides a few blocks of the
built-in page template (header, breadcrumb, footer).

A shared workspace is untrusted, so the frame is
- read only from ``<workspace>/templates/frame.html``, a regular file (no symlink, neither
  the file nor the folder) of at most FRAME_MAX_BYTES;
- checked before rendering: it must ``{% extends "article.html" %}`` and may only define
  the blocks in FRAME_BLOCKS; ``include``/``import`` are refused, and the loader knows no
  other template than the built-in page and the frame;
- rendered in Jinja2's SandboxedEnvironment with autoescape (no ``__class__`` and the
  like, ``range`` bounded); the render worker's time and memory limits bound the rest.
A syntax error becomes a RenderError with the file and line.
"""

from __future__ import annotations

import functools
import os
import stat
from pathlib import Path

import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import SandboxedEnvironment

from editor.render.errors import RenderError

FRAME_DIR = "templates"
FRAME_NAME = "frame.html"
BASE_NAME = "article.html"
FRAME_MAX_BYTES = 64 * 1024
# The blocks a frame may fill (empty in the built-in template).
FRAME_BLOCKS = ("header", "breadcrumb", "footer")
# Values given to the page for the frame only (the built-in page does not use them).
FRAME_ONLY_VALUES = ("base_url", "home_url", "language")
# Environment options shared with the built-in template's environment (same output).
TEMPLATE_OPTIONS = dict(autoescape=True, trim_blocks=True, lstrip_blocks=True,
                        keep_trailing_newline=True, undefined=jinja2.StrictUndefined)


def frame_path(root: Path) -> Path:
    return Path(root) / FRAME_DIR / FRAME_NAME


def read_frame(root: Path | None) -> str | None:
    """The frame's text, None when the workspace has none; RenderError when it is there
    but may not be used (symlink, not a file, too large, not UTF-8)."""
    if root is None:
        return None
    folder = Path(root) / FRAME_DIR
    path = folder / FRAME_NAME
    try:
        folder_stat = os.lstat(folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise RenderError(f"cannot read the page frame: {exc.strerror}", folder) from exc
    if stat.S_ISLNK(folder_stat.st_mode) or not stat.S_ISDIR(folder_stat.st_mode):
        raise RenderError("the templates folder must be a folder inside the workspace, "
                          "not a link", folder)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:  # ELOOP: a symlink
        raise RenderError("the page frame must be a file inside the workspace, not a link "
                          f"({exc.strerror})", path) from exc
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise RenderError("the page frame is not a file", path)
        raw = handle.read(FRAME_MAX_BYTES + 1)
    if len(raw) > FRAME_MAX_BYTES:
        raise RenderError(f"the page frame is larger than {FRAME_MAX_BYTES // 1024} KiB", path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RenderError("the page frame is not UTF-8 text", path) from exc


def frame_environment(base_text: str, frame_text: str) -> SandboxedEnvironment:
    """A sandbox that knows only the built-in page and the frame."""
    return SandboxedEnvironment(
        loader=jinja2.DictLoader({BASE_NAME: base_text, FRAME_NAME: frame_text}),
        **TEMPLATE_OPTIONS)


def check_frame(env: jinja2.Environment, frame_text: str, path: Path | None,
                base_text: str = "") -> None:
    """RenderError (with line) unless the frame only extends the page and fills FRAME_BLOCKS
    and, given the built-in page's text, uses only values the page has."""
    try:
        tree = env.parse(frame_text, FRAME_NAME)
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(f"page frame: {exc.message}", path, exc.lineno) from exc
    _check_structure(tree, path)
    if base_text:
        _check_values(env, tree, base_text, path)


def _check_structure(tree: nodes.Template, path: Path | None) -> None:
    extends = list(tree.find_all(nodes.Extends))
    first = next((n for n in tree.body
                  if not (isinstance(n, nodes.Output) and _blank(n))), None)
    if (len(extends) != 1 or first is not extends[0]
            or not isinstance(extends[0].template, nodes.Const)
            or extends[0].template.value != BASE_NAME):
        raise RenderError(f'the page frame must begin with {{% extends "{BASE_NAME}" %}}',
                          path, getattr(first, "lineno", 1))
    for kind in (nodes.Include, nodes.Import, nodes.FromImport):
        for node in tree.find_all(kind):
            raise RenderError("the page frame may not include or import templates", path,
                              node.lineno)
    for node in tree.find_all(nodes.Block):
        if node.name not in FRAME_BLOCKS:
            raise RenderError(f"the page frame may only fill the blocks "
                              f"{', '.join(FRAME_BLOCKS)}, not '{node.name}'", path,
                              node.lineno)
    for node in tree.body:  # text outside the blocks would go before <!DOCTYPE html>
        if isinstance(node, nodes.Output) and not _blank(node):
            raise RenderError("the page frame has content outside its blocks", path,
                              node.lineno)


def page_values(env: jinja2.Environment, base_text: str) -> frozenset[str]:
    """The values a frame may use: those the built-in page itself uses (so the page's
    context has them) and the ones given for the frame only."""
    used = meta.find_undeclared_variables(env.parse(base_text, BASE_NAME))
    return frozenset(used) | frozenset(FRAME_ONLY_VALUES) | frozenset(env.globals)


def _check_values(env: jinja2.Environment, tree: nodes.Template, base_text: str,
                  path: Path | None) -> None:
    """A value the page does not have would fail every page at export (StrictUndefined):
    say so with its line now, so ``check`` predicts export. The frame's own top-level
    ``{% set %}`` and macros count as known, and so does a name it only tests with
    ``is defined``."""
    known = set(page_values(env, base_text))
    for node in tree.body:
        if isinstance(node, (nodes.Assign, nodes.AssignBlock)):
            target = node.target  # a name, or a tuple of names
            known.update(n.name for n in [target, *target.find_all(nodes.Name)]
                         if isinstance(n, nodes.Name))
        elif isinstance(node, nodes.Macro):
            known.add(node.name)
    known.update(t.node.name for t in tree.find_all(nodes.Test)
                 if t.name in ("defined", "undefined") and isinstance(t.node, nodes.Name))
    unknown = meta.find_undeclared_variables(tree) - known
    if not unknown:
        return
    first = min((n for n in tree.find_all(nodes.Name)
                 if n.ctx == "load" and n.name in unknown), key=lambda n: n.lineno)
    raise RenderError(f"the page frame uses '{first.name}', which the page does not have "
                      f"(see README, \"Page frame\", for the values)", path, first.lineno)


def _blank(node: nodes.Output) -> bool:
    return all(isinstance(n, nodes.TemplateData) and not n.data.strip() for n in node.nodes)


@functools.lru_cache(maxsize=8)
def _compiled(base_text: str, frame_text: str, path: Path | None) -> jinja2.Template:
    """The checked, compiled frame (compiling takes ~30 ms; the preview renders often).
    Keyed by both texts, so an edited frame or built-in template is compiled afresh."""
    env = frame_environment(base_text, frame_text)
    check_frame(env, frame_text, path, base_text)
    try:
        return env.get_template(FRAME_NAME)
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(f"page frame: {exc.message}", path, exc.lineno) from exc


def render_frame(base_text: str, frame_text: str, context: dict, path: Path | None) -> str:
    """The page with the frame's blocks; RenderError for anything the sandbox refuses."""
    template = _compiled(base_text, frame_text, path)
    try:
        return template.render(context)
    except jinja2.exceptions.SecurityError as exc:
        raise RenderError(f"the page frame did something not allowed: {exc}", path) from exc
    except jinja2.TemplateError as exc:
        raise RenderError(f"could not build the page with the frame: {exc}", path,
                          getattr(exc, "lineno", None)) from exc
    except OverflowError as exc:  # the sandbox's range() limit
        raise RenderError(f"the page frame's loop is too long ({exc})", path) from exc
    except (MemoryError, RecursionError) as exc:
        raise RenderError("the page frame needs too much memory or nesting", path) from exc


def frame_problem(root: Path | None) -> RenderError | None:
    """What is wrong with the workspace's frame without rendering a page (for ``check``):
    unreadable, too large, a link, a syntax error, a block or include not allowed, or a
    value the page does not have."""
    try:
        text = read_frame(root)
        if text is not None and root is not None:
            base_text = _base_text()
            check_frame(frame_environment(base_text, text), text, frame_path(root), base_text)
    except RenderError as exc:
        return exc
    return None


def _base_text() -> str:
    """The built-in page template's text (what editor.render.page extends)."""
    from editor import resources

    try:
        return (resources.path("templates") / BASE_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RenderError("the page template is missing from this installation") from exc
