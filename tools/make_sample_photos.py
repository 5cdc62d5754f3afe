"""Draw the sample workspace's photos with Pillow and embed their credits with pyexiv2.

The pictures are stylised drawings made for this project (no third-party images). The credits
written into IPTC, XMP and EXIF are the same as in the article's front matter, so attaching one
of these files elsewhere shows how credits are prefilled from a photo.

Run from the repository root:  .venv/bin/python tools/make_sample_photos.py
The output is deterministic (fixed random seeds), so re-running changes nothing.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

import pyexiv2
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

REPO = Path(__file__).resolve().parent.parent
PHOTO_DIR = (
    REPO / "resources" / "sample-workspace" / "articles"
    / "stadtbibliothek-oeffnet-nach-der-sanierung-wieder" / "photos"
)
WIDTH, HEIGHT = 1600, 1067
QUALITY = 85
MAX_BYTES = 250_000

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Credits:
    caption: str
    alt: str
    creator: str
    credit: str
    copyright: str
    license: str
    web_statement: str


CREATOR = "Lena Hoffmann"
CREDIT = "Stadt Beispielhausen / Lena Hoffmann"
COPYRIGHT = "© 2026 Stadt Beispielhausen"
LICENSE = "Frei für die Berichterstattung über die Stadtbibliothek, nur mit Bildnachweis"
WEB_STATEMENT = "https://www.beispielhausen.example.org/presse/bildrechte"

PHOTOS: dict[str, Credits] = {
    "fassade.jpg": Credits(
        caption="Die sanierte Fassade der Stadtbibliothek am Marktplatz",
        alt="Helle Sandsteinfassade mit hohen Fenstern und Eingangstreppe, davor zwei Bäume",
        creator=CREATOR, credit=CREDIT, copyright=COPYRIGHT, license=LICENSE,
        web_statement=WEB_STATEMENT,
    ),
    "lesesaal.jpg": Credits(
        caption="Mehr Licht, mehr Platz: der neue Lesesaal im ersten Obergeschoss",
        alt="Lesesaal mit vollen Bücherregalen, langen Holztischen und Leselampen",
        creator=CREATOR, credit=CREDIT, copyright=COPYRIGHT, license=LICENSE,
        web_statement=WEB_STATEMENT,
    ),
}


# --- drawing helpers -------------------------------------------------------------------------

def mix(a: RGB, b: RGB, t: float) -> RGB:
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return (r, g, bl)


def vertical_gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    # A 1-px-wide strip scaled up is much faster than drawing line by line.
    w, h = size
    strip = Image.new("RGB", (1, h))
    for y in range(h):
        t = y / max(h - 1, 1)
        strip.putpixel((0, y), mix(top, bottom, t))
    return strip.resize((w, h))


def texture(img: Image.Image, rng: random.Random, percent: int, grain: int) -> Image.Image:
    """Faint mottling so flat areas look like surfaces, not vector art.

    Noise drawn at 1/grain of the size and scaled up stays soft, which keeps the JPEG small;
    fine per-pixel grain would double the file size. Seeded, so output is reproducible.
    """
    w, h = img.width // grain, img.height // grain
    noise = Image.frombytes("L", (w, h), rng.randbytes(w * h)).resize(img.size, Image.BICUBIC)
    noise = noise.point(lambda v: max(0, min(255, 128 + (v - 128) * percent // 100)))
    return ImageChops.add(img, Image.merge("RGB", (noise, noise, noise)), offset=-128)


def tree(draw: ImageDraw.ImageDraw, rng: random.Random, x: int, ground: int, h: int) -> None:
    trunk_w = h // 14
    draw.rectangle((x - trunk_w // 2, ground - h // 2, x + trunk_w // 2, ground), fill=(92, 68, 48))
    greens = [(58, 112, 52), (74, 132, 60), (46, 96, 44), (92, 148, 70)]
    for _ in range(70):
        dx = rng.gauss(0, h * 0.2)
        dy = rng.gauss(-h * 0.66, h * 0.15)
        r = rng.randint(h // 14, h // 7)
        cx, cy = x + dx, ground + dy
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=rng.choice(greens))


def window(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], frame: RGB,
           glass_top: RGB, glass_bottom: RGB, arched: bool = False) -> None:
    x0, y0, x1, y1 = box
    draw.rectangle((x0 - 8, y0 - 8, x1 + 8, y1 + 12), fill=frame)
    if arched:
        r = (x1 - x0) // 2
        draw.pieslice((x0, y0, x1, y0 + 2 * r), 180, 360, fill=glass_top)
        y0 += r
    steps = 12
    for i in range(steps):
        t = i / (steps - 1)
        c = mix(glass_top, glass_bottom, t)
        ya = y0 + (y1 - y0) * i // steps
        yb = y0 + (y1 - y0) * (i + 1) // steps
        draw.rectangle((x0, ya, x1, yb), fill=c)
    mid = (x0 + x1) // 2
    draw.line((mid, box[1], mid, y1), fill=frame, width=5)
    draw.line((x0, (y0 + y1) // 2, x1, (y0 + y1) // 2), fill=frame, width=5)


# --- the two pictures ------------------------------------------------------------------------

def draw_facade(rng: random.Random) -> Image.Image:
    img = vertical_gradient((WIDTH, HEIGHT), (96, 150, 214), (206, 226, 240))
    d = ImageDraw.Draw(img)
    # a few soft clouds
    clouds = Image.new("L", img.size, 0)
    cd = ImageDraw.Draw(clouds)
    for _ in range(6):
        cx, cy = rng.randint(0, WIDTH), rng.randint(30, 200)
        for _ in range(8):
            r = rng.randint(30, 70)
            ox, oy = rng.randint(-110, 110), rng.randint(-20, 20)
            cd.ellipse((cx + ox - r, cy + oy - r // 2, cx + ox + r, cy + oy + r // 2), fill=170)
    clouds = clouds.filter(ImageFilter.GaussianBlur(18))
    img.paste((250, 250, 252), mask=clouds)
    d = ImageDraw.Draw(img)

    ground = 900
    # neighbouring houses in perspective-free side view
    d.rectangle((0, 330, 230, ground), fill=(196, 170, 150))
    d.polygon(((0, 330), (115, 230), (230, 330)), fill=(150, 70, 56))
    d.rectangle((1380, 300, WIDTH, ground), fill=(214, 200, 176))
    d.polygon(((1380, 300), (1490, 210), (WIDTH, 300)), fill=(128, 64, 54))
    for x in (40, 140):
        for y in (400, 560, 720):
            window(d, (x, y, x + 55, y + 90), (232, 226, 214), (70, 90, 110), (120, 140, 160))
    for x in (1420, 1520):
        for y in (380, 540, 700):
            window(d, (x, y, x + 55, y + 90), (238, 234, 224), (70, 90, 110), (120, 140, 160))

    # the library: sandstone block with cornice, pediment and tall windows
    left, right, top = 260, 1350, 250
    facade = vertical_gradient((right - left, ground - top), (232, 210, 170), (204, 178, 138))
    img.paste(facade, (left, top))
    d = ImageDraw.Draw(img)
    for y in range(top + 40, ground, 46):  # ashlar courses
        d.line((left, y, right, y), fill=(190, 164, 126), width=2)
    d.rectangle((left - 20, top - 30, right + 20, top), fill=(214, 190, 150))
    d.polygon(((640, top - 30), (805, top - 150), (970, top - 30)), fill=(222, 198, 158))
    d.polygon(((680, top - 40), (805, top - 125), (930, top - 40)), fill=(200, 174, 134))
    d.ellipse((775, top - 110, 835, top - 50), fill=(246, 238, 220), outline=(120, 100, 80),
              width=4)
    d.line((805, top - 80, 805, top - 100), fill=(60, 50, 40), width=4)
    d.line((805, top - 80, 820, top - 76), fill=(60, 50, 40), width=4)
    for x in range(left + 70, right - 60, 150):
        if 700 < x < 880:
            continue
        window(d, (x, 300, x + 80, 470), (244, 236, 218), (60, 84, 112), (150, 176, 196),
               arched=True)
        window(d, (x, 560, x + 80, 730), (244, 236, 218), (70, 94, 120), (160, 186, 204))
    # portal with steps and lettering
    d.rectangle((700, 520, 910, ground - 60), fill=(176, 150, 112))
    d.pieslice((700, 440, 910, 600), 180, 360, fill=(176, 150, 112))
    d.rectangle((730, 540, 880, ground - 60), fill=(58, 66, 74))
    d.pieslice((730, 470, 880, 610), 180, 360, fill=(58, 66, 74))
    d.line((805, 540, 805, ground - 60), fill=(150, 160, 168), width=4)
    for i in range(4):
        d.rectangle((660 - i * 15, ground - 60 + i * 15, 950 + i * 15, ground - 45 + i * 15),
                    fill=(200 - i * 8, 192 - i * 8, 180 - i * 8))
    font = ImageFont.load_default(size=30)
    d.text((805, 271), "STADTBIBLIOTHEK", font=font, anchor="mm", fill=(92, 72, 52))

    # pavement, bicycle stands, trees
    pave = vertical_gradient((WIDTH, HEIGHT - ground), (168, 164, 158), (128, 124, 120))
    img.paste(pave, (0, ground))
    d = ImageDraw.Draw(img)
    for y in range(ground + 20, HEIGHT, 34):
        d.line((0, y, WIDTH, y), fill=(150, 146, 140), width=2)
    for x in range(-200, WIDTH + 200, 90):
        d.line((x, ground, x - 160, HEIGHT), fill=(150, 146, 140), width=2)
    for x in range(1030, 1300, 60):
        d.arc((x, ground - 10, x + 44, ground + 70), 180, 360, fill=(70, 74, 80), width=6)
    tree(d, rng, 170, ground + 40, 560)
    tree(d, rng, 1440, ground + 50, 600)
    img = img.filter(ImageFilter.GaussianBlur(0.8))  # soften drawn edges like a lens
    return texture(img, rng, percent=5, grain=6)


def draw_reading_room(rng: random.Random) -> Image.Image:
    img = vertical_gradient((WIDTH, HEIGHT), (236, 228, 214), (212, 200, 182))
    d = ImageDraw.Draw(img)
    floor = 760
    # tall windows letting in daylight at the back
    for x in (560, 880):
        window(d, (x, 110, x + 170, 520), (250, 248, 242), (210, 228, 244), (240, 246, 250))
    # bookshelves left and right, filled with spines of varied colours and heights
    spines: list[RGB] = [(140, 40, 44), (36, 72, 120), (52, 110, 78), (200, 156, 60),
                         (96, 64, 110), (220, 214, 200), (60, 60, 64), (176, 92, 48)]
    for x0, x1 in ((30, 500), (1100, 1570)):
        d.rectangle((x0 - 14, 80, x1 + 14, floor), fill=(120, 84, 54))
        for shelf_top in range(110, floor - 60, 128):
            bottom = shelf_top + 110
            d.rectangle((x0, shelf_top, x1, bottom), fill=(74, 52, 36))
            x = x0 + 4
            while x < x1 - 10:
                w = rng.randint(12, 26)
                h = rng.randint(70, 104)
                if rng.random() < 0.06:  # a gap or a leaning book now and then
                    x += w
                    continue
                d.rectangle((x, bottom - h, min(x + w, x1 - 2), bottom), fill=rng.choice(spines))
                d.line((x + 3, bottom - h + 12, min(x + w, x1 - 2) - 3, bottom - h + 12),
                       fill=(236, 220, 170), width=2)
                x += w + 1
            d.rectangle((x0 - 14, bottom, x1 + 14, bottom + 16), fill=(138, 98, 64))
    # wooden floor
    boards = vertical_gradient((WIDTH, HEIGHT - floor), (176, 130, 86), (140, 98, 62))
    img.paste(boards, (0, floor))
    d = ImageDraw.Draw(img)
    for i in range(-12, 13):
        d.line((800 + i * 30, floor, 800 + i * 160, HEIGHT), fill=(126, 88, 56), width=2)
    # daylight pool on the floor
    light = Image.new("L", img.size, 0)
    ImageDraw.Draw(light).polygon(((560, floor), (1050, floor), (1250, HEIGHT), (380, HEIGHT)),
                                  fill=70)
    img.paste((255, 244, 214), mask=light.filter(ImageFilter.GaussianBlur(40)))
    d = ImageDraw.Draw(img)
    # two long tables with reading lamps and chairs
    for ty, scale in ((800, 1.0), (920, 1.25)):
        tw = int(620 * scale)
        tx = WIDTH // 2 - tw // 2
        th = int(22 * scale)
        d.rectangle((tx, ty, tx + tw, ty + th), fill=(110, 72, 44))
        d.rectangle((tx + 20, ty + th, tx + 36, ty + int(120 * scale)), fill=(90, 58, 36))
        d.rectangle((tx + tw - 36, ty + th, tx + tw - 20, ty + int(120 * scale)),
                    fill=(90, 58, 36))
        for lx in (tx + tw // 4, tx + 3 * tw // 4):
            d.line((lx, ty, lx, ty - int(70 * scale)), fill=(40, 60, 44), width=int(5 * scale))
            d.chord((lx - int(34 * scale), ty - int(100 * scale), lx + int(34 * scale),
                     ty - int(40 * scale)), 180, 360, fill=(36, 96, 62))
            glow = Image.new("L", img.size, 0)
            ImageDraw.Draw(glow).ellipse((lx - 90, ty - 60, lx + 90, ty + 20), fill=90)
            img.paste((255, 236, 180), mask=glow.filter(ImageFilter.GaussianBlur(25)))
            d = ImageDraw.Draw(img)
        for cx in range(tx + 60, tx + tw - 40, int(150 * scale)):
            d.rectangle((cx, ty + th + 6, cx + int(60 * scale), ty + th + int(18 * scale)),
                        fill=(60, 80, 96))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return texture(img, rng, percent=5, grain=6)


# --- metadata --------------------------------------------------------------------------------

def embed_credits(path: Path, c: Credits) -> None:
    """Write the credits where photo software looks for them (IPTC IIM, XMP and EXIF)."""
    with pyexiv2.Image(str(path)) as image:
        image.modify_exif({
            "Exif.Image.ImageDescription": c.caption,
            "Exif.Image.Artist": c.creator,
            "Exif.Image.Copyright": c.copyright,
        })
        image.modify_iptc({
            "Iptc.Envelope.CharacterSet": "\x1b%G",  # declares UTF-8 for IIM readers
            "Iptc.Application2.Caption": c.caption,
            "Iptc.Application2.Byline": [c.creator],
            "Iptc.Application2.Credit": c.credit,
            "Iptc.Application2.Copyright": c.copyright,
        })
        image.modify_xmp({
            "Xmp.dc.description": {'lang="x-default"': c.caption},
            "Xmp.dc.creator": [c.creator],
            "Xmp.dc.rights": {'lang="x-default"': c.copyright},
            "Xmp.photoshop.Credit": c.credit,
            "Xmp.xmpRights.UsageTerms": {'lang="x-default"': c.license},
            "Xmp.xmpRights.WebStatement": c.web_statement,
            "Xmp.xmpRights.Marked": "True",
            "Xmp.iptc.AltTextAccessibility": {'lang="x-default"': c.alt},
        })


def main() -> int:
    PHOTO_DIR.mkdir(parents=True, exist_ok=True)
    drawings = {"fassade.jpg": (draw_facade, 2026), "lesesaal.jpg": (draw_reading_room, 1871)}
    for name, (draw, seed) in drawings.items():
        path = PHOTO_DIR / name
        draw(random.Random(seed)).save(path, "JPEG", quality=QUALITY, optimize=True,
                                       progressive=True)
        embed_credits(path, PHOTOS[name])
        size = path.stat().st_size
        print(f"{path.relative_to(REPO)}: {size // 1024} KB")
        if size > MAX_BYTES:
            print(f"  too large (limit {MAX_BYTES // 1000} KB)", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
