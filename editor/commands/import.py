"""newsdesk import FILE WORKSPACE_DIR: a new article from a .docx or .odt document.

The document's first heading (or Title paragraph) becomes the title, a short plain first
paragraph the lead, the rest the body; embedded images become photos with the credits
their files carry (else kept incomplete, so export refuses them until credited). See
:mod:`editor.model.convert.document`. Prints the new article's folder as its last line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.commands._common import print_json
from editor.model.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="create an article from a Word (.docx) or LibreOffice "
                       "(.odt) document and print its folder")
    p.add_argument("file", metavar="FILE")
    p.add_argument("workspace", metavar="WORKSPACE_DIR")
    p.add_argument("--json", action="store_true",
                   help="print the folder, photos and warnings as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from editor.model.convert.document import import_document

    ws = Workspace.open(args.workspace)
    result = import_document(ws, Path(args.file))
    if args.json:
        print_json({"folder": str(result.folder), "photos": result.photos,
                    "incomplete": result.incomplete, "warnings": result.warnings})
        return 0
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.incomplete:
        print(f"warning: photos without credits, kept incomplete (export refuses them until "
              f"credited): {', '.join(result.incomplete)}", file=sys.stderr)
    print(result.folder)
    return 0
