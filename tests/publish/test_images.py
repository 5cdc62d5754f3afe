"""Image derivatives: sizes, orientation, colour, stripping, embedded credits, errors."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pyexiv2
import pytest
from PIL import Image, IptcImagePlugin

from editor.model.article import Article
from editor.publish import derivatives, images, metadata
from editor.publish.derivatives import PhotoErrors, build_derivatives
from editor.publish.images import ImageError

from .conftest import UMLAUT_CREDITS, make_article, make_photo, small_config

ALLOWED_XMP = {
    "Xmp.dc.creator", "Xmp.photoshop.Credit", "Xmp.dc.rights", "Xmp.xmpRights.UsageTerms",
    "Xmp.xmpRights.WebStatement", "Xmp.dc.description", "Xmp.iptc.AltTextAccessibility",
}


def _build(article: Article, config=None, **kw):
    cache = article.folder.parent.parent / ".newsdesk" / "cache"
    return build_derivatives(article, config or small_config(), cache, **kw)


def _one(tmp_path: Path, name: str = "p.jpg", credits=None, **photo) -> Article:
    folder = tmp_path / "ws" / "articles" / "a"
    make_photo(folder / "photos" / name, **photo)
    return make_article(folder, [("p", f"photos/{name}", credits or UMLAUT_CREDITS)])


def test_orientation_6_gives_portrait_derivatives_of_the_right_size(tmp_path):
    # Stored landscape 600x400 with "rotate 90° clockwise": upright it is 400x600.
    article = _one(tmp_path, orientation=6, marker_left=True)
    result = _build(article)["p"]
    assert (result.width, result.height) == (400, 600)
    # 480 is wider than the upright original (400), so only 320 and 160 are made.
    sizes = sorted({(d.width, d.height) for d in result.derivatives})
    assert sizes == [(160, 240), (320, 480)]
    assert {d.format for d in result.derivatives} == {"jpeg", "webp"}
    for d in result.derivatives:
        with Image.open(d.path) as im:
            assert im.size == (d.width, d.height)
            assert im.getexif().get(0x0112) in (None, 1)
            rgb = im.convert("RGB")
            # The stored left edge (red) is the top once turned clockwise.
            top = rgb.getpixel((d.width // 2, 2))
            bottom = rgb.getpixel((d.width // 2, d.height - 3))
            assert top[0] > 200 and top[1] < 60, top
            assert bottom[0] < 100, bottom


def test_no_gps_serial_comment_or_foreign_xmp_in_any_derivative(photo_article):
    result = _build(photo_article)["rad"]
    assert len(result.derivatives) == 6
    for d in result.derivatives:
        data = d.path.read_bytes()
        assert b"SERIAL-123456" not in data and b"SecretTool" not in data
        assert b"secret camera comment" not in data
        with pyexiv2.ImageData(data) as img:
            exif = img.read_exif()
            assert not [k for k in exif if k.startswith("Exif.GPSInfo")]
            assert not [k for k in exif if "Serial" in k or k.startswith("Exif.Photo")]
            assert "Exif.Image.Make" not in exif
            assert not img.read_comment()
            assert not img.read_thumbnail()
            assert set(img.read_xmp()) <= ALLOWED_XMP
        with Image.open(io.BytesIO(data)) as im:
            assert "comment" not in im.info
            assert GPS_TAG not in im.getexif()


GPS_TAG = 0x8825


def test_credits_with_umlauts_read_back_through_pyexiv2(photo_article):
    result = _build(photo_article)["rad"]
    for d in result.derivatives:
        found = metadata.read_credits(d.path.read_bytes())
        xmp = found["xmp"]
        assert xmp["Xmp.dc.creator"] == ["Jörg Müller"]
        assert xmp["Xmp.photoshop.Credit"] == "Stadt Übersee / Jörg Müller"
        assert xmp["Xmp.dc.rights"] == {'lang="x-default"': "© 2026 Stadt Übersee"}
        assert xmp["Xmp.xmpRights.UsageTerms"] == {
            'lang="x-default"': "Nur für die Berichterstattung über Übersee"}
        assert xmp["Xmp.xmpRights.WebStatement"] == UMLAUT_CREDITS["web_statement"]
        assert xmp["Xmp.dc.description"] == {'lang="x-default"': UMLAUT_CREDITS["caption"]}
        assert xmp["Xmp.iptc.AltTextAccessibility"] == {
            'lang="x-default"': UMLAUT_CREDITS["alt"]}
        assert found["exif"]["Exif.Image.Artist"] == "Jörg Müller"
        assert found["exif"]["Exif.Image.Copyright"] == "© 2026 Stadt Übersee"
        if d.format == "jpeg":
            iptc = found["iptc"]
            assert iptc["Iptc.Envelope.CharacterSet"] == "\x1b%G"
            assert iptc["Iptc.Application2.Byline"] == ["Jörg Müller"]
            assert iptc["Iptc.Application2.Credit"] == "Stadt Übersee / Jörg Müller"
            assert iptc["Iptc.Application2.Copyright"] == "© 2026 Stadt Übersee"
            assert iptc["Iptc.Application2.Caption"] == UMLAUT_CREDITS["caption"]


def test_credits_with_umlauts_read_back_through_pillow(photo_article):
    result = _build(photo_article)["rad"]
    for d in result.derivatives:
        with Image.open(d.path) as im:
            exif = im.getexif()
            # EXIF ASCII fields hold UTF-8 bytes; Pillow hands them over as latin-1 text.
            artist = exif[0x013B].encode("latin-1").decode("utf-8")
            assert artist == "Jörg Müller"
            assert exif[0x8298].encode("latin-1").decode("utf-8") == "© 2026 Stadt Übersee"
            xmp = im.info["xmp"]
            xmp = xmp.decode("utf-8") if isinstance(xmp, bytes) else xmp
            assert "Jörg Müller" in xmp and "Stadt Übersee / Jörg Müller" in xmp
            if d.format == "jpeg":
                iptc = IptcImagePlugin.getiptcinfo(im)
                assert iptc[(1, 90)] == b"\x1b%G"
                assert iptc[(2, 80)].decode("utf-8") == "Jörg Müller"
                assert iptc[(2, 110)].decode("utf-8") == "Stadt Übersee / Jörg Müller"


def test_cmyk_gives_srgb(tmp_path):
    # Pure cyan ink: in sRGB roughly (0, 255, 255).
    article = _one(tmp_path, mode="CMYK")
    for d in _build(article)["p"].derivatives:
        with Image.open(d.path) as im:
            assert im.mode == "RGB"
            r, g, b = im.getpixel((10, 10))
            assert r < 70 and g > 190 and b > 190, (r, g, b)


def test_srgb_profile_passes_pixels_through_and_a_broken_profile_is_ignored(tmp_path):
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    for name, icc in (("good.png", srgb), ("broken.png", b"not a profile at all" * 10)):
        article = _one(tmp_path / name, name=name, fmt="PNG", icc_profile=icc)
        d = _build(article)["p"].derivatives[1]  # webp, lossy but close
        with Image.open(d.path) as im:
            assert all(abs(a - b) < 12 for a, b in
                       zip(im.convert("RGB").getpixel((100, 100)), (40, 120, 200), strict=True))


def test_transparency_kept_for_webp_and_flattened_on_white_for_jpeg(tmp_path):
    folder = tmp_path / "ws" / "articles" / "a"
    im = Image.new("P", (400, 300), 0)
    im.putpalette([0, 0, 0, 200, 20, 20] + [0, 0, 0] * 254)
    im.paste(1, (0, 0, 200, 300))  # left half red, right half transparent index 0
    (folder / "photos").mkdir(parents=True)
    im.save(folder / "photos" / "logo.png", transparency=0)
    article = make_article(folder, [("p", "photos/logo.png", UMLAUT_CREDITS)])
    for d in _build(article)["p"].derivatives:
        with Image.open(d.path) as out:
            x_clear = d.width * 3 // 4
            if d.format == "webp":
                assert out.mode == "RGBA"
                assert out.getpixel((x_clear, 10))[3] == 0
                assert out.getpixel((10, 10))[3] == 255
            else:
                assert out.mode == "RGB"
                assert min(out.getpixel((x_clear, 10))) > 245  # white, not black
                assert out.getpixel((10, 10))[0] > 150


def test_16_bit_grey_is_scaled_not_clipped(tmp_path):
    folder = tmp_path / "ws" / "articles" / "a"
    im = Image.new("I;16", (320, 200), 0x4000)  # a quarter of full scale
    (folder / "photos").mkdir(parents=True)
    im.save(folder / "photos" / "scan.png")
    article = make_article(folder, [("p", "photos/scan.png", UMLAUT_CREDITS)])
    d = _build(article)["p"].derivatives[0]
    with Image.open(d.path) as out:
        value = out.convert("L").getpixel((50, 50))
    assert 55 <= value <= 75, value


def test_multi_frame_gif_uses_the_first_frame(tmp_path):
    folder = tmp_path / "ws" / "articles" / "a"
    frames = [Image.new("RGB", (300, 200), c) for c in ((0, 200, 0), (0, 0, 200))]
    (folder / "photos").mkdir(parents=True)
    frames[0].save(folder / "photos" / "anim.gif", save_all=True, append_images=frames[1:])
    article = make_article(folder, [("p", "photos/anim.gif", UMLAUT_CREDITS)])
    d = _build(article)["p"].derivatives[0]
    with Image.open(d.path) as out:
        _r, g, b = out.convert("RGB").getpixel((20, 20))
    assert g > 150 and b < 80


def test_never_upscales_but_makes_at_least_one(tmp_path):
    article = _one(tmp_path, size=(120, 90))
    result = _build(article)["p"]
    assert {(d.width, d.height) for d in result.derivatives} == {(120, 90)}
    assert images.plan_sizes(1000, 500, (160, 320, 480, 2000)) == (
        (480, 240), (320, 160), (160, 80))


def test_naive_and_fast_paths_give_the_same_sizes(tmp_path):
    article = _one(tmp_path, size=(1200, 800), orientation=8)
    config = small_config()
    fast = images.render_derivatives(article.photo_path(article.photos[0]), "p", config, {})
    slow = images.render_derivatives(article.photo_path(article.photos[0]), "p", config, {},
                                     naive=True)
    assert [(e.width, e.height, e.format) for e in fast] == \
        [(e.width, e.height, e.format) for e in slow]
    assert fast[0].height == 720 and fast[0].width == 480


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize("case", ["bomb-setting", "real-bomb", "truncated", "text", "empty",
                                  "unsupported"])
def test_bad_files_give_a_clear_error_naming_the_file(tmp_path, case):
    folder = tmp_path / "ws" / "articles" / "a"
    photos = folder / "photos"
    photos.mkdir(parents=True)
    config = small_config()
    name = "bild.jpg"
    if case == "bomb-setting":
        make_photo(photos / name, size=(1200, 1000))
        config = small_config(max_megapixels=1)
        expect = "megapixels"
    elif case == "real-bomb":
        name = "bild.png"
        Image.new("1", (12000, 12000)).save(photos / name)  # 144 MP, a few kB on disk
        expect = "megapixels"
    elif case == "truncated":
        make_photo(photos / "full.jpg", size=(800, 600), quality=95)
        data = (photos / "full.jpg").read_bytes()
        (photos / name).write_bytes(data[: len(data) // 2])
        expect = "truncated"
    elif case == "text":
        (photos / name).write_text("Dies ist kein Bild, sondern Text.\n", "utf-8")
        expect = "not an image"
    elif case == "empty":
        (photos / name).write_bytes(b"")
        expect = "empty"
    else:
        name = "bild.ppm"
        Image.new("RGB", (200, 100)).save(photos / name)
        expect = "PPM images are not supported"
    article = make_article(folder, [("p", f"photos/{name}", UMLAUT_CREDITS)])
    with pytest.raises(PhotoErrors) as info:
        _build(article, config)
    [error] = info.value.errors
    assert isinstance(error, ImageError)
    assert expect in error.message
    assert name in error.describe() and "'p'" in error.message


def test_every_failing_photo_is_listed(tmp_path):
    folder = tmp_path / "ws" / "articles" / "a"
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "x.jpg").write_text("text")
    (folder / "photos" / "y.jpg").write_bytes(b"")
    make_photo(folder / "photos" / "ok.jpg")
    article = make_article(folder, [("x", "photos/x.jpg", UMLAUT_CREDITS),
                                    ("ok", "photos/ok.jpg", UMLAUT_CREDITS),
                                    ("y", "photos/y.jpg", UMLAUT_CREDITS)])
    with pytest.raises(PhotoErrors) as info:
        _build(article, jobs=2)
    assert [e.path.name for e in info.value.errors] == ["x.jpg", "y.jpg"]


def test_second_build_comes_from_the_cache_without_image_work(photo_article, monkeypatch):
    calls = []
    first = _build(photo_article, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 1), (1, 1)]
    assert not first["rad"].from_cache

    def no_image_work(*a, **k):
        raise AssertionError("image work on a cache hit")

    monkeypatch.setattr(images, "render_derivatives", no_image_work)
    second = _build(photo_article)
    assert second["rad"].from_cache
    assert second["rad"].derivatives == first["rad"].derivatives


def test_cache_misses_when_credit_changes_and_heals_damaged_files(photo_article):
    first = _build(photo_article)["rad"]
    photo_article.photos[0].creator = "Änne Özdemir"
    changed = _build(photo_article)["rad"]
    assert not changed.from_cache
    assert {d.sha256 for d in changed.derivatives}.isdisjoint(
        {d.sha256 for d in first.derivatives})
    # Damage one cached file: the next build notices and rebuilds it.
    victim = changed.derivatives[0].path
    victim.write_bytes(b"garbage")
    healed = _build(photo_article)["rad"]
    assert not healed.from_cache
    assert derivatives.file_sha256(healed.derivatives[0].path) == healed.derivatives[0].sha256


def test_iptc_reference_photo_exports_with_front_matter_credits(tmp_path, iptc_reference):
    folder = tmp_path / "ws" / "articles" / "iptc"
    (folder / "photos").mkdir(parents=True)
    shutil.copy(iptc_reference, folder / "photos" / "ref.jpg")
    credits = {"caption": "Referenzbild der IPTC", "alt": "Ein Testbild mit Farbfeldern",
               "creator": "Creator1 (ref2017.1)", "credit": "Credit Line (ref2017.1)",
               "copyright": "Copyright (Notice) 2017.1 IPTC - www.iptc.org  (ref2017.1)"}
    article = make_article(folder, [("ref", "photos/ref.jpg", credits)])
    result = _build(article)["ref"]
    assert result.width == 1000
    for d in result.derivatives:
        found = metadata.read_credits(d.path.read_bytes())
        assert found["xmp"]["Xmp.dc.creator"] == ["Creator1 (ref2017.1)"]
        assert found["xmp"]["Xmp.photoshop.Credit"] == "Credit Line (ref2017.1)"
        assert found["xmp"]["Xmp.dc.description"] == {'lang="x-default"': credits["caption"]}
        assert set(found["xmp"]) <= ALLOWED_XMP  # none of the reference's other fields
        assert found["exif"]["Exif.Image.Copyright"] == credits["copyright"]
        assert "Exif.Image.ImageDescription" not in found["exif"]
        if d.format == "jpeg":
            assert found["iptc"]["Iptc.Application2.Byline"] == ["Creator1 (ref2017.1)"]
            assert "Iptc.Application2.City" not in found["iptc"]


@pytest.mark.parametrize("turn", range(1, 9))
def test_banded_resize_matches_whole_image_steps(turn):
    from PIL import ImageChops, ImageDraw

    src = Image.new("RGB", (900, 700), (10, 20, 30))
    draw = ImageDraw.Draw(src)
    for i in range(0, 900, 37):
        draw.line((i, 0, 900 - i, 700), fill=(i % 256, 255 - i % 256, 128), width=5)
    size = (450, 350)
    reference = src.resize(size, images.RESAMPLE)
    if turn in images._TRANSPOSE:
        reference = reference.transpose(images._TRANSPOSE[turn])
    result = images.resize_oriented(src, size, turn, None)
    assert result.size == reference.size
    _low, high = zip(*ImageChops.difference(result, reference).getextrema(), strict=True)
    assert max(high) <= 2


def test_memory_budget_runs_oversized_work_alone_and_shrinks():
    import threading
    import time

    budget = images.MemoryBudget(100)
    peak = []
    lock = threading.Lock()

    def work(amount, after):
        with budget.reserve(amount) as shrink:
            with lock:
                peak.append(budget.used)
            time.sleep(0.02)
            shrink(after)
            time.sleep(0.02)

    threads = [threading.Thread(target=work, args=(a, s))
               for a, s in ((150, 10), (60, 10), (60, 10), (30, 5))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert budget.used == 0
    # The 150 job ran with nothing else reserved; the others never exceeded the limit.
    assert all(p <= 100 or p == 150 for p in peak), peak


def test_avif_when_configured_carries_xmp_and_exif_credits(tmp_path):
    from PIL import features

    if not features.check("avif"):
        pytest.skip("this Pillow has no AVIF encoder")
    article = _one(tmp_path)
    config = small_config(image_formats=("jpeg", "avif"), image_widths=(320,))
    [_jpeg, avif] = _build(article, config)["p"].derivatives
    assert (avif.format, avif.ext, avif.width) == ("avif", "avif", 320)
    with Image.open(avif.path) as im:
        assert im.format == "AVIF"
        xmp = im.info["xmp"]
        assert "Jörg Müller".encode() in (xmp if isinstance(xmp, bytes) else xmp.encode())
        assert im.getexif()[0x013B].encode("latin-1").decode("utf-8") == "Jörg Müller"


def test_embedded_profile_is_converted_to_srgb(tmp_path):
    from PIL import ImageCms

    from .conftest import SRGB_D50, rgb_profile

    red, green, blue = SRGB_D50
    swapped = rgb_profile(green, red, blue, "Red and green swapped")  # a valid odd profile
    assert "swapped" in ImageCms.getProfileDescription(
        ImageCms.ImageCmsProfile(io.BytesIO(swapped)))
    folder = tmp_path / "ws" / "articles" / "a"
    (folder / "photos").mkdir(parents=True)
    Image.new("RGB", (400, 300), (220, 20, 20)).save(folder / "photos" / "p.jpg",
                                                     icc_profile=swapped, quality=95)
    article = make_article(folder, [("p", "photos/p.jpg", UMLAUT_CREDITS)])
    for d in _build(article)["p"].derivatives:
        with Image.open(d.path) as im:
            # pixels are sRGB now: the original's profile never travels, ours says so
            assert im.info["icc_profile"] == images.srgb_icc()
            r, g, b = im.convert("RGB").getpixel((50, 50))
            assert g > 150 and r < 100, (r, g, b)  # "red" in that profile is green in sRGB


def test_heic_from_a_phone_is_accepted(tmp_path):
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    folder = tmp_path / "ws" / "articles" / "a"
    (folder / "photos").mkdir(parents=True)
    try:
        Image.new("RGB", (400, 300), (10, 200, 30)).save(folder / "photos" / "p.heic",
                                                          quality=80)
    except (OSError, ValueError, KeyError):
        pytest.skip("this libheif cannot encode HEIC")
    article = make_article(folder, [("p", "photos/p.heic", UMLAUT_CREDITS)])
    result = _build(article)["p"]
    assert (result.width, result.height) == (400, 300)
    with Image.open(result.derivatives[0].path) as im:
        assert im.format == "JPEG" and im.size == (320, 240)
        _r, g, _b = im.getpixel((10, 10))
        assert g > 150


def test_web_images_carry_a_compact_stable_srgb_profile(tmp_path):
    """Every derivative names its colours: the small sRGB profile, the same bytes in every
    process (lcms stamps a creation time; a bundle must be reproducible)."""
    import subprocess
    import sys

    from PIL import ImageCms, features

    icc = images.srgb_icc()
    profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    assert "srgb" in ImageCms.getProfileDescription(profile).lower()
    assert len(icc) <= 1024
    probe = "from editor.publish.images import srgb_icc; print(srgb_icc().hex())"
    other = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           check=True).stdout.strip()
    assert other == icc.hex()
    formats = ("jpeg", "webp", "avif") if features.check("avif") else ("jpeg", "webp")
    article = _one(tmp_path)
    built = _build(article, small_config(image_formats=formats, image_widths=(320,)))
    assert sorted(d.format for d in built["p"].derivatives) == sorted(formats)
    for d in built["p"].derivatives:
        with Image.open(d.path) as im:
            assert im.info.get("icc_profile") == icc, d.format
