"""Export benchmark: 20 generated 24-megapixel JPEGs, default widths and formats.

    .venv/bin/python bench/export.py [--photos 20] [--jobs N] [--keep]

Generates the photos into a temporary workspace (not timed), then runs each export in a
fresh child process and reports: cold export (empty cache), warm re-export (same content),
the naive path (full decode, each width resized from the original, one thread), and the
peak RSS of the child doing the cold export.
Then the command line as a user runs it, each a new process, rounds interleaved (medians):
``python -c pass`` and ``newsdesk --version`` (the floor of any command), ``newsdesk export``
with nothing changed (up to date: no render worker, no images) and ``newsdesk export
--force`` (the same export written again from warm caches: what a re-export did before).
Bytecode is cached for these (PYTHONPYCACHEPREFIX in the temporary folder), as an
installed app has it, even where PYTHONDONTWRITEBYTECODE is set.
Goals on a 2-core machine: cold <= 7 s, warm <= 0.5 s, peak RSS <= 250 MiB, >= 2.5x naive;
the command line's up-to-date export <= 0.20 s (Hugo's warm rebuild of one page).
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Import editor from this checkout, not from bench/ (Python puts the script's folder first).
sys.path[0:1] = [str(REPO)]

SIZE = (6000, 4000)  # 24 MP


def make_photo(seed: int, path: Path) -> None:
    """Gradients, shapes and sensor-like noise at quality 90; every 4th photo is
    stored sideways with EXIF orientation 6 and carries GPS and a serial number."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rnd = random.Random(seed)
    w, h = SIZE
    base = Image.linear_gradient("L").resize((w, h))
    channels = [base.rotate(rnd.randint(0, 359)).resize((w, h)),
                Image.radial_gradient("L").resize((w, h)),
                base.transpose(Image.Transpose.FLIP_TOP_BOTTOM)]
    rnd.shuffle(channels)
    img = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(img)
    for _ in range(60):
        x0, y0 = rnd.randrange(w), rnd.randrange(h)
        box = (x0, y0, x0 + rnd.randint(80, 1800), y0 + rnd.randint(80, 1800))
        fill = tuple(rnd.randrange(256) for _ in range(3))
        (draw.ellipse if rnd.random() < 0.5 else draw.rectangle)(box, fill=fill)
    img = img.filter(ImageFilter.GaussianBlur(1.2))  # soften edges like a lens does
    noise = Image.effect_noise((w, h), 14).convert("RGB")
    img = ImageChops.add(img, noise, scale=1.0, offset=-128)
    exif = Image.Exif()
    exif[0x010F] = "BenchCam"
    if seed % 4 == 0:
        img = img.transpose(Image.Transpose.ROTATE_90)  # stored sideways ...
        img = img.resize(SIZE)
        exif[0x0112] = 6  # ... and shown upright
        exif.get_ifd(0x8769)[0xA431] = f"SN{seed:06d}"
        exif.get_ifd(0x8825).update({1: "N", 2: (52.0, 31.0, 12.0), 3: "E",
                                     4: (13.0, 24.0, 36.0)})
    img.save(path, "JPEG", quality=90, exif=exif)


def build_workspace(root: Path, count: int) -> Path:
    from editor.model import review
    from editor.model.article import Photo
    from editor.model.storage import file_hash, save_checked
    from editor.model.workspace import Workspace

    ws = Workspace.init(root / "ws", site_name="Benchhausen")
    article = ws.create_article("Zwanzig Fotos vom Stadtfest", lead="Ein Bilderbogen.")
    photos_dir = article.folder / "photos"
    photos_dir.mkdir(exist_ok=True)
    with cf.ThreadPoolExecutor() as pool:
        list(pool.map(lambda i: make_photo(i, photos_dir / f"foto-{i:02d}.jpg"), range(count)))
    body = ["Das Stadtfest in Bildern."]
    for i in range(count):
        pid = f"foto-{i:02d}"
        article.photos.append(Photo(
            id=pid, file=f"photos/{pid}.jpg", caption=f"Szene {i + 1} vom Stadtfest",
            alt=f"Besucherinnen und Besucher auf dem Marktplatz, Szene {i + 1}",
            creator="Jörg Müller", credit="Stadt Benchhausen / Jörg Müller",
            copyright="© 2026 Stadt Benchhausen", license="Nur für diesen Artikel"))
        body.append(f"![](photo:{pid})")
    article.body = "\n\n".join(body) + "\n"
    save_checked(article, file_hash(article.path))
    # The sample settings require approval, as a real workspace would.
    review.add_event(article, "submitted", "Bench Autorin")
    review.add_event(article, "approved", "Bench Redaktion", config=ws.config)
    return article.folder


def child(mode: str, article_dir: str, out_dir: str, jobs: int | None,
          webp_method: int | None = None) -> None:
    from editor.commands._common import open_article
    from editor.publish import bundle
    from editor.publish.bundle import export_article

    if webp_method is not None:  # compare encoder methods (the cache keys follow)
        from editor.publish import derivatives, images

        images.WEBP_METHOD = webp_method
        derivatives.PIPELINE = derivatives.PIPELINE.replace(
            "webp-m", f"webp-m{webp_method}-was-m", 1)

    phases = _time_phases(bundle)
    article, config, root = open_article(article_dir)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    if mode == "naive":
        export_article(article, config, Path(out_dir), workspace_root=root, jobs=1,
                       _naive=True)
    else:
        # force: the in-process warm run measures the build from warm caches, as before
        # the up-to-date check existed (the command line runs below measure both).
        export_article(article, config, Path(out_dir), workspace_root=root, jobs=jobs,
                       force=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime - usage.ru_utime + after.ru_stime - usage.ru_stime
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": peak_rss_kib() / 1024,
                      "phases": phases}))


# Where an export's time goes: check (content hash, validation), derivatives (hashing,
# cache, image work), render (the page, in the render sandbox), write (bundle, switch).
PHASES = {"check": ("checked", "check"), "derivatives": (None, "build_derivatives"),
          "render": (None, "_render"), "write": (None, "_write_and_switch")}


def _time_phases(bundle) -> dict[str, float]:
    spent: dict[str, float] = {}
    for name, (module, attr) in PHASES.items():
        owner = getattr(bundle, module) if module else bundle
        real = getattr(owner, attr, None)
        if real is None:
            continue

        def timed(*a, _real=real, _name=name, **k):
            start = time.perf_counter()
            try:
                return _real(*a, **k)
            finally:
                spent[_name] = spent.get(_name, 0.0) + time.perf_counter() - start

        setattr(owner, attr, timed)
    return spent


def peak_rss_kib() -> int:
    """This process's peak RSS. VmHWM starts afresh at exec; ru_maxrss may not (Linux
    carries the forking parent's size over), which matters when the parent is large."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_child(mode: str, article_dir: Path, out_dir: Path, jobs: int | None,
              webp_method: int | None = None) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, str(article_dir), str(out_dir)]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    if webp_method is not None:
        cmd += ["--webp-method", str(webp_method)]
    wall = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - wall
    if proc.returncode != 0:
        sys.exit(f"{mode} export failed:\n{proc.stderr}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_wall"] = wall
    return result


def timed_process(cmd: list[str], env: dict[str, str],
                  cwd: Path | None = None) -> tuple[float, float, str]:
    """(wall s, CPU s of the process, its stderr); exits when the command fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            cwd=cwd)
    err = proc.stderr.read() if proc.stderr else b""
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, err.decode("utf-8", "replace")


def command_line(article_dir: Path, out_dir: Path, tmp: Path, rounds: int,
                 compare: Path | None = None) -> None:
    """The user's view: new processes, interleaved, medians of wall and CPU time.
    ``compare``: another checkout whose ``python -m editor export`` runs in the same rounds
    (into its own export folder)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    newsdesk = [sys.executable, "-m", "editor"]
    export = [*newsdesk, "export", str(article_dir), "--out", str(out_dir)]
    runs = {"python -c pass": [sys.executable, "-c", "pass"],
            "newsdesk --version": [*newsdesk, "--version"],
            "export, up to date": export,
            "export --force": [*export, "--force"]}
    where: dict[str, Path | None] = dict.fromkeys(runs)
    if compare is not None:
        runs["other checkout: export"] = [*newsdesk, "export", str(article_dir), "--out",
                                          str(tmp / "out-compare")]
        where["other checkout: export"] = compare  # python -m editor imports from there
    for name, cmd in runs.items():  # compile and cache the bytecode; leave a stamp behind
        timed_process(cmd, env, where[name])
    _wall, _cpu, err = timed_process(export, env)
    if "up to date" not in err:
        sys.exit(f"the export was not up to date:\n{err}")
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    missed = 0
    for _ in range(rounds):
        for name, cmd in runs.items():
            wall, cpu, err = timed_process(cmd, env, where[name])
            if name == "export, up to date" and "up to date" not in err:
                missed += 1  # Newsdesk's code changed meanwhile (a checkout being edited)
                continue
            times[name].append((wall, cpu))
    print(f"command line, new process each ({rounds} rounds, interleaved; median wall / "
          "median CPU):")
    if missed:
        print(f"  ({missed} up-to-date runs were full exports and are left out: the code "
              "or the article changed during the run)")
    for name, values in times.items():
        if not values:
            continue
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        goal = "   goal <= 0.20 s (Hugo's warm rebuild)" if name == "export, up to date" else ""
        print(f"  {name:<22}{wall:>7.3f} s {cpu:>7.3f} s CPU{goal}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the temporary workspace")
    parser.add_argument("--workspace", type=Path, metavar="DIR",
                        help="generate the photos here once and reuse them on later runs")
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--rounds", type=int, default=7,
                        help="rounds of the command line measurement (0: skip it)")
    parser.add_argument("--compare", type=Path, metavar="CHECKOUT",
                        help="also time another checkout's command line export (warm)")
    parser.add_argument("--webp-method", type=int, default=None,
                        help="libwebp method for this run (default: the export's)")
    parser.add_argument("--only-cold", action="store_true",
                        help="only the cold export (to compare --webp-method values)")
    parser.add_argument("--only-command-line", action="store_true",
                        help="only the command line rounds (keeps the cache; with --workspace "
                        "after one full run, the first export there is warm)")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "ARTICLE", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, args.jobs, args.webp_method)
        return

    tmp = args.workspace or Path(tempfile.mkdtemp(prefix="newsdesk-bench-"))
    try:
        t = time.perf_counter()
        existing = sorted(tmp.glob("ws/articles/*/article.md"))
        if args.workspace and existing:
            article_dir = existing[0].parent
        else:
            article_dir = build_workspace(tmp, args.photos)
        files = list((article_dir / "photos").iterdir())
        mb = sum(p.stat().st_size for p in files) / 1048576
        print(f"{len(files)} photos of {SIZE[0]}x{SIZE[1]} ({mb:.0f} MiB) ready in "
              f"{time.perf_counter() - t:.1f} s (generated or found; not counted)")
        cache = article_dir.parent.parent / ".newsdesk" / "cache"
        if args.only_command_line:
            command_line(article_dir, tmp / "out", tmp, args.rounds or 7,
                         args.compare.resolve() if args.compare else None)
            return
        shutil.rmtree(cache, ignore_errors=True)
        cold = run_child("cold", article_dir, tmp / "out", args.jobs, args.webp_method)
        if args.only_cold:
            print(f"cold export:  {cold['seconds']:.2f} s, {cold['cpu']:.1f} s CPU"
                  f"{'' if args.webp_method is None else f' (webp method {args.webp_method})'}")
            return
        warm = run_child("warm", article_dir, tmp / "out", args.jobs)
        print(f"cold export:  {cold['seconds']:.2f} s, {cold['cpu']:.1f} s CPU  (process "
              f"incl. start-up {cold['process_wall']:.2f} s)   goal <= 7 s")
        print(f"warm export:  {warm['seconds']:.3f} s, {warm['cpu']:.2f} s CPU  (process "
              f"incl. start-up {warm['process_wall']:.2f} s)   goal <= 0.5 s")
        for label, result in (("cold", cold), ("warm", warm)):
            print(f"  {label} phases: " + ", ".join(
                f"{k} {v:.3f} s" for k, v in result.get("phases", {}).items()))
        print(f"peak RSS of the cold export's process: {cold['peak_mib']:.0f} MiB   "
              "goal <= 250 MiB")
        if args.rounds:
            command_line(article_dir, tmp / "out", tmp, args.rounds,
                         args.compare.resolve() if args.compare else None)
        if not args.skip_naive:
            naive_out = tmp / "naive-out"
            shutil.rmtree(cache, ignore_errors=True)
            naive = run_child("naive", article_dir, naive_out, None)
            print(f"naive export: {naive['seconds']:.2f} s, {naive['cpu']:.1f} s CPU -> fast "
                  f"path is {naive['cpu'] / cold['cpu']:.1f}x less CPU, "
                  f"{naive['seconds'] / cold['seconds']:.1f}x faster   goal >= 2.5x")
        print(f"(load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())}; "
              "other processes on the machine slow the wall times)")
    finally:
        if args.keep or args.workspace:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
