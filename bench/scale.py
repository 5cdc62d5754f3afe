"""Scale benchmark: a generated workspace of 10,000 articles, listed, searched and opened.

    .venv/bin/python bench/scale.py [--articles 10000] [--runs 3] [--workspace DIR]
                                    [--no-gui | --gui-only] [--compare OTHER_CHECKOUT]

Generates (once, deterministically: fixed seed) a workspace of --articles articles of about
300 German words each, a few with a photo and some with review events, in --workspace
(default: a folder in the temp dir, kept for the next run). Then measures, side by side in
one run, each as a real process (`python -m editor ...`):

- cold (no index: the index file deleted first) and warm `newsdesk list`, `list --search`,
  `list --status in_review`;
- GUI start (process start until the article list shows all articles), cold and warm
  index, and the same start with the 3-article sample workspace;
- search-as-you-type in the real window (offscreen): a word typed at 8 keys per second;
  latency from each keystroke until the list shows that text's result, and the longest
  stall of the GUI thread while typing (a 1 ms heartbeat timer); the five longest stalls
  with what the window had just done (a keystroke, a result shown) and, with --steal, how
  much CPU time the hypervisor took from this virtual machine during each (bench/steal.py);
- a refresh of the list (Refresh, F5): how long the GUI thread is busy.

The index lives in a private folder for the benchmark (NEWSDESK_INDEX_DIR). The files
are in the OS page cache for every run ("cold" means no index, not a cold disk).

``--compare DIR`` also measures the command-line rows with another checkout (e.g. the
previous commit, from `git archive HEAD | tar -x -C DIR`), each run of it right after the
same run of this one, so both see the same load on the machine; its output must be the
same, byte for byte. (The GUI rows are measured for this checkout only.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

if __name__ == "__main__" and not sys.flags.safe_path:
    os.execv(sys.executable, [sys.executable, "-P", *sys.argv])

SEED = 20260
WORDS = (  # noqa: SIM905 - a readable block of words
    "Stadt Rathaus Bürger Straße Verkehr Schule Kita Bibliothek Bauarbeiten Sanierung "
    "Gemeinderat Haushalt Förderung Umwelt Klimaschutz Radweg Brücke Park Spielplatz "
    "Feuerwehr Polizei Veranstaltung Konzert Museum Ausstellung Führung Jubiläum Verein "
    "Ehrenamt Bürgermeisterin Ausschuss Sitzung Beschluss Antrag Förderprogramm Quartier "
    "Wohnungen Neubau Grünfläche Bäume Pflanzung Wasserwerk Stadtwerke Energie Solaranlage "
    "Öffnungszeiten Anmeldung Formular Service Bürgerbüro Termin Müllabfuhr Wertstoffhof "
    "Haltestelle Busverbindung Fahrplan Baustelle Umleitung Sperrung Ampel Kreuzung "
    "Marktplatz Wochenmarkt Stadtfest Weihnachtsmarkt Partnerstadt Delegation Besuch "
    "und der die das mit für auf von zu im am bei nach über unter wird werden wurde hat "
    "haben ist sind sowie auch noch neue große kleine erste zweite heute morgen ab bis"
).split()
TAGS = ["Verkehr", "Umwelt", "Kultur", "Bildung", "Soziales", "Stadtrat", "Bauen",
        "Wirtschaft", "Sport", "Städtepartnerschaften"]
SEARCH_WORD = "Rathausstrasse"  # typed in the app; folded it matches "Rathausstraße"


# Generating -----------------------------------------------------------------------------

def generate(root: Path, count: int) -> None:
    sys.path.insert(0, str(REPO))
    from editor.model import review
    from editor.model.article import Article, Photo, load_article
    from editor.model.storage import file_hash, save_checked
    from editor.model.workspace import Workspace

    marker = root / ".bench-scale.json"
    wanted = {"articles": count, "seed": SEED, "version": 1}
    if marker.is_file() and json.loads(marker.read_text()) == wanted:
        return
    shutil.rmtree(root, ignore_errors=True)
    ws = Workspace.init(root, site_name="Stadt Beispielhausen")
    rng = random.Random(SEED)
    start = dt.date(2016, 1, 1)
    photo_bytes = _small_jpeg()
    for i in range(count):
        title_words = rng.sample(WORDS[:80], 4)
        title = f"{title_words[0]}: {' '.join(title_words[1:])} ({i})"
        slug = f"artikel-{i:05d}"
        folder = ws.articles_dir / slug
        for sub in ("photos", "review", ".newsdesk"):
            (folder / sub).mkdir(parents=True)
        paragraphs = []
        for _ in range(6):
            paragraphs.append(" ".join(rng.choice(WORDS) for _ in range(50)) + ".")
        if i % 97 == 0:
            paragraphs.insert(2, "Die Rathausstraße wird gesperrt.")
        article = Article(
            folder=folder, title=title, kicker="Aktuelles",
            date=start + dt.timedelta(days=rng.randrange(3650)), author="Presseamt",
            lead=" ".join(rng.choice(WORDS) for _ in range(25)) + ".",
            tags=rng.sample(TAGS, 2), body="\n\n## Hintergrund\n\n".join(paragraphs) + "\n")
        if i % 500 == 0:  # a few with a photo
            (folder / "photos" / "bild.jpg").write_bytes(photo_bytes)
            article.photos = [Photo(id="bild", file="photos/bild.jpg", caption="Ein Bild",
                                    alt="Ein Bild", creator="Fotografin", credit="Stadt",
                                    copyright="© Stadt", license="Nur für diesen Artikel")]
            article.lead_photo = "bild"
            article.body += "\n![](photo:bild)\n"
        save_checked(article, file_hash(article.path))
        if i % 50 == 0:  # some in review
            review.add_event(load_article(folder), "submitted", "Bench Autor")
    # Old enough that the index trusts every fingerprint.
    old = time.time() - 3600
    for path in ws.articles_dir.rglob("*"):
        os.utime(path, (old, old), follow_symlinks=False)
    marker.write_text(json.dumps(wanted))


def _small_jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (640, 480), (90, 140, 200)).save(out, "JPEG", quality=80)
    return out.getvalue()


# Command line ---------------------------------------------------------------------------

def _env(index_dir: Path, settings: Path | None = None, repo: Path = REPO) -> dict[str, str]:
    env = {**os.environ, "NEWSDESK_INDEX_DIR": str(index_dir), "PYTHONPATH": str(repo),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           # Compiled bytecode as an installed program has it (a shell that sets
           # PYTHONDONTWRITEBYTECODE would otherwise compile every module on every run),
           # kept outside the checkout.
           "PYTHONPYCACHEPREFIX": str(index_dir.parent / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if settings is not None:
        env["NEWSDESK_SETTINGS"] = str(settings)
        # The page a closing window keeps for the next start: beside the settings.
        env["NEWSDESK_PAGE_CACHE"] = str(settings.parent / "page-cache")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    return env


CPU: dict[str, list[float]] = {}  # label -> CPU seconds (user + system) of each run


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_cli(args: list[str], env: dict[str, str], label: str = "") -> tuple[float, str]:
    """Wall-clock seconds (and stdout); the CPU seconds of the process tree go to CPU:
    on a machine shared with other work they show what the command itself costs."""
    cpu = _children_cpu()
    start = time.perf_counter()
    # -P: the checkout comes from PYTHONPATH only, never from the current folder.
    proc = subprocess.run([sys.executable, "-P", "-m", "editor", *args], env=env,
                          capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - start
    CPU.setdefault(label, []).append(_children_cpu() - cpu)
    if proc.returncode != 0:
        raise SystemExit(f"newsdesk {' '.join(args)} failed: {proc.stderr}")
    return seconds, proc.stdout


# GUI (runs in the measured process) -----------------------------------------------------

def gui_child(workspace: str, expected: int, typing: bool) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from editor.gui import app as gui_app
    from editor.gui import i18n
    from editor.gui import settings as S
    from editor.gui.actions import A

    qapp = gui_app.application()
    settings = S.Settings()
    i18n.install(settings.get(S.UI_LANGUAGE))
    window = gui_app.create_window(settings, Path(workspace))
    window.show()

    def listed() -> None:
        # The window may build its panels after the first paint: the list counts once
        # it exists.
        found = getattr(window, "panel", None)
        count = found.list.model().rowCount() if found is not None else 0
        if count >= expected:
            print(f"LISTED {time.time():.6f} {count}", flush=True)
            QTimer.singleShot(300, after_list)
        else:
            QTimer.singleShot(1, listed)

    gaps: list[float] = []
    gap_ends: list[float] = []  # time.monotonic() at the end of each gap (as bench/steal.py)
    events: list[tuple[float, str]] = []  # (time.monotonic(), what the window did)
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        gap_ends.append(time.monotonic())
        last[0] = now

    heartbeat = QTimer(interval=1, timerType=Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    latencies: list[float] = []
    pending: dict[str, float] = {}

    def shown(text: str) -> None:
        rows = window.panel.list.model().rowCount()
        events.append((time.monotonic(), f"showed the result for {text!r} ({rows} rows)"))
        if text in pending:
            latencies.append((time.perf_counter() - pending.pop(text)) * 1000)

    def after_list() -> None:
        panel = window.panel
        if not typing:
            qapp.quit()
            return
        panel.search_shown.connect(shown)
        panel.search.setFocus()
        gaps.clear()
        gap_ends.clear()
        last[0] = time.perf_counter()
        heartbeat.start()
        keys = list(SEARCH_WORD)

        def type_one() -> None:
            if not keys:
                QTimer.singleShot(1500, finish)
                return
            key = keys.pop(0)
            pending[panel.search.text() + key] = time.perf_counter()
            events.append((time.monotonic(), f"typed {panel.search.text() + key!r}"))
            QTest.keyClicks(panel.search, key)
            QTimer.singleShot(125, type_one)

        type_one()

    def finish() -> None:
        panel = window.panel
        heartbeat.stop()
        found = len(panel.visible_slugs())
        longest = sorted(range(len(gaps)), key=gaps.__getitem__)[-5:]
        stalls = []
        for i in reversed(longest):  # the longest first, with the last thing done before
            begin = gap_ends[i] - gaps[i] / 1000
            before = [e for e in events if e[0] <= begin + 0.001]
            after = f"{(begin - before[-1][0]) * 1000:.0f} ms after it {before[-1][1]}" \
                if before else "before the first keystroke"
            stalls.append((gaps[i], begin, gap_ends[i], after))
        report = {"latencies": latencies, "stall": max(gaps), "found": found,
                  "missed": len(pending), "stalls": stalls}
        print(f"TYPING {json.dumps(report)}", flush=True)
        panel.search.clear()
        # F5 as the user presses it: the list is read on a worker thread; measured is how
        # long the GUI thread is busy with the key and the longest stall until it is done.
        gaps.clear()
        last[0] = time.perf_counter()
        heartbeat.start()
        start = time.perf_counter()
        refresh = window.actions[A.REFRESH]
        refresh.trigger()
        busy = (time.perf_counter() - start) * 1000

        def refreshed() -> None:
            if getattr(panel, "_refreshing", False):  # still reading
                QTimer.singleShot(5, refreshed)
                return
            heartbeat.stop()
            print(f"REFRESH {busy:.1f} {max(gaps, default=0):.1f}", flush=True)
            qapp.quit()

        QTimer.singleShot(5, refreshed)

    QTimer.singleShot(0, listed)
    QTimer.singleShot(120000, qapp.quit)
    return qapp.exec()


def _steal_watch():  # bench/steal.py's StealWatch, started; None where there is no /proc
    sys.path.insert(0, str(REPO / "bench"))
    import steal

    return steal.started()


def timed_gui(workspace: Path, expected: int, env: dict[str, str],
              typing: bool = False) -> dict:
    start = time.time()
    proc = subprocess.run([sys.executable, "-P", __file__, "--gui-child", str(workspace),
                           str(expected)] + (["--typing"] if typing else []), env=env,
                          capture_output=True, text=True, timeout=300)
    result: dict = {}
    for line in proc.stdout.splitlines():
        kind, _, rest = line.partition(" ")
        if kind == "LISTED":
            result["listed"] = float(rest.split()[0]) - start
        elif kind == "TYPING":
            result["typing"] = json.loads(rest)
        elif kind == "REFRESH":
            result["refresh_ms"] = tuple(float(v) for v in rest.split())  # busy, stall
    if "listed" not in result:
        raise SystemExit(f"the app did not list {expected} articles:\n{proc.stderr[-3000:]}")
    return result


# Main -----------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workspace", type=Path,
                        default=Path(tempfile.gettempdir()) / "newsdesk-scale-workspace")
    parser.add_argument("--no-gui", action="store_true")
    parser.add_argument("--gui-only", action="store_true",
                        help="only the app's rows (start, search-as-you-type, refresh)")
    parser.add_argument("--compare", type=Path, metavar="DIR",
                        help="another checkout whose command line is measured alongside")
    parser.add_argument("--gui-child", nargs=2, metavar=("WORKSPACE", "EXPECTED"))
    parser.add_argument("--typing", action="store_true")
    parser.add_argument("--steal", action="store_true",
                        help="how much CPU time the hypervisor took during each of the "
                        "longest search-as-you-type stalls (bench/steal.py)")
    args = parser.parse_args()
    if args.gui_child:
        return gui_child(args.gui_child[0], int(args.gui_child[1]), args.typing)

    t0 = time.perf_counter()
    generate(args.workspace, args.articles)
    print(f"workspace: {args.workspace} ({args.articles} articles; "
          f"ready in {time.perf_counter() - t0:.1f} s)")
    temp = Path(tempfile.mkdtemp(prefix="newsdesk-scale-"))
    index_dir = temp / "index"
    env = _env(index_dir, temp / "settings.ini")
    ws = str(args.workspace)
    commands = {
        "list": ["list", ws],
        "list --search": ["list", ws, "--search", "rathausstrasse gesperrt"],
        "list --status": ["list", ws, "--status", "in_review"],
    }
    checkouts = {"": (index_dir, env)}
    if args.compare:
        other_index = temp / "index-other"
        checkouts[" [other]"] = (other_index, _env(other_index, temp / "settings.ini",
                                                    args.compare.resolve()))
    rows: list[tuple[str, str, list[float]]] = []
    printed: dict[str, str] = {}
    try:
        for suffix, (cindex, cenv) in checkouts.items():
            timed_cli(["--version"], cenv)
            # compiles every module a listing uses (on the 3 articles of its own sample,
            # copied: listing approved articles keeps file hashes in the workspace's cache)
            sample_ws = temp / f"sample-for-compiling{suffix.strip(' []')}"
            shutil.copytree(Path(cenv["PYTHONPATH"]) / "resources" / "sample-workspace",
                            sample_ws)
            timed_cli(["list", str(sample_ws), "--search", "x"], cenv)
            shutil.rmtree(cindex, ignore_errors=True)
            timed_cli(["--version"], cenv, f"newsdesk --version (start-up floor){suffix}")
            rows.append((f"newsdesk --version (start-up floor){suffix}", "", []))
        for label, cmd in ({} if args.gui_only else commands).items():
            times: dict[str, list[float]] = {}
            outputs: dict[str, str] = {}
            for _ in range(args.runs):
                for suffix, (cindex, cenv) in checkouts.items():
                    shutil.rmtree(cindex, ignore_errors=True)
                    seconds, out = timed_cli(cmd, cenv, f"newsdesk {label}{suffix}")
                    times.setdefault(f"newsdesk {label}{suffix}", []).append(seconds)
                    seconds, out2 = timed_cli(cmd, cenv, f"newsdesk {label} (warm){suffix}")
                    times.setdefault(f"newsdesk {label} (warm){suffix}", []).append(seconds)
                    assert out == out2, f"{label}{suffix}: warm output differs from cold"
                    outputs[suffix] = out
            if len(set(outputs.values())) != 1:
                raise SystemExit(f"newsdesk {label}: the checkouts print different lists")
            printed[label] = outputs[""]
            for name, values in times.items():
                note = f"{len(out.splitlines())} rows" if "(warm)" not in name else ""
                rows.append((name, note, values))
        # The first search after a plain cold list: the text is read then (not by the list).
        label = "newsdesk list --search (first, after a cold list)"
        times = {}
        for _ in range(0 if args.gui_only else args.runs):
            for suffix, (cindex, cenv) in checkouts.items():
                shutil.rmtree(cindex, ignore_errors=True)
                timed_cli(commands["list"], cenv)
                seconds, out = timed_cli(commands["list --search"], cenv, label + suffix)
                assert out == printed["list --search"], f"{label}{suffix}: not as a cold search"
                times.setdefault(label + suffix, []).append(seconds)
        rows.extend((name, "", values) for name, values in times.items())
        gui: dict[str, list] = {}
        if not args.no_gui:
            sys.path.insert(0, str(REPO))
            from editor import resources

            sample = temp / "sample"
            shutil.copytree(resources.path("sample-workspace"), sample)
            timed_gui(sample, 3, env)  # warm-up: .qm files, fonts, bytecode
            for _ in range(args.runs):
                gui.setdefault("sample", []).append(timed_gui(sample, 3, env)["listed"])
                shutil.rmtree(index_dir, ignore_errors=True)
                gui.setdefault("cold", []).append(
                    timed_gui(args.workspace, args.articles, env)["listed"])
                watch = _steal_watch() if args.steal else None
                result = timed_gui(args.workspace, args.articles, env, typing=True)
                if watch is not None:
                    watch.stop()
                    for stall in result["typing"]["stalls"]:
                        taken = watch.during(stall[1], stall[2])
                        stall.append(", ".join(f"{cpu} {ms} ms" for cpu, ms in taken.items())
                                     or "no steal")
                gui.setdefault("warm", []).append(result["listed"])
                gui.setdefault("typing", []).append(result["typing"])
                gui.setdefault("refresh", []).append(result["refresh_ms"])
    finally:
        shutil.rmtree(temp, ignore_errors=True)

    def fmt(values: list[float]) -> str:
        return (f"median {statistics.median(values):6.3f} s  (runs: "
                f"{', '.join(f'{v:.3f}' for v in values)})")

    print(f"\n{'measure':<44} {'wall clock':<50} {'CPU (user+sys)':<16} note")
    for label, note, values in rows:
        cpu = statistics.median(CPU[label]) if CPU.get(label) else float("nan")
        wall = fmt(values) if values else "-"
        print(f"{label:<44} {wall:<50} {cpu:6.3f} s{'':<7} {note}")
    if gui:
        ratio = statistics.median(gui["warm"]) / statistics.median(gui["sample"])
        cold_ratio = statistics.median(gui["cold"]) / statistics.median(gui["sample"])
        print(f"{'GUI start to list, sample (3)':<34} {fmt(gui['sample'])}")
        print(f"{'GUI start to list, cold index':<34} {fmt(gui['cold'])}  "
              f"{cold_ratio:.1f}x sample")
        print(f"{'GUI start to list, warm index':<34} {fmt(gui['warm'])}  "
              f"{ratio:.1f}x sample")
        for n, t in enumerate(gui["typing"], 1):
            lat = t["latencies"]
            print(f"search-as-you-type run {n}: {len(lat)} keystrokes, latency median "
                  f"{statistics.median(lat) if lat else float('nan'):.1f} ms, max "
                  f"{max(lat) if lat else float('nan'):.1f} ms; longest GUI stall "
                  f"{t['stall']:.1f} ms; found {t['found']} articles; "
                  f"{t['missed']} keystrokes without their own result (superseded)")
            for ms, _begin, _end, after, *steal in t.get("stalls", []):
                print(f"  stall {ms:.1f} ms, {after}" + (f"; steal: {steal[0]}" if steal else ""))
        print(f"{'refresh (F5), GUI thread busy':<34} "
              f"{', '.join(f'{busy:.0f}' for busy, _ in gui['refresh'])} ms; longest stall "
              f"until read {', '.join(f'{stall:.0f}' for _, stall in gui['refresh'])} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
