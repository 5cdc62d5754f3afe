"""Photo benchmark: attach 50 generated 24-megapixel photos through the photo panel.

    .venv/bin/python bench/photos.py [--count 50] [--keep DIR]

Measures, with the panel shown (offscreen):
  * metadata read time per photo (read_photo_meta: XMP + IIM + EXIF, no pixel decode),
  * attaching through PhotoPanel.attach_paths (dialog accepted as prefilled),
  * thumbnails made in the background, cold and then from the disk cache,
  * the longest GUI-thread stall (a 5 ms QTimer heartbeat) and the peak RSS.
The photos are generated in a separate process first so their encoding does not count
towards this process's memory.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Import only from the checkout and the standard library, never from bench/ itself.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import io  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SIZE = (6000, 4000)  # 24 megapixels


def generate(folder: Path, count: int) -> None:
    """One 24-MP JPEG encoded once; each copy gets its own credits (so its own hash)."""
    from PIL import Image

    from tests.model.test_photometa import _app13, exif_block, iim_block, xmp_packet

    folder.mkdir(parents=True, exist_ok=True)
    gradient = Image.linear_gradient("L").resize(SIZE)
    noise = Image.effect_noise(SIZE, 40)
    mirrored = gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    base = Image.merge("RGB", (gradient, noise, mirrored))
    buf = io.BytesIO()
    base.save(buf, "JPEG", quality=88)
    data = buf.getvalue()
    for i in range(count):
        name = f"Rathausplatz Übergabe {i:02d}"
        xmp = xmp_packet(creator=f"Jürgen Müller {i}", credit="Stadt Beispielhausen",
                         rights="© Stadt Beispielhausen", description=name,
                         alt=f"Bürgermeisterin überreicht Urkunde Nr. {i}")
        xmp_seg = b"http://ns.adobe.com/xap/1.0/\x00" + xmp
        app1 = b"\xff\xe1" + (len(xmp_seg) + 2).to_bytes(2, "big") + xmp_seg
        exif = exif_block(artist=f"Jürgen Müller {i}", copyright="© Stadt")
        exif_seg = b"Exif\x00\x00" + exif
        app1_exif = b"\xff\xe1" + (len(exif_seg) + 2).to_bytes(2, "big") + exif_seg
        app13 = _app13(iim_block({(2, 80): f"Jürgen Müller {i}".encode("latin-1")}))
        (folder / f"{name}.jpg").write_bytes(data[:2] + app1_exif + app1 + app13 + data[2:])


def rss_kib(field: str = "VmRSS") -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def measure(photos: list[Path], root: Path) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from editor.gui.photos import attach as attach_mod
    from editor.gui.photos.panel import PhotoPanel
    from editor.model.photometa import read_photo_meta
    from editor.model.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    ws = Workspace.init(root)
    article = ws.create_article("Benchmark")

    times = []
    for path in photos:
        start = time.perf_counter()
        read_photo_meta(path)
        times.append((time.perf_counter() - start) * 1000)

    attach_mod.run_dialog = lambda d: d.buttons.button(  # accept as prefilled
        QDialogButtonBox.StandardButton.Ok).isEnabled()
    panel = PhotoPanel()
    panel.resize(360, 800)
    panel.show()
    panel.set_article(article, ws.config, ws.root)

    stall = {"max": 0.0, "over": 0}
    clock = QElapsedTimer()

    def beat() -> None:
        if clock.isValid():
            gap = clock.nsecsElapsed() / 1e6 - 5
            stall["max"] = max(stall["max"], gap)
            stall["over"] += gap > 50
        clock.restart()

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    heartbeat.start()

    def spin_until(done, timeout_s: float = 600) -> float:
        start = time.perf_counter()
        while not done() and time.perf_counter() - start < timeout_s:
            app.processEvents()
            time.sleep(0.002)
        return time.perf_counter() - start

    spin_until(lambda: False, 0.5)  # first paint of the panel is not part of attaching
    stall["max"] = 0.0
    clock.restart()
    start = time.perf_counter()
    QTimer.singleShot(0, lambda: panel.attach_paths(photos))
    spin_until(lambda: panel.article() is not None and len(panel.article().photos) == len(photos))
    attach_s = time.perf_counter() - start
    attach_stall = stall["max"]
    thumbs_s = spin_until(lambda: not panel.loader.busy())
    cold_stall, cold_over = stall["max"], stall["over"]

    # Warm: forget the thumbnails in memory; they come back from the disk cache.
    panel.loader._memory.clear()
    stall["max"] = 0.0
    clock.restart()
    start = time.perf_counter()
    panel.set_article(panel.article(), ws.config, ws.root)
    spin_until(lambda: not panel.loader.busy())
    warm_s = time.perf_counter() - start
    heartbeat.stop()
    return {
        "meta_median_ms": statistics.median(times),
        "meta_max_ms": max(times),
        "meta_first_ms": times[0],
        "meta_p95_ms": sorted(times)[int(len(times) * 0.95) - 1],
        "attach_s": attach_s,
        "thumbs_cold_s": thumbs_s,
        "thumbs_warm_s": warm_s,
        "stall_cold_ms": cold_stall,
        "stall_attach_ms": attach_stall,
        "stalls_over_50": cold_over,
        "stall_warm_ms": stall["max"],
        # VmHWM: the process's peak RSS (reading it in the heartbeat would itself stall).
        "peak_rss_mib": rss_kib("VmHWM") / 1024,
        "file_mb": photos[0].stat().st_size / 1e6,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="keep generated photos and workspace here")
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(args.generate, args.count)
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = args.keep or Path(tempfile.mkdtemp(prefix="newsdesk-bench-photos-"))
    photo_dir = base / "photos"
    start = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--generate", str(photo_dir),
                    "--count", str(args.count)], check=True)
    print(f"generated {args.count} photos of {SIZE[0]}x{SIZE[1]} "
          f"in {time.perf_counter() - start:.1f} s")
    try:
        result = measure(sorted(photo_dir.glob("*.jpg")), base / "ws")
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    print(f"file size                 {result['file_mb']:.1f} MB each")
    print(f"metadata read             median {result['meta_median_ms']:.2f} ms, "
          f"p95 {result['meta_p95_ms']:.2f} ms, max {result['meta_max_ms']:.2f} ms "
          f"(first {result['meta_first_ms']:.2f} ms) per photo   (goal <= 10 ms)")
    print(f"attach {args.count} (read+copy)     {result['attach_s']:.2f} s")
    print(f"thumbnails, cold          {result['thumbs_cold_s']:.2f} s after attaching")
    print(f"thumbnails, from cache    {result['thumbs_warm_s']:.2f} s")
    print(f"GUI stall, cold           {result['stall_cold_ms']:.1f} ms   (goal <= 50 ms); "
          f"while attaching {result['stall_attach_ms']:.1f} ms; "
          f"{result['stalls_over_50']:.0f} beats late by > 50 ms")
    print(f"GUI stall, from cache     {result['stall_warm_ms']:.1f} ms")
    print(f"peak RSS                  {result['peak_rss_mib']:.0f} MiB   (goal <= 300 MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
