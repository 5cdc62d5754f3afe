"""Command line: ``newsdesk`` opens the window; subcommands work without a display.

Each subcommand lives in ``editor/commands/<name>.py`` and provides ``register(subparsers)``;
this module names them in COMMANDS (with their one-line help, so ``newsdesk --help`` needs
none of them), imports only the one that runs, parses and maps errors to exit codes:
0 success, 1 the content has problems, 2 bad usage or an unreadable file.

Every failure is one line on stderr, ``newsdesk: <file>, line N: message``. An unexpected
exception (a bug) is no different for the user: its full report goes to a file
(``crash-<time>-<pid>.txt`` in the user log folder, else the temp folder), the line says
where, and the exit status is 2. A reader that stops early (``| head``) ends us quietly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from editor import __version__
from editor.model.errors import NewsdeskError

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


# name -> one-line help of every module in editor/commands (tests check they agree).
# Importing a command's module can cost a third of a second (export loads the renderer
# and image libraries), so only the command that runs is imported.
COMMANDS: dict[str, str] = {
    "check": "list every problem of an article",
    "clone": "copy a team workspace from its Git remote into a new folder",
    "completion": "print a shell completion script for bash or zsh",
    "delete": "move an article to the workspace's trash",
    "export": "write the publish-ready bundle: page, article.json, CSS, web images",
    "export-site": "write every published article's bundle, index pages, Atom feed and sitemap",
    "history": "list, compare and restore earlier versions of an article",
    "import": "create an article from a Word (.docx) or LibreOffice (.odt) document and "
              "print its folder",
    "init": "create a workspace",
    "list": "list the articles of a workspace",
    "new": "create an article and print its folder",
    "photo": "read photo credits; attach and list an article's photos",
    "render": "write the article as an HTML page with local images, for a quick look",
    "review": "review and approve an article",
    "sync": "send and receive the workspace's changes through its Git remote",
    "trash": "list or restore deleted articles",
}


class Parser(argparse.ArgumentParser):
    """argparse, except that a usage error with ``--json`` is a JSON error on stdout."""

    def error(self, message: str) -> NoReturn:
        message = _suggest(message)
        if _json_mode:
            print_error(f"{self.prog}: {message}")
            raise SystemExit(EXIT_USAGE)
        super().error(message)


def _suggest(message: str) -> str:
    """argparse's "invalid choice: 'aprove' (choose from ...)" plus the likely one."""
    found = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
    if not found:
        return message
    choices = re.findall(r"'([^']*)'", found.group(2))
    import difflib  # only for a usage error (start-up cost of every command)

    close = difflib.get_close_matches(found.group(1), choices, n=1, cutoff=0.6)
    return f"{message} — did you mean '{close[0]}'?" if close else message


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser. ``command``: the one subcommand registered in full (its module
    imported) and no other; "" names every one with its help (``newsdesk --help``);
    None registers every one in full."""
    parser = Parser(
        prog="newsdesk",
        description="Write, credit, review and export news articles.\n"
        "Without a command, or with an existing WORKSPACE_DIR, opens the app.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-V", "--version", action="version", version=f"newsdesk {__version__}",
                        help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in sorted(COMMANDS.items()):
        if command is None or name == command:
            importlib.import_module(f"editor.commands.{name}").register(sub)
        elif not command:
            sub.add_parser(name, help=help_text)
        # else: a command runs; the others' parsers would only be built (about 10 ms of
        # every command's start-up: each is a whole ArgumentParser) and never used, as
        # its name was the first argument and the usage shows COMMAND, not the list.
    return parser


_EPILOG = """\
'newsdesk COMMAND --help' describes a command, its options, exit status and examples.
The output of --json is described in docs/cli-json.md.

Exit status:
  0  success
  1  the content has problems (check, export, review refused, ...)
  2  bad usage, an unknown command, or a file that cannot be read
  130  interrupted

Examples:
  newsdesk ~/Newsdesk                 open the app on a workspace
  newsdesk check ~/Newsdesk/articles/sommerfest
  newsdesk completion bash > ~/.local/share/bash-completion/completions/newsdesk
"""


def main(argv: Sequence[str] | None = None) -> int:
    global _json_mode
    args_list = list(sys.argv[1:] if argv is None else argv)
    _tolerant_streams()
    _json_mode = "--json" in args_list[: _end_of_options(args_list)]
    first = args_list[0] if args_list else None
    if first is None or (first not in COMMANDS and not first.startswith("-")
                         and os.path.isdir(first)):
        return _open_app(args_list)
    if first not in COMMANDS and not first.startswith("-"):
        return _unknown_command(first)
    parser = build_parser(first if first in COMMANDS else "")
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Escaping(stdout), _Escaping(stderr)
    try:
        return _run(parser, args_list)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _end_of_options(args_list: list[str]) -> int:
    return args_list.index("--") if "--" in args_list else len(args_list)


def _unknown_command(word: str) -> int:
    """Not a command and not a folder: never start the app for a typo."""
    if os.sep in word or "/" in word or word.startswith(("~", ".")) or os.path.exists(word):
        what = "is not a folder" if os.path.exists(word) else "no such folder"
        print_error(f"{word}: {what}; give a workspace folder to open the app, or a command "
                    "(see 'newsdesk --help')")
        return EXIT_USAGE
    import difflib  # only for a typo (start-up cost of every command)

    close = difflib.get_close_matches(word, sorted(COMMANDS), n=1, cutoff=0.6)
    hint = f" — did you mean '{close[0]}'?" if close else " (see 'newsdesk --help')"
    print_error(f"unknown command '{word}'{hint}")
    return EXIT_USAGE


def _run(parser: argparse.ArgumentParser, args_list: list[str]) -> int:
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: --help (0) or bad usage (2)
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    started = time.monotonic()
    try:
        status = int(args.func(args))
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        if getattr(args, "verbose", False):
            print(f"newsdesk: {_command_line(args_list)} finished with exit status {status} "
                  f"in {time.monotonic() - started:.2f} s", file=sys.stderr)
        return status
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except NewsdeskError as exc:
        print_error(exc.message, exc.path, exc.line)
        return EXIT_USAGE
    except MemoryError:
        print_error(f"not enough memory to {_command_line(args_list)}")
        return EXIT_USAGE
    except RecursionError as exc:
        # nesting beyond what any article needs; a bug if it reaches here, so keep a report
        report = _write_crash_report(args_list, exc)
        print_error(f"the input is nested too deeply to {_command_line(args_list)}"
                    f"{_report_note(report)}")
        return EXIT_USAGE
    except OSError as exc:
        print_error(str(exc.strerror or exc), exc.filename)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print_error("interrupted")
        return 130
    except Exception as exc:  # a bug: one line here, the whole story in a file
        report = _write_crash_report(args_list, exc)
        print_error(f"unexpected error ({type(exc).__name__}) in {_command_line(args_list)}"
                    f"{_report_note(report)}")
        return EXIT_USAGE


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Set by main(): --json was given, so errors are JSON on stdout too (docs/cli-json.md).
_json_mode = False


def json_mode() -> bool:
    return _json_mode


def print_error(message: str, file: object = None, line: int | None = None,
                **extra: object) -> None:
    """An error for the user: with --json ``{"error": {"message", "file", "line"}}`` on
    stdout (plus ``extra`` keys at the top), else one line on stderr."""
    if _json_mode:
        error = {"message": message, "file": None if file is None else str(file),
                 "line": line}
        text = json.dumps({"error": error, **extra}, ensure_ascii=False, indent=2,
                          default=str)
        # json escapes C0 controls itself; C1 controls (a hostile file name) as \uXXXX too
        text = _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
        try:
            sys.stdout.write(text + "\n")
            sys.stdout.flush()
        except (OSError, ValueError):
            pass
        return
    where = ""
    if file is not None:
        where = f"{file}, line {line}: " if line is not None else f"{file}: "
    _say(where + message)


def _say(text: str) -> None:
    """One line on stderr: newlines become spaces, other control characters (a hostile
    file name could carry terminal escapes) are shown escaped."""
    text = " ".join(text.splitlines())
    text = _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    try:
        print(f"newsdesk: {text}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass  # stderr is gone too: nothing left to tell


def _command_line(args_list: list[str]) -> str:
    """What was being done, for the message: 'check <path>' (shortened)."""
    words = " ".join(args_list)
    return f"'newsdesk {words[:200]}{'…' if len(words) > 200 else ''}'"


def _report_note(report: Path | None) -> str:
    if report is None:
        return " (the error report could not be written)"
    return f"; the full report is in {report}"


def crash_folder() -> Path:
    """Where crash reports go: the user log folder (XDG_STATE_HOME on Linux)."""
    import platformdirs  # only on the error path

    return Path(platformdirs.user_log_dir("newsdesk", appauthor=False))


def _write_crash_report(args_list: list[str], exc: BaseException) -> Path | None:
    import platform  # only on the error path (start-up cost of every command)
    import tempfile
    import traceback

    now = dt.datetime.now(dt.UTC)
    name = f"crash-{now:%Y%m%d-%H%M%S}-{os.getpid()}.txt"
    text = (f"newsdesk {__version__} crash report\n"
            f"time (UTC): {now.isoformat(timespec='seconds')}\n"
            f"command: newsdesk {' '.join(args_list)}\n"
            f"python: {sys.version.split()[0]} on {platform.platform()}\n\n"
            + "".join(traceback.format_exception(exc)))
    for folder_of in (crash_folder, lambda: Path(tempfile.gettempdir())):
        try:
            folder = folder_of()
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            with open(path, "x", encoding="utf-8", errors="backslashreplace") as f:
                f.write(text)
            return path
        except Exception:  # the report is best effort: try the next place
            continue
    return None


# Control characters a title or file name may carry: on a terminal they move the cursor,
# recolour or rewrite what was printed. JSON structure is ASCII, so inside JSON text these
# can only sit in strings, where \uXXXX keeps the value.
_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class _Escaping:
    """A text stream that writes control characters as ``\\uXXXX`` (tab and newline stay)."""

    def __init__(self, stream: object) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if _TERMINAL_UNSAFE.search(text):
            self._stream.write(_TERMINAL_UNSAFE.sub(
                lambda m: f"\\u{ord(m.group()):04x}", text))
        else:
            self._stream.write(text)
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _tolerant_streams() -> None:
    """Names and titles from a hostile workspace may not encode: print them escaped
    instead of failing half-way through the output."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass  # not a text file stream (tests capture it): leave it


def _silence_stdout() -> None:
    """After EPIPE: point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _open_app(args_list: list[str]) -> int:
    if len(args_list) > 1:
        print("usage: newsdesk [WORKSPACE_DIR] | newsdesk COMMAND ...", file=sys.stderr)
        return EXIT_USAGE
    missing = missing_display()
    if missing:
        _say(f"cannot open the app: {missing}; the commands work without one "
             "(see 'newsdesk --help')")
        return EXIT_USAGE
    try:
        from editor.gui import early

        early.start_render_worker()  # warms up on the other core while Qt is imported
        from editor.gui.app import run
    except ImportError as exc:
        print(f"newsdesk: the desktop app cannot start: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return run(args_list[0] if args_list else None)


# Qt platform plugins that need no window system (tests, servers, VNC, framebuffers).
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb",
                       "vkkhrdisplay", "directfb"}


def missing_display(env: dict[str, str] | None = None, platform_name: str | None = None) -> str:
    """Why the window cannot open here ('' when it can, as far as we can tell): without a
    display Qt aborts the process (exit 134) with advice about reinstalling."""
    env = dict(os.environ) if env is None else env
    system = platform_name or sys.platform
    if system in ("win32", "darwin") or system.startswith("cygwin"):
        return ""
    wanted = env.get("QT_QPA_PLATFORM", "")
    choices = [part.split(":")[0].strip() for part in wanted.split(";") if part.strip()]
    if any(c in _HEADLESS_PLATFORMS for c in choices):
        return ""
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    if not choices or any(c.startswith("wayland") for c in choices):
        runtime = env.get("XDG_RUNTIME_DIR")
        if runtime and os.path.exists(os.path.join(runtime, "wayland-0")):
            return ""  # Qt finds the default Wayland socket
    return "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)"
