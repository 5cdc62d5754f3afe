"""The checks a document file passes before any converter sees it.

.docx and .odt are zip packages. A hostile or damaged one may be: not a zip at all
(random bytes, an old .doc), an encrypted Office file (password-protected OOXML is an OLE
compound file, not a zip), an encrypted ODF package, a zip bomb (tiny file, gigabytes
unpacked), or hold member names like ``../../x`` or ``/etc/x``. We read every member with a
byte budget that counts what really comes out (the sizes a zip declares may lie) and write
a fresh package whose names and sizes are known, which is what the converters then read.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from editor.model.convert import DocumentError

MAX_DOCUMENT_BYTES = 100 * 1024 * 1024   # the file as given
MAX_UNPACKED_BYTES = 200 * 1024 * 1024   # all members together, as really unpacked
MAX_MEMBERS = 5000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODT_MIME = "application/vnd.oasis.opendocument.text"
_CHUNK = 1024 * 1024
_DC_TITLE = re.compile(r"<dc:title>(.*?)</dc:title>", re.DOTALL)


@dataclass(frozen=True)
class Package:
    kind: str          # "docx" or "odt"
    path: Path         # the checked copy
    names: frozenset[str]


def check_package(source: Path, scratch: Path) -> Package:
    """A checked copy of ``source`` in ``scratch``; raises DocumentError saying what is wrong."""
    try:
        size = source.stat().st_size
        with open(source, "rb") as f:
            head = f.read(8)
    except IsADirectoryError as exc:
        raise DocumentError("this is a folder, not a document", source) from exc
    except OSError as exc:
        raise DocumentError(f"cannot read the file: {exc.strerror or exc}", source) from exc
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"the document is too big to import ({size // (1024 * 1024)} MB; "
                            f"at most {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB)", source)
    if head.startswith(OLE_MAGIC):
        raise DocumentError("the document is password-protected or in the old Word format "
                            "(.doc); remove the password or save it as .docx or .odt, then "
                            "import it again", source)
    if not head.startswith(b"PK"):
        raise DocumentError("this is not a Word (.docx) or LibreOffice (.odt) document", source)
    target = scratch / "document.zip"
    try:
        with zipfile.ZipFile(source) as zin:
            infos = zin.infolist()
            _check_listing(infos, source)
            with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zout:
                _copy_members(zin, zout, infos, source)
    except DocumentError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        # RuntimeError: zipfile's "encrypted, password required"
        raise DocumentError(f"the document is damaged and cannot be read ({exc})",
                            source) from exc
    except OSError as exc:
        raise DocumentError(f"cannot read the document: {exc.strerror or exc}", source) from exc
    names = frozenset(i.filename for i in infos)
    return Package(_kind(target, names, source), target, names)


def _check_listing(infos: list[zipfile.ZipInfo], source: Path) -> None:
    if len(infos) > MAX_MEMBERS:
        raise DocumentError(f"the document holds too many parts ({len(infos)})", source)
    for info in infos:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            raise DocumentError(f"the document holds a part with an unsafe name ({name!r}); "
                                "it was not written by a word processor", source)
        if info.flag_bits & 0x1:
            raise DocumentError("the document is password-protected; remove the password "
                                "and import it again", source)
    declared = sum(i.file_size for i in infos)
    if declared > MAX_UNPACKED_BYTES:
        raise DocumentError(_too_big(), source)


def _too_big() -> str:
    return (f"the document unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MB; "
            "it is damaged or not an ordinary document")


def _copy_members(zin: zipfile.ZipFile, zout: zipfile.ZipFile,
                  infos: list[zipfile.ZipInfo], source: Path) -> None:
    budget = MAX_UNPACKED_BYTES
    seen: set[str] = set()
    for info in infos:
        if info.is_dir() or info.filename in seen:
            continue
        seen.add(info.filename)
        if info.filename == "content.xml":
            data = _read_bounded(zin, info, budget, source)
            budget -= len(data)
            zout.writestr(info.filename, _separate_table_styles(data))
            continue
        with zin.open(info) as src, zout.open(info.filename, "w") as dst:
            while chunk := src.read(_CHUNK):
                budget -= len(chunk)
                if budget < 0:
                    raise DocumentError(_too_big(), source)
                dst.write(chunk)


def _read_bounded(zin: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int,
                  source: Path) -> bytes:
    with zin.open(info) as src:
        data = src.read(budget + 1)
    if len(data) > budget:
        raise DocumentError(_too_big(), source)
    return data


_STYLE = re.compile(rb'<style:style\b[^>]*>')
_NAME = re.compile(rb'style:name="([^"]*)"')
_FAMILY = re.compile(rb'style:family="([^"]*)"')
_TABLE_FAMILIES = {b"table", b"table-column", b"table-row", b"table-cell"}


def _separate_table_styles(xml: bytes) -> bytes:
    """LibreOffice names automatic styles per family, so a table style and a bold text
    style may both be "T1"; pandoc 2.17 then loses the bold. Give the table one its own
    name (tables refer to it only through table:style-name)."""
    families: dict[bytes, set[bytes]] = {}
    for tag in _STYLE.findall(xml):
        name, family = _NAME.search(tag), _FAMILY.search(tag)
        if name and family:
            families.setdefault(name.group(1), set()).add(family.group(1))
    clashing = {n for n, f in families.items() if f & _TABLE_FAMILIES and f - _TABLE_FAMILIES}
    if not clashing:
        return xml

    def rename_definition(m: re.Match[bytes]) -> bytes:
        tag = m.group()
        name, family = _NAME.search(tag), _FAMILY.search(tag)
        if name and family and name.group(1) in clashing and family.group(1) in _TABLE_FAMILIES:
            return tag.replace(name.group(), b'style:name="' + name.group(1) + b'-table"', 1)
        return tag

    xml = _STYLE.sub(rename_definition, xml)
    return re.sub(rb'table:style-name="([^"]*)"',
                  lambda m: (b'table:style-name="' + m.group(1) + b'-table"'
                             if m.group(1) in clashing else m.group()), xml)


def _kind(target: Path, names: frozenset[str], source: Path) -> str:
    with zipfile.ZipFile(target) as z:
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names or "mimetype" in names:
            mime = z.read("mimetype").decode("ascii", "replace").strip() \
                if "mimetype" in names else ODT_MIME
            if mime != ODT_MIME:
                raise DocumentError(f"this is not a text document ({mime[:80]}); import "
                                    "accepts .docx and .odt", source)
            manifest = _text(z, "META-INF/manifest.xml", names)
            if "encryption-data" in manifest:
                raise DocumentError("the document is password-protected; remove the "
                                    "password and import it again", source)
            if "content.xml" not in names:
                raise DocumentError("the document is damaged: it has no content", source)
            return "odt"
        if "EncryptedPackage" in names:
            raise DocumentError("the document is password-protected", source)
    raise DocumentError("this is not a Word (.docx) or LibreOffice (.odt) document", source)


def _text(z: zipfile.ZipFile, name: str, names: frozenset[str]) -> str:
    return z.read(name).decode("utf-8", "replace") if name in names else ""


def title_property(package: Package) -> str:
    """The title in File > Properties (docx core.xml, odt meta.xml), or ''."""
    import html

    member = "docProps/core.xml" if package.kind == "docx" else "meta.xml"
    with zipfile.ZipFile(package.path) as z:
        text = _text(z, member, package.names)
    m = _DC_TITLE.search(text)
    return " ".join(html.unescape(m.group(1)).split()) if m else ""


def odt_title_paragraph(package: Package) -> str:
    """The text of the first paragraph in the 'Title' style (pandoc writes it as a plain
    paragraph), or ''."""
    import html

    with zipfile.ZipFile(package.path) as z:
        text = _text(z, "content.xml", package.names)
    styles = {"Title"} | set(re.findall(
        r'style:name="([^"]+)"[^>]*style:parent-style-name="Title"', text))
    for m in re.finditer(r'<text:p text:style-name="([^"]+)"[^>]*>(.*?)</text:p>', text,
                         re.DOTALL):
        if m.group(1) in styles:
            return " ".join(html.unescape(re.sub(r"<[^>]+>", "", m.group(2))).split())
    return ""
