"""Refresh resources/translations/*.ts from the GUI sources with pyside6-lupdate.

Run after changing UI strings: ``.venv/bin/python tools/update_translations.py``.
New strings appear as unfinished; translate them in Qt Linguist (``pyside6-linguist``).
``--from FILE.ts`` also fills unfinished entries from another .ts file (same context and
source text), for merging translations written elsewhere. The English file's translations
equal the sources. The .qm files are built by the app at start (editor/gui/i18n.py).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TS_DIR = REPO / "resources" / "translations"
LANGUAGES = ("de", "en")


def lupdate() -> None:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    sources = sorted(str(p) for p in (REPO / "editor" / "gui").rglob("*.py"))
    targets = [str(TS_DIR / f"newsdesk_{lang}.ts") for lang in LANGUAGES]
    subprocess.run([tool, *sources, "-no-obsolete", "-ts", *targets], check=True)


def fill(ts_file: Path, donors: list[Path], copy_source: bool) -> int:
    known: dict[tuple[str, str], str] = {}
    for donor in donors:
        for ctx in ET.parse(donor).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and tr.text and tr.get("type") != "unfinished":
                    known[(name, msg.findtext("source") or "")] = tr.text
    tree = ET.parse(ts_file)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            source = msg.findtext("source") or ""
            text = source if copy_source else known.get((name, source))
            if text:
                tr.text = text
                del tr.attrib["type"]
                filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished(ts_file: Path) -> int:
    return sum(1 for tr in ET.parse(ts_file).getroot().iter("translation")
               if tr.get("type") == "unfinished")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="donors", type=Path, action="append", default=[],
                        help="a .ts file whose German translations fill unfinished entries")
    args = parser.parse_args()
    lupdate()
    fill(TS_DIR / "newsdesk_de.ts", args.donors, copy_source=False)
    fill(TS_DIR / "newsdesk_en.ts", [], copy_source=True)
    lupdate()  # again, so the files keep lupdate's own layout and diffs stay small
    missing = unfinished(TS_DIR / "newsdesk_de.ts")
    print(f"German: {missing} unfinished translation(s)")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
