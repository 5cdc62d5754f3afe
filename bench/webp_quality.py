"""WebP (and AVIF) quality per byte: encoder settings against a Hugo-like reference.

    .venv/bin/python bench/webp_quality.py [--width 2400] [--generated 2] [--avif]
        [--qualities 72-78] [--methods 2-6]

Run it for each width the export makes (2400, 1600, 960, 480): the methods do not rank
the same at every width. A quality step of 1 makes the equal-size comparison exact enough
(qualities 75 -> 80 grow the files by half).

For the sample workspace's photos and generated 24 MP photos (bench/export.py's), each
scaled to --width with the export's resampling, every setting is encoded once and
compared with the scaled image (before encoding): file size, PSNR over RGB, SSIM over
luma (8x8 blocks, uniform window) and encode CPU time. A second table compares the
methods at equal size: PSNR and SSIM interpolated (over log size) at the reference's
size. No numpy: Pillow's ImageChops histograms (PSNR) and box-resized float images
(SSIM) do the arithmetic.

The reference is Hugo's WebP: libwebp at quality 75 with the default method (4), which
is what Hugo's `quality = 75` gives (Hugo's "photo" hint tunes libwebp's filters; Pillow
cannot set a hint, so the reference is the untuned encoder at Hugo's quality and method).
A setting qualifies when, summed over the photos, it is no larger than the reference and
its mean PSNR and SSIM are at least the reference's; the fastest that qualifies wins.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import math
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[0:1] = [str(REPO)]

from PIL import Image, ImageChops, ImageMath  # noqa: E402

REFERENCE = ("webp", 75, 4)
WEBP = [(q, m) for m in (0, 2, 3, 4, 5, 6) for q in (70, 75, 80, 82, 85)]
AVIF = [(q, s) for s in (6, 8) for q in (40, 45, 50, 55, 60, 65, 70)]
C1, C2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2


@dataclass
class Score:
    size: int
    psnr: float
    ssim: float
    seconds: float


def psnr(a: Image.Image, b: Image.Image) -> float:
    hist = ImageChops.difference(a, b).histogram()  # 256 bins per channel
    squared = sum(count * (i % 256) ** 2 for i, count in enumerate(hist))
    mse = squared / (a.width * a.height * len(a.getbands()))
    return 99.0 if mse == 0 else 10 * math.log10(255 ** 2 / mse)


def ssim(a: Image.Image, b: Image.Image, block: int = 8) -> float:
    x = a.convert("L").convert("F")
    y = b.convert("L").convert("F")
    size = (max(1, x.width // block), max(1, x.height // block))

    def mean(im: Image.Image) -> Image.Image:
        return im.resize(size, Image.Resampling.BOX)

    def product(p: Image.Image, q: Image.Image) -> Image.Image:
        return ImageMath.lambda_eval(lambda v: v["p"] * v["q"], p=p, q=q)

    mx, my = mean(x), mean(y)
    mxx, myy, mxy = mean(product(x, x)), mean(product(y, y)), mean(product(x, y))
    index = ImageMath.lambda_eval(
        lambda v: ((2 * v["mx"] * v["my"] + C1) * (2 * (v["mxy"] - v["mx"] * v["my"]) + C2))
        / ((v["mx"] * v["mx"] + v["my"] * v["my"] + C1)
           * (v["mxx"] - v["mx"] * v["mx"] + v["myy"] - v["my"] * v["my"] + C2)),
        mx=mx, my=my, mxx=mxx, myy=myy, mxy=mxy)
    values = index.get_flattened_data()
    return sum(values) / len(values)


def encode(im: Image.Image, fmt: str, quality: int, effort: int) -> tuple[bytes, float]:
    buf = io.BytesIO()
    start = time.process_time()  # CPU time: other load on the machine matters less
    if fmt == "webp":
        im.save(buf, "WEBP", quality=quality, method=effort)
    else:
        im.save(buf, "AVIF", quality=quality, speed=effort, max_threads=1)
    return buf.getvalue(), time.process_time() - start


def score(im: Image.Image, fmt: str, quality: int, effort: int) -> Score:
    data, seconds = encode(im, fmt, quality, effort)
    with Image.open(io.BytesIO(data)) as decoded:
        back = decoded.convert("RGB")
    return Score(len(data), psnr(im, back), ssim(im, back), seconds)


def scaled(path: Path, width: int) -> Image.Image:
    from editor.publish import images

    with Image.open(path) as im:
        turn = images.orientation(im)
        im.draft("RGB", (width, width))
        im = im.convert("RGB")
        if turn in images._TRANSPOSE:
            im = im.transpose(images._TRANSPOSE[turn])
        if im.width > width:
            im = im.resize((width, round(im.height * width / im.width)), images.RESAMPLE)
        return im


def photos(generated: int, folder: Path) -> list[Path]:
    from editor import resources

    found = sorted(resources.path("sample-workspace").glob("articles/*/photos/*.jpg"))
    spec = importlib.util.spec_from_file_location("bench_export", REPO / "bench" / "export.py")
    assert spec and spec.loader
    export = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(export)
    for seed in range(1, generated + 1):  # seed 0 is the sideways one; all are alike
        path = folder / f"generated-{seed}.jpg"
        export.make_photo(seed, path)
        found.append(path)
    return found


def _numbers(text: str) -> list[int]:
    """'70-75,80' -> [70, 71, 72, 73, 74, 75, 80]"""
    out: list[int] = []
    for part in text.split(","):
        low, _, high = part.partition("-")
        out += range(int(low), int(high or low) + 1)
    return sorted(set(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=2400)
    parser.add_argument("--generated", type=int, default=2)
    parser.add_argument("--avif", action="store_true", help="AVIF settings as well")
    parser.add_argument("--qualities", type=_numbers, metavar="LIST",
                        help="WebP qualities to try, e.g. 70-80 or 72,75,78 (default: "
                        f"{','.join(map(str, sorted({q for q, _m in WEBP})))})")
    parser.add_argument("--methods", type=_numbers, metavar="LIST",
                        help="WebP methods to try, e.g. 2,4-6 (default: all of 0, 2-6)")
    args = parser.parse_args()
    if args.qualities or args.methods:
        WEBP[:] = [(q, m) for m in (args.methods or sorted({m for _q, m in WEBP}))
                   for q in (args.qualities or sorted({q for q, _m in WEBP}))]
        if REFERENCE[1:] not in WEBP:
            WEBP.append(REFERENCE[1:])
    with tempfile.TemporaryDirectory(prefix="newsdesk-webp-") as tmp:
        sources = [scaled(p, args.width) for p in photos(args.generated, Path(tmp))]
    print(f"{len(sources)} photos at {args.width} px wide "
          f"({', '.join(f'{s.width}x{s.height}' for s in sources)})")
    settings = [("webp", q, m) for q, m in WEBP]
    if args.avif:
        settings += [("avif", q, s) for q, s in AVIF]
    rows = {}
    for setting in settings:
        scores = [score(im, *setting) for im in sources]
        rows[setting] = Score(sum(s.size for s in scores),
                              sum(s.psnr for s in scores) / len(scores),
                              sum(s.ssim for s in scores) / len(scores),
                              sum(s.seconds for s in scores))
    ref = rows[REFERENCE]
    print(f"{'setting':<16}{'bytes':>10}{'vs ref':>8}{'PSNR dB':>9}{'SSIM':>8}"
          f"{'CPU s':>8}  qualifies")
    for (fmt, q, e), r in rows.items():
        ok = r.size <= ref.size and r.psnr >= ref.psnr and r.ssim >= ref.ssim
        name = f"{fmt} q{q} {'m' if fmt == 'webp' else 's'}{e}"
        mark = "reference" if (fmt, q, e) == REFERENCE else ("yes" if ok else "")
        print(f"{name:<16}{r.size:>10}{(r.size / ref.size - 1) * 100:>+7.0f}%{r.psnr:>9.2f}"
              f"{r.ssim:>8.4f}{r.seconds:>8.2f}  {mark}")
    print(f"at the reference's size ({ref.size} bytes), interpolated between qualities:")
    for fmt, efforts in (("webp", sorted({m for _q, m in WEBP})),
                         ("avif", sorted({e for _q, e in AVIF}) if args.avif else [])):
        for effort in efforts:
            line = sorted((r.size, r) for (f, _q, e), r in rows.items()
                          if f == fmt and e == effort)
            below = [r for size, r in line if size <= ref.size]
            above = [r for size, r in line if size > ref.size]
            if not below or not above:
                print(f"  {fmt} {'m' if fmt == 'webp' else 's'}{effort}: reference size "
                      "not bracketed by the qualities tried")
                continue
            lo, hi = below[-1], above[0]
            t = (math.log(ref.size) - math.log(lo.size)) / (math.log(hi.size) - math.log(lo.size))
            at_psnr = lo.psnr + t * (hi.psnr - lo.psnr)
            at_ssim = lo.ssim + t * (hi.ssim - lo.ssim)
            cpu = lo.seconds + t * (hi.seconds - lo.seconds)
            print(f"  {fmt} {'m' if fmt == 'webp' else 's'}{effort}: PSNR {at_psnr:.2f} dB "
                  f"({at_psnr - ref.psnr:+.2f}), SSIM {at_ssim:.4f} ({at_ssim - ref.ssim:+.4f}), "
                  f"CPU {cpu:.2f} s")
    qualifying = [(r.seconds, s) for s, r in rows.items() if s[0] == "webp" and s != REFERENCE
                  and rows[s].size <= ref.size and rows[s].psnr >= ref.psnr
                  and rows[s].ssim >= ref.ssim]
    if qualifying:
        best = min(qualifying)[1]
        print(f"fastest WebP setting at least as good per byte as the reference: "
              f"quality {best[1]}, method {best[2]}")


if __name__ == "__main__":
    main()
