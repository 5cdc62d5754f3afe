"""A workspace whose articles are each hostile in one way, and every command run on each.

The corpus is made by the test itself in a temporary folder: photo paths escaping the
article (``..``, absolute, a symlink in ``photos/``, a symlinked ``photos/``), a YAML alias
bomb, 10,000-deep nesting, impossible dates, control characters, NUL, non-UTF-8, empty
files, no front matter, 20,000 footnotes, a 3,000-column table, a photo in a heading, huge
front matter and files, an article folder that is a symlink to outside, garbage, deep and
huge review events, and a lock from the future.

Every subcommand then runs as a real process with a memory cap and a time limit. What must
hold for every run: no traceback, an exit status from the documented set (0 ok, 1 content
problems, 2 bad usage / unreadable), a one-line message naming the article on failure,
nothing from outside the workspace in any output (a unique marker, and a unique colour for
images), nothing written outside the workspace, the output folder and the app's own
state folders, and every ``article.md`` byte-identical afterwards.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import resource
import signal
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
MARKER = "OUTSIDE-SECRET-7f3a9c"
SECRET_RGB = (13, 237, 41)   # the outside image: a colour no article photo has
GOOD_RGB = (200, 120, 40)
MEMORY_CAP = 1536 * 1024 * 1024
TIMEOUT = 60  # seconds per command; the render limit in newsdesk.toml is 10

CONFIG = """\
site_name = "Stadt Beispielhausen"
base_url = "https://www.example.org/aktuelles/"
language = "de"
publisher = "Stadt Beispielhausen"
required_photo_fields = ["creator", "credit", "copyright", "alt"]
image_widths = [480]
image_formats = ["jpeg"]
approval_required = false
render_timeout_seconds = 10
render_memory_mb = 1024
"""

CREDITS = ("    caption: Ein Bild\n    alt: Ein Bild\n    creator: Frank Brill\n"
           "    credit: Frank Brill\n    copyright: © Frank Brill\n")


def front(title: str = "Artikel", date: str = "2022-06-24", extra: str = "") -> str:
    return (f"---\ntitle: {title}\nkicker: Aktuelles\ndate: {date}\nauthor: Presseamt\n"
            f"lead: Ein kurzer Vorspann.\ntags: [Stadt]\n{extra}---\n")


def photo_article(file: str) -> str:
    return front(extra=f"lead_photo: p\nphotos:\n  - id: p\n    file: {file}\n{CREDITS}") \
        + "Text davor.\n\n![](photo:p)\n\nText danach.\n"


def jpeg(path: Path, rgb: tuple[int, int, int], comment: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), rgb).save(path, "JPEG", comment=comment.encode())


# ---- the corpus --------------------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    name: str
    # good: everything works; unreadable: article.md cannot be read (exit 2 where it is
    # needed, an unreadable row in list); bad: readable or not, but never accepted
    # (check and export do not exit 0); any: content that is legal but heavy or odd
    kind: str


CASES = [
    Case("good", "good"), Case("good-plain", "good"),
    Case("photo-dotdot", "bad"), Case("photo-dotdot-in-photos", "bad"),
    Case("photo-absolute", "bad"), Case("photo-symlink", "bad"),
    Case("photos-folder-symlink", "bad"),
    Case("yaml-bomb", "unreadable"), Case("deep-nesting", "unreadable"),
    Case("date-feb30", "bad"), Case("date-month13", "bad"),
    Case("control-title-escaped", "bad"), Case("control-title-raw", "bad"),
    Case("nul-body", "any"), Case("non-utf8", "unreadable"), Case("empty", "unreadable"),
    Case("no-front-matter", "unreadable"), Case("footnotes-20000", "any"),
    Case("table-3000-columns", "any"), Case("photo-in-heading", "any"),
    Case("huge-front-matter", "unreadable"), Case("huge-file", "unreadable"),
    Case("body-deep-quotes", "any"), Case("body-deep-lists", "any"),
    Case("emphasis-bomb", "any"),
    Case("article-symlink", "outside"),
    Case("review-garbage", "any"), Case("review-deep-json", "any"),
    Case("review-huge", "any"), Case("lock-from-future", "any"),
    Case("photo-fifo", "bad"), Case("photo-dev-zero", "bad"),
    Case("photo-pixel-bomb", "bad"), Case("review-symlink", "any"),
    Case("meta-symlink", "any"),
]
KIND = {c.name: c.kind for c in CASES}


def build_outside(outside: Path) -> None:
    outside.mkdir(parents=True)
    jpeg(outside / "secret.jpg", SECRET_RGB, comment=MARKER)
    (outside / "secret.txt").write_text(f"{MARKER}\n", encoding="utf-8")
    (outside / "secret-event.json").write_text(json.dumps(
        {"event": "comment", "who": MARKER, "when": "2022-06-24T10:00:00Z", "note": MARKER,
         "hash": MARKER}), encoding="utf-8")
    (outside / "meta-dir").mkdir()
    (outside / "meta-dir" / "secret.txt").write_text(MARKER, encoding="utf-8")
    jpeg(outside / "photos-dir" / "secret.jpg", SECRET_RGB, comment=MARKER)
    article = outside / "elsewhere"
    article.mkdir()
    (article / "article.md").write_text(
        front(title=MARKER, extra=f"lead_photo: p\nphotos:\n  - id: p\n"
              f"    file: photos/secret.jpg\n{CREDITS}") + f"{MARKER}\n\n![](photo:p)\n",
        encoding="utf-8")
    jpeg(article / "photos" / "secret.jpg", SECRET_RGB, comment=MARKER)


def build_article(name: str, folder: Path, outside: Path) -> None:
    folder.mkdir(parents=True)
    md = folder / "article.md"

    def write(text: str) -> None:
        md.write_text(text, encoding="utf-8")

    if name == "good":
        jpeg(folder / "photos" / "good.jpg", GOOD_RGB)
        write(photo_article("photos/good.jpg"))
    elif name == "good-plain":
        write(front(title="Ein ganz normaler Artikel") + "Nur Text.\n\n## Abschnitt\n\nMehr.\n")
    elif name == "photo-dotdot":
        write(photo_article("../../../outside/secret.jpg"))
    elif name == "photo-dotdot-in-photos":
        (folder / "photos").mkdir()
        write(photo_article("photos/../../../../outside/secret.jpg"))
    elif name == "photo-absolute":
        write(photo_article(str(outside / "secret.jpg")))
    elif name == "photo-symlink":
        (folder / "photos").mkdir()
        (folder / "photos" / "pic.jpg").symlink_to(outside / "secret.jpg")
        write(photo_article("photos/pic.jpg"))
    elif name == "photos-folder-symlink":
        (folder / "photos").symlink_to(outside / "photos-dir", target_is_directory=True)
        write(photo_article("photos/secret.jpg"))
    elif name == "yaml-bomb":
        rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for prev, cur in zip("abcdefgh", "bcdefghi", strict=True):
            rows.append(f"{cur}: &{cur} [{','.join(['*' + prev] * 9)}]")
        write("---\ntitle: Bombe\n" + "\n".join(rows) + "\ntags: *i\n---\nText\n")
    elif name == "deep-nesting":
        write(front(extra="extra: " + "[" * 10000 + "]" * 10000 + "\n") + "Text\n")
    elif name == "date-feb30":
        write(front(date="2022-02-30") + "Text\n")
    elif name == "date-month13":
        write(front(date="2022-13-01") + "Text\n")
    elif name == "control-title-escaped":
        write(front(title='"Titel\\0mit\\x1b[31mSteuer\\x07zeichen"') + "Text\n")
    elif name == "control-title-raw":
        md.write_bytes(front(title="Titel\x00mit\x1b[2J").encode() + b"Text\n")
    elif name == "nul-body":
        md.write_bytes(front().encode() + b"Text\x00mit NUL\n\n## Kopf\x00\n")
    elif name == "non-utf8":
        md.write_bytes(b"---\ntitle: Gr\xfc\xdfe \xff\xfe\ndate: 2022-06-24\n---\nK\xe4se\n")
    elif name == "empty":
        md.write_bytes(b"")
    elif name == "no-front-matter":
        write("# Nur Markdown\n\nKein Vorspann.\n")
    elif name == "footnotes-20000":
        refs = " ".join(f"Satz[^{i}]." for i in range(20000))
        notes = "\n".join(f"[^{i}]: Fußnote {i}." for i in range(20000))
        write(front() + refs + "\n\n" + notes + "\n")
    elif name == "table-3000-columns":
        cols = 3000
        table = ["|" + "|".join(f"k{i}" for i in range(cols)) + "|",
                 "|" + "|".join("---" for _ in range(cols)) + "|"]
        table += ["|" + "|".join("x" for _ in range(cols)) + "|" for _ in range(30)]
        write(front() + "\n".join(table) + "\n")
    elif name == "photo-in-heading":
        jpeg(folder / "photos" / "good.jpg", GOOD_RGB)
        text = photo_article("photos/good.jpg")
        write(text + "\n## Überschrift ![](photo:p) mit Bild\n\n- Punkt ![x](photo:p)\n")
    elif name == "huge-front-matter":
        write(front(extra="extra: " + "x" * 300_000 + "\n") + "Text\n")
    elif name == "huge-file":
        write(front() + ("Ein langer Absatz mit vielen Wörtern. " * 40 + "\n\n") * 4000)
    elif name == "body-deep-quotes":
        write(front() + "> " * 10000 + "tief\n")
    elif name == "body-deep-lists":
        write(front() + "".join("  " * i + "- x\n" for i in range(1500)))
    elif name == "emphasis-bomb":
        write(front() + "*a **b " * 20000 + "\n\n" + "[" * 20000 + "x" + "](y)" * 20000 + "\n")
    elif name == "article-symlink":
        folder.rmdir()
        folder.symlink_to(outside / "elsewhere", target_is_directory=True)
    elif name.startswith("review-"):
        write(front(title=f"Artikel mit {name}") + "Text\n")
        review = folder / "review"
        review.mkdir()
        event = review / "20220624T100000.000000Z-approved-0123456789ab.json"
        if name == "review-garbage":
            event.write_bytes(b"\x00\xff{not json at all" * 100)
        elif name == "review-deep-json":
            event.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
        else:
            event.write_text(json.dumps({"event": "comment", "who": "x",
                                         "when": "2022-06-24T10:00:00Z",
                                         "note": "x" * 40_000_000}), encoding="utf-8")
    elif name == "photo-fifo":
        (folder / "photos").mkdir()
        os.mkfifo(folder / "photos" / "pipe.jpg")  # reading it blocks for ever
        write(photo_article("photos/pipe.jpg"))
    elif name == "photo-dev-zero":
        write(photo_article("/dev/zero"))
    elif name == "photo-pixel-bomb":
        (folder / "photos").mkdir()
        # 400 megapixels in a few kilobytes: decoding it would need gigabytes
        Image.new("1", (20000, 20000)).save(folder / "photos" / "bomb.png", optimize=True)
        write(photo_article("photos/bomb.png"))
    elif name == "review-symlink":
        write(front(title="Artikel mit verlinktem Ereignis") + "Text\n")
        (folder / "review").mkdir()
        (folder / "review" / "20220624T100000.000000Z-comment-0123456789ab.json").symlink_to(
            outside / "secret-event.json")
    elif name == "meta-symlink":
        write(front(title="Artikel mit verlinktem .newsdesk") + "Text\n")
        (folder / ".newsdesk").symlink_to(outside / "meta-dir", target_is_directory=True)
    elif name == "lock-from-future":
        write(front(title="Artikel mit Sperre aus der Zukunft") + "Text\n")
        meta = folder / ".newsdesk"
        meta.mkdir()
        (meta / "lock").write_text(json.dumps(
            {"user": "zeitreisender", "host": "other-host", "pid": 1,
             "since": "2099-01-01T00:00:00+00:00", "token": "x"}), encoding="utf-8")
    else:  # pragma: no cover - a case without a builder is a mistake in this file
        raise AssertionError(name)


@dataclass
class Corpus:
    base: Path
    ws: Path
    outside: Path
    out: Path
    env: dict[str, str]
    originals: dict[Path, bytes]
    outside_snapshot: dict[str, tuple]


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry below ``folder`` (links not followed): kind, size, mtime, content hash."""
    result = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in dirs + files:
            path = Path(root) / name
            st = path.lstat()
            digest = ""
            if path.is_file() and not path.is_symlink():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            result[str(path.relative_to(folder))] = (st.st_mode, st.st_size, st.st_mtime_ns,
                                                     digest)
    return result


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    base = tmp_path_factory.mktemp("hostile")
    outside = base / "outside"
    build_outside(outside)
    home = base / "home"
    (base / "tmp").mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(home),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "TMPDIR": str(base / "tmp"), "QT_QPA_PLATFORM": "offscreen"}
    ws = base / "ws"
    init = subprocess.run([sys.executable, "-m", "editor", "init", str(ws)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert init.returncode == 0, init.stderr
    (ws / "newsdesk.toml").write_text(CONFIG, encoding="utf-8")
    for case in CASES:
        build_article(case.name, ws / "articles" / case.name, outside)
    originals = {}
    for case in CASES:
        md = ws / "articles" / case.name / "article.md"
        if md.exists():
            originals[md] = md.read_bytes()
    out = base / "out"
    out.mkdir()
    return Corpus(base, ws, outside, out, env, originals, snapshot(outside))


# ---- running a command -------------------------------------------------------------------

def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@dataclass
class Run:
    args: list[str]
    returncode: int | None  # None: still running after TIMEOUT (then killed)
    stdout: str
    stderr: str

    def __str__(self) -> str:
        return (f"newsdesk {' '.join(self.args)}\n exit {self.returncode}\n"
                f" stdout: {self.stdout[-1500:]!r}\n stderr: {self.stderr[-3000:]!r}")


def newsdesk(corpus: Corpus, *args: str) -> Run:
    proc = subprocess.Popen([sys.executable, "-m", "editor", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=corpus.env, cwd=corpus.base,
                            preexec_fn=_limits, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the command and any worker it started
        out, err = proc.communicate()
        code = None
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # no worker outlives its command
        except ProcessLookupError:
            pass
    return Run(list(args), code,
               out.decode("utf-8", "backslashreplace"), err.decode("utf-8", "backslashreplace"))


COMMANDS = {
    "check": lambda a, o: ["check", a],
    "check-json": lambda a, o: ["check", a, "--json"],
    "render": lambda a, o: ["render", a, "-o", str(o / "page.html")],
    "export": lambda a, o: ["export", a, "--out", str(o), "--zip"],
    "review-status": lambda a, o: ["review", "status", a],
    "photo-list": lambda a, o: ["photo", "list", a],
    "history": lambda a, o: ["history", a],
}


# ---- what must hold ----------------------------------------------------------------------

def assert_no_secret_in(corpus: Corpus, run: Run, folder: Path | None) -> None:
    assert MARKER not in run.stdout and MARKER not in run.stderr, f"outside text shown\n{run}"
    if folder is None or not folder.exists():
        return
    for path in folder.rglob("*"):
        if path.is_symlink():
            raise AssertionError(f"a symlink in the output: {path}\n{run}")
        if not path.is_file():
            continue
        data = path.read_bytes()
        assert MARKER.encode() not in data, f"outside content in {path}\n{run}"
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    member = zf.read(info)
                    assert MARKER.encode() not in member, f"outside content in {path}\n{run}"
                    _assert_not_secret_image(member, f"{path}:{info.filename}", run)
        else:
            _assert_not_secret_image(data, str(path), run)


def _assert_not_secret_image(data: bytes, where: str, run: Run) -> None:
    if not (data[:3] == b"\xff\xd8\xff" or data[:4] in (b"RIFF", b"\x89PNG")
            or data[4:8] == b"ftyp"):
        return
    try:
        with Image.open(io.BytesIO(data)) as image:
            r, g, b = image.convert("RGB").resize((1, 1)).getpixel((0, 0))
    except Exception:  # not an image after all
        return
    near = all(abs(x - y) < 30 for x, y in zip((r, g, b), SECRET_RGB, strict=True))
    assert not near, f"the outside image was published as {where}\n{run}"


def assert_outside_untouched(corpus: Corpus, run: Run, before: dict[str, tuple]) -> None:
    """Nothing below the outside folder was created, removed or changed by this run
    (a folder's mtime shows a file made and removed again, such as a lock)."""
    after = snapshot(corpus.outside)
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, f"written outside the workspace: {changed}\n{run}"
    allowed = {"ws", "out", "outside", "home", "tmp"}
    stray = {p.name for p in corpus.base.iterdir()} - allowed
    assert not stray, f"written next to the workspace: {stray}\n{run}"


def assert_articles_unchanged(corpus: Corpus, run: Run) -> None:
    for md, data in corpus.originals.items():
        assert md.read_bytes() == data, f"{md} changed\n{run}"


def assert_well_behaved(corpus: Corpus, run: Run, name: str, *also: str) -> None:
    assert run.returncode is not None, f"still running after {TIMEOUT} s\n{run}"
    assert run.returncode in (0, 1, 2), f"exit status not in the documented set\n{run}"
    assert "Traceback" not in run.stderr, f"a traceback on the terminal\n{run}"
    assert "Traceback" not in run.stdout, f"a traceback on stdout\n{run}"
    if run.returncode == 2 and "--json" in run.args:
        # with --json the error is one JSON object on stdout (docs/cli-json.md)
        error = json.loads(run.stdout)["error"]
        where = f"{error.get('file') or ''} {error['message']}"
        assert any(n in where for n in (name, "elsewhere", *also)), \
            f"the error does not name the article\n{run}"
    elif run.returncode == 2:
        lines = run.stderr.strip().splitlines()
        assert lines, f"exit 2 without a message\n{run}"
        error_lines = [line for line in lines if line.startswith("newsdesk: ")]
        assert len(error_lines) == 1, f"not one 'newsdesk: ' line\n{run}"
        # the folder as given, or where its link points (a refusal may name either)
        assert any(n in error_lines[0] for n in (name, "elsewhere", *also)), \
            f"the message does not name the article\n{run}"


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_every_command_on_every_hostile_article(corpus: Corpus, name: str, command: str):
    folder = corpus.ws / "articles" / name
    out = corpus.out / f"{name}--{command}"
    out.mkdir()
    before = snapshot(corpus.outside)
    run = newsdesk(corpus, *COMMANDS[command](str(folder), out))
    assert_well_behaved(corpus, run, name)
    assert_no_secret_in(corpus, run, out)
    assert_outside_untouched(corpus, run, before)
    assert_articles_unchanged(corpus, run)

    kind = KIND[name]
    if kind == "good":
        if command in ("check", "check-json", "render", "export"):
            assert run.returncode == 0, f"a good article must pass\n{run}"
        if command == "export":
            assert (out / name / "index.html").is_file() and (out / f"{name}.zip").is_file()
    if command == "export" and run.returncode == 0:
        _assert_clean_bundle(out / name, run)
    if kind in ("unreadable", "bad") and command in ("check", "check-json", "export"):
        assert run.returncode in (1, 2), f"a hostile article was accepted\n{run}"
    if kind == "unreadable" and command in ("check", "render", "export"):
        assert run.returncode == 2, f"an unreadable article must exit 2\n{run}"
    if kind in ("unreadable", "bad") and command == "export":
        assert not (out / name).exists(), f"a bundle was written for it\n{run}"
    if kind == "outside":
        assert run.returncode != 0 or command in ("review-status", "photo-list", "history"), \
            f"an article folder outside the workspace was used\n{run}"
    if command == "render" and run.returncode == 0:
        page = (out / "page.html").read_text(encoding="utf-8")
        _assert_clean_page(page, run)


def _assert_clean_page(page: str, run: Run) -> None:
    import html5lib

    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
    assert not any(ch in page for ch in "\x00\x01\x07\x1b"), f"control characters\n{run}"


_ESCAPED_CONTROL = re.compile(r"\\u00(?:0[0-8bcef]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])")


def _assert_clean_bundle(bundle: Path, run: Run) -> None:
    """The published page and data carry no control characters, raw or JSON-escaped."""
    _assert_clean_page((bundle / "index.html").read_text(encoding="utf-8"), run)
    for path in bundle.rglob("*.json"):
        text = path.read_text(encoding="utf-8")
        json.loads(text)
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", text), f"{path}\n{run}"
        assert not _ESCAPED_CONTROL.search(text), f"escaped control character in {path}\n{run}"


def test_list_whole_workspace_json(corpus: Corpus):
    before = snapshot(corpus.outside)
    run = newsdesk(corpus, "list", str(corpus.ws), "--json")
    assert_well_behaved(corpus, run, "ws")
    assert run.returncode == 0, str(run)
    assert_no_secret_in(corpus, run, None)
    assert_outside_untouched(corpus, run, before)
    assert_articles_unchanged(corpus, run)
    rows = {row["slug"]: row for row in json.loads(run.stdout)}
    for case in CASES:
        if case.kind == "outside":
            row = rows.get(case.name)
            assert row is None or row["unreadable"], f"a linked folder was followed\n{run}"
            continue
        assert case.name in rows, f"{case.name} is not listed\n{run}"
        row = rows[case.name]
        if case.kind == "good":
            assert not row["unreadable"] and row["title"], f"{case.name}\n{run}"
        if case.kind == "unreadable":
            assert row["unreadable"] and row["error"], f"{case.name} has no reason\n{run}"
    assert rows["good-plain"]["title"] == "Ein ganz normaler Artikel"


def test_list_whole_workspace_text(corpus: Corpus):
    run = newsdesk(corpus, "list", str(corpus.ws))
    assert_well_behaved(corpus, run, "ws")
    assert run.returncode == 0, str(run)
    assert_no_secret_in(corpus, run, None)
    lines = {line.split()[2]: line for line in run.stdout.splitlines() if len(line.split()) > 2}
    assert "Ein ganz normaler Artikel" in lines["good-plain"]
    for case in CASES:
        if case.kind == "unreadable":
            assert "unreadable" in lines.get(case.name, ""), f"{case.name}\n{run}"
    assert "\x1b" not in run.stdout and "\x00" not in run.stdout


@pytest.mark.parametrize("search", ["Text", MARKER, "lol"])
def test_list_search_whole_workspace(corpus: Corpus, search: str):
    run = newsdesk(corpus, "list", str(corpus.ws), "--search", search, "--json")
    assert_well_behaved(corpus, run, "ws")
    assert run.returncode == 0, str(run)
    assert_no_secret_in(corpus, run, None)
    assert_articles_unchanged(corpus, run)


def test_afterwards_nothing_outside_changed_and_no_marker_anywhere(corpus: Corpus):
    # the outside folder is compared with its state before the first command (the
    # meta-symlink article points into it: a write there shows here too)
    assert snapshot(corpus.outside) == corpus.outside_snapshot
    for md, data in corpus.originals.items():
        assert md.read_bytes() == data, md
    # the workspace, the output and the app's own folders hold nothing from outside
    for top in (corpus.ws, corpus.out, corpus.base / "home", corpus.base / "tmp"):
        for root, _dirs, files in os.walk(top, followlinks=False):
            for file in files:
                path = Path(root) / file
                if path.is_symlink() or not path.is_file():
                    continue
                if path.stat().st_size > 100 * 1024 * 1024:
                    continue
                assert MARKER.encode() not in path.read_bytes(), path
    # no worker process of ours is left running
    leftover = subprocess.run(["pgrep", "-f", str(corpus.ws)], capture_output=True, text=True)
    assert leftover.stdout.strip() == "", leftover.stdout


def test_corpus_is_what_it_claims(corpus: Corpus):
    """The hostile files are really there (a corpus that silently became harmless proves
    nothing)."""
    arts = corpus.ws / "articles"
    assert (arts / "photo-symlink" / "photos" / "pic.jpg").is_symlink()
    assert (arts / "photos-folder-symlink" / "photos").is_symlink()
    assert (arts / "article-symlink").is_symlink()
    assert (arts / "empty" / "article.md").stat().st_size == 0
    assert b"\x00" in (arts / "nul-body" / "article.md").read_bytes()
    assert (arts / "huge-file" / "article.md").stat().st_size > 5 * 1024 * 1024
    assert any(p.stat().st_size > 40_000_000 for p in (arts / "review-huge" / "review").iterdir())


# ---- a hostile workspace around a good article -------------------------------------------

WORKSPACE_CASES = {
    # name: (newsdesk.toml bytes or None for the good one, exit 2 naming newsdesk.toml?)
    "config-garbage": (b"\xff\xfe\x00[[[ not toml", True),
    "config-deep": (b"x = " + b"[" * 20000 + b"]" * 20000 + b"\n", True),
    "config-javascript-base-url": (CONFIG.replace('"https://www.example.org/aktuelles/"',
                                                  '"javascript:alert(1)//"').encode(), True),
    "config-relative-base-url": (CONFIG.replace('"https://www.example.org/aktuelles/"',
                                                '"aktuelles/"').encode(), True),
    "config-giant-widths": (CONFIG.replace("image_widths = [480]",
                                           "image_widths = [2000000000]").encode(), False),
    "config-silly-limits": (CONFIG.replace("render_timeout_seconds = 10",
                                           "render_timeout_seconds = -5").replace(
        "render_memory_mb = 1024", "render_memory_mb = 999999999999").encode(), False),
    "cache-symlink": (None, False),  # the workspace's .newsdesk points outside
}


@pytest.fixture(scope="module")
def hostile_workspaces(tmp_path_factory) -> dict[str, Corpus]:
    result = {}
    for name, (config, _refused) in WORKSPACE_CASES.items():
        base = tmp_path_factory.mktemp(name)
        outside = base / "outside"
        build_outside(outside)
        home = base / "home"
        (base / "tmp").mkdir()
        env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(home),
               "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
               "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
               "TMPDIR": str(base / "tmp")}
        ws = base / "ws"
        ws.mkdir()
        (ws / "newsdesk.toml").write_bytes(config if config is not None else CONFIG.encode())
        if name == "cache-symlink":
            (ws / ".newsdesk").symlink_to(outside / "meta-dir", target_is_directory=True)
        build_article("good", ws / "articles" / "good", outside)
        md = ws / "articles" / "good" / "article.md"
        out = base / "out"
        out.mkdir()
        result[name] = Corpus(base, ws, outside, out, env, {md: md.read_bytes()},
                              snapshot(outside))
    return result


@pytest.mark.parametrize("command", ["check", "render", "export", "review-status", "list"])
@pytest.mark.parametrize("name", list(WORKSPACE_CASES))
def test_every_command_in_a_hostile_workspace(hostile_workspaces, name: str, command: str):
    corpus = hostile_workspaces[name]
    out = corpus.out / command
    out.mkdir()
    folder = str(corpus.ws / "articles" / "good")
    args = ["list", str(corpus.ws)] if command == "list" else COMMANDS[command](folder, out)
    before = snapshot(corpus.outside)
    run = newsdesk(corpus, *args)
    refused = WORKSPACE_CASES[name][1]
    assert_well_behaved(corpus, run, "newsdesk.toml", *(() if refused else ("good",)))
    assert_no_secret_in(corpus, run, out)
    assert_outside_untouched(corpus, run, before)
    assert_articles_unchanged(corpus, run)
    if refused and command in ("check", "render", "export"):
        assert run.returncode == 2, f"a broken newsdesk.toml was accepted\n{run}"
    if command == "export" and run.returncode == 0:
        _assert_clean_bundle(out / "good", run)
