"""Reading credits from photo files. Also holds the image builders other photo tests use."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin, TiffImagePlugin

from editor.model.photometa import PhotoFileError, iim_datasets, read_photo_meta

# Builders ---------------------------------------------------------------------------------


def xmp_packet(creator: str = "", credit: str = "", rights: str = "", description: str = "",
               alt: str = "", usage: str = "", web: str = "", headline: str = "") -> bytes:
    def alt_lang(tag: str, text: str) -> str:
        if not text:
            return ""
        return (f"<{tag}><rdf:Alt><rdf:li xml:lang='de'>nur deutsch</rdf:li>"
                f"<rdf:li xml:lang='x-default'>{text}</rdf:li></rdf:Alt></{tag}>")

    attrs = f" photoshop:Credit='{credit}'" if credit else ""
    attrs += f" photoshop:Headline='{headline}'" if headline else ""
    body = ""
    if creator:
        body += f"<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>"
    body += alt_lang("dc:rights", rights) + alt_lang("dc:description", description)
    body += alt_lang("Iptc4xmpCore:AltTextAccessibility", alt)
    body += alt_lang("xmpRights:UsageTerms", usage)
    if web:
        body += f"<xmpRights:WebStatement>{web}</xmpRights:WebStatement>"
    text = (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF"
        " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about=''"
        " xmlns:dc='http://purl.org/dc/elements/1.1/'"
        " xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/'"
        " xmlns:xmpRights='http://ns.adobe.com/xap/1.0/rights/'"
        " xmlns:Iptc4xmpCore='http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/'"
        f"{attrs}>{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
        "<?xpacket end='w'?>"
    )
    return text.encode("utf-8")


def iim_block(datasets: dict[tuple[int, int], bytes], utf8_marker: bool = False) -> bytes:
    items = dict(datasets)
    if utf8_marker:
        items = {(1, 90): b"\x1b%G", **items}
    return b"".join(b"\x1c" + bytes(k) + struct.pack(">H", len(v)) + v for k, v in items.items())


def _app13(iim: bytes) -> bytes:
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim))
    resource += iim + (b"\x00" if len(iim) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def exif_block(artist: str = "", copyright: str = "", description: str = "") -> bytes:
    exif = Image.Exif()
    # Bytes, so Pillow writes the UTF-8 exactly as many programs do.
    for tag, value in ((315, artist), (33432, copyright), (270, description)):
        if value:
            exif[tag] = value.encode("utf-8")
    return exif.tobytes()


def make_jpeg(path: Path, size: tuple[int, int] = (64, 48), xmp: bytes | None = None,
              iim: bytes | None = None, exif: bytes | None = None,
              color: tuple[int, int, int] = (200, 120, 40)) -> Path:
    buf = io.BytesIO()
    extra = {}
    if xmp:
        extra["xmp"] = xmp
    if exif:
        extra["exif"] = exif
    Image.new("RGB", size, color).save(buf, "JPEG", quality=80, **extra)
    data = buf.getvalue()
    if iim is not None:
        data = data[:2] + _app13(iim) + data[2:]
    path.write_bytes(data)
    return path


# Tests ------------------------------------------------------------------------------------


def test_iptc_reference_image_prefills_as_documented(iptc_reference: Path) -> None:
    meta = read_photo_meta(iptc_reference)
    values = meta.values()
    # IPTC allows several creators; the reference image has two and both are kept.
    assert values["creator"] == "Creator1 (ref2017.1), Creator2 (ref2017.1)"
    assert values["credit"] == "Credit Line (ref2017.1)"
    assert values["copyright"] == "Copyright (Notice) 2017.1 IPTC - www.iptc.org  (ref2017.1)"
    assert values["caption"] == "The description aka caption (ref2017.1)"
    assert meta.fields["creator"].source == "xmp"
    assert meta.format == "JPEG"


def test_every_creator_is_kept_from_xmp_seq_and_repeated_iim(tmp_path: Path) -> None:
    xmp = xmp_packet(creator="Anna Groß</rdf:li><rdf:li>Ömer Yıldız")  # a Seq of two
    assert read_photo_meta(make_jpeg(tmp_path / "x.jpg", xmp=xmp)).values()["creator"] == (
        "Anna Groß, Ömer Yıldız")
    iim = iim_block({(2, 80): "Anna Groß".encode()}, utf8_marker=True)
    iim += iim_block({(2, 80): "Ömer Yıldız".encode()})  # the dataset repeated
    meta = read_photo_meta(make_jpeg(tmp_path / "i.jpg", iim=iim))
    assert meta.values()["creator"] == "Anna Groß, Ömer Yıldız"
    assert meta.fields["creator"].source == "iim"


def test_xmp_only_with_umlauts_and_2021_alt_text(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "x.jpg", xmp=xmp_packet(
        creator="Jürgen Müller", credit="Stadt Köln", rights="© Jürgen Müller",
        description="Grüße vom Rathausplatz", alt="Ein Mädchen füttert Tauben",
        usage="Nur für diesen Artikel", web="https://example.org/rechte"))
    meta = read_photo_meta(path)
    assert meta.values() == {
        "creator": "Jürgen Müller", "credit": "Stadt Köln", "copyright": "© Jürgen Müller",
        "caption": "Grüße vom Rathausplatz", "alt": "Ein Mädchen füttert Tauben",
        "license": "Nur für diesen Artikel", "web_statement": "https://example.org/rechte"}
    assert {fv.source for fv in meta.fields.values()} == {"xmp"}
    assert meta.fields["alt"].tag == "XMP Iptc4xmpCore:AltTextAccessibility"


def test_iim_only_latin1_without_charset_record(tmp_path: Path) -> None:
    iim = iim_block({(2, 80): "Jürgen Groß".encode("latin-1"),
                     (2, 110): "Presseamt Düsseldorf".encode("latin-1"),
                     (2, 116): "© Stadt Köln".encode("latin-1"),
                     (2, 120): "Bürgermeisterin überreicht Preise".encode("latin-1")})
    assert (1, 90) not in dict(iim_datasets(iim))
    meta = read_photo_meta(make_jpeg(tmp_path / "i.jpg", iim=iim))
    assert meta.values() == {"creator": "Jürgen Groß", "credit": "Presseamt Düsseldorf",
                             "copyright": "© Stadt Köln",
                             "caption": "Bürgermeisterin überreicht Preise"}
    assert meta.fields["creator"].source == "iim"


def test_iim_with_utf8_charset_record(tmp_path: Path) -> None:
    iim = iim_block({(2, 80): "Ännchen Öztürk".encode()}, utf8_marker=True)
    meta = read_photo_meta(make_jpeg(tmp_path / "u.jpg", iim=iim))
    assert meta.values()["creator"] == "Ännchen Öztürk"


def test_exif_only_utf8(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "e.jpg", exif=exif_block(
        artist="Björn Weiß", copyright="© Björn Weiß 2024", description="Straßenfest in Süd"))
    meta = read_photo_meta(path)
    assert meta.values() == {"creator": "Björn Weiß", "copyright": "© Björn Weiß 2024",
                             "caption": "Straßenfest in Süd"}
    assert meta.fields["copyright"].source == "exif"


def test_precedence_xmp_then_iim_then_exif(tmp_path: Path) -> None:
    path = make_jpeg(
        tmp_path / "all.jpg",
        xmp=xmp_packet(creator="XMP Creator"),
        iim=iim_block({(2, 80): b"IIM Creator", (2, 110): b"IIM Credit"}),
        exif=exif_block(artist="EXIF Artist", copyright="EXIF Copyright",
                        description="OLYMPUS DIGITAL CAMERA"))
    fields = read_photo_meta(path).fields
    assert (fields["creator"].value, fields["creator"].source) == ("XMP Creator", "xmp")
    assert (fields["credit"].value, fields["credit"].source) == ("IIM Credit", "iim")
    assert (fields["copyright"].value, fields["copyright"].source) == ("EXIF Copyright", "exif")
    assert "caption" not in fields  # a camera's default text is no caption


def test_headline_is_the_caption_fallback(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "h.jpg", xmp=xmp_packet(headline="Neue Brücke eröffnet"))
    assert read_photo_meta(path).fields["caption"].tag == "XMP photoshop:Headline"


def test_png_webp_tiff_heic(tmp_path: Path) -> None:
    xmp = xmp_packet(creator="Zoë Fuß", alt="Alternativtext")
    png_info = PngImagePlugin.PngInfo()
    png_info.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"))
    Image.new("RGB", (20, 10)).save(tmp_path / "a.png", pnginfo=png_info)
    Image.new("RGB", (20, 10)).save(tmp_path / "a.webp", xmp=xmp,
                                    exif=exif_block(copyright="© Zoë"))
    tiff_info = TiffImagePlugin.ImageFileDirectory_v2()
    tiff_info[33723] = iim_block({(2, 80): "Zoë Fuß".encode("latin-1")})  # IPTC in TIFF
    tiff_info.tagtype[33723] = 7
    Image.new("RGB", (20, 10)).save(tmp_path / "a.tif", tiffinfo=tiff_info)
    for name in ("a.png", "a.webp", "a.tif"):
        meta = read_photo_meta(tmp_path / name)
        assert meta.values()["creator"] == "Zoë Fuß", name
    assert read_photo_meta(tmp_path / "a.webp").values()["copyright"] == "© Zoë"
    assert read_photo_meta(tmp_path / "a.png").values()["alt"] == "Alternativtext"
    pillow_heif = pytest.importorskip("pillow_heif")
    if pillow_heif.libheif_info().get("HEIF"):
        pillow_heif.register_heif_opener()  # to write one; Newsdesk registers it on need
        Image.new("RGB", (64, 64)).save(tmp_path / "a.heic", exif=exif_block(artist="Zoë"))
        meta = read_photo_meta(tmp_path / "a.heic")
        assert (meta.format, meta.extension) == ("HEIF", ".heic")
        assert meta.values()["creator"] == "Zoë"


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    good = make_jpeg(tmp_path / "good.jpg", size=(300, 200)).read_bytes()
    Image.new("RGB", (30, 30)).save(tmp_path / "good.png")
    png = (tmp_path / "good.png").read_bytes()
    Image.new("RGB", (30, 30)).save(tmp_path / "bild.ppm")  # a format we do not accept
    files = {
        "text": tmp_path / "notes.jpg",
        "empty": tmp_path / "empty.jpg",
        "truncated-jpeg": tmp_path / "cut.jpg",
        "truncated-png": tmp_path / "cut.png",
        "ppm": tmp_path / "bild.ppm",
    }
    files["text"].write_text("Dies ist kein Foto.\n", encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["truncated-jpeg"].write_bytes(good[: len(good) * 2 // 3])
    files["truncated-png"].write_bytes(png[:-20])
    return files


@pytest.mark.parametrize("kind", ["text", "empty", "truncated-jpeg", "truncated-png", "ppm"])
def test_bad_files_are_refused(tmp_path: Path, kind: str) -> None:
    path = _bad_files(tmp_path)[kind]
    with pytest.raises(PhotoFileError) as info:
        read_photo_meta(path)
    assert str(path) in info.value.describe()


def test_oversized_and_missing_files_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.jpg"
    Image.effect_noise((800, 800), 100).convert("RGB").save(big, quality=100)
    assert big.stat().st_size > 300_000
    read_photo_meta(big, max_mb=1)
    big.write_bytes(big.read_bytes() * 4)  # > 1 MB; still a JPEG at the start
    with pytest.raises(PhotoFileError, match="at most 1 MB"):
        read_photo_meta(big, max_mb=1)
    with pytest.raises(PhotoFileError, match="does not exist"):
        read_photo_meta(tmp_path / "nope.jpg")


def test_broken_xmp_does_not_hide_other_sources(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "b.jpg", xmp=b"<x:xmpmeta><rdf:RDF><unclosed></x:xmpmeta>",
                     iim=iim_block({(2, 80): b"Fallback"}))
    assert read_photo_meta(path).values() == {"creator": "Fallback"}


def _png_with_size(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose header claims ``width`` x ``height`` (no pixels are decoded)."""
    import zlib

    buf = io.BytesIO()
    Image.new("RGB", (1, 1)).save(buf, "PNG")
    data = bytearray(buf.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    path.write_bytes(bytes(data))
    return path


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_too_many_megapixels_are_refused(tmp_path: Path) -> None:
    big = _png_with_size(tmp_path / "big.png", 12000, 10000)
    assert read_photo_meta(big).width == 12000  # photo info still reports it
    with pytest.raises(PhotoFileError, match="120 megapixels"):
        read_photo_meta(big, max_megapixels=100)
    bomb = _png_with_size(tmp_path / "bomb.png", 60000, 60000)
    with pytest.raises(PhotoFileError, match="far too large"):
        read_photo_meta(bomb)


@pytest.mark.parametrize("ext", ["webp", "tif", "heic"])
def test_truncated_webp_tiff_heic_are_refused(tmp_path: Path, ext: str) -> None:
    if ext == "heic":
        pillow_heif = pytest.importorskip("pillow_heif")
        if not pillow_heif.libheif_info().get("HEIF"):
            pytest.skip("no HEIC encoder")
        pillow_heif.register_heif_opener()  # to write one
    path = tmp_path / f"a.{ext}"
    Image.effect_noise((300, 200), 50).convert("RGB").save(path)
    assert read_photo_meta(path).width == 300
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(PhotoFileError, match="damaged or truncated|truncated"):
        read_photo_meta(path)


_LAZY_HEIF = """
import sys
from pathlib import Path
from editor.model import photometa
from editor.model.photometa import read_photo_meta
assert "pillow_heif" not in sys.modules, "imported with the module"
read_photo_meta(Path(sys.argv[1]))  # a JPEG: still no pillow-heif
assert "pillow_heif" not in sys.modules, "imported for a JPEG"
meta = read_photo_meta(Path(sys.argv[2]))
print(meta.format, meta.extension, meta.width, meta.values().get("creator"))
"""


def test_heic_opener_is_registered_on_first_need(tmp_path: Path) -> None:
    """A fresh process (as the app is): importing the module and reading a JPEG leave
    pillow-heif unloaded (3 MiB); a HEIC file, even named .jpg, still opens."""
    pillow_heif = pytest.importorskip("pillow_heif")
    if not pillow_heif.libheif_info().get("HEIF"):
        pytest.skip("no HEIC encoder")
    pillow_heif.register_heif_opener()
    jpeg = make_jpeg(tmp_path / "a.jpg", size=(40, 30))
    heic = tmp_path / "vom-telefon.jpg"  # a wrong extension: the content decides
    Image.new("RGB", (64, 48)).save(heic, format="HEIF", exif=exif_block(artist="Zoë"))
    done = subprocess.run([sys.executable, "-c", _LAZY_HEIF, str(jpeg), str(heic)],
                          capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["HEIF", ".heic", "64", "Zoë"]
