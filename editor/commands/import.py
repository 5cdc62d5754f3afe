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

from editor.commands._common import add_output_options, command_parser, print_json
from editor.model.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "import", help="create an article from a Word (.docx) or LibreOffice "
        "(.odt) document and print its folder",
        examples=["newsdesk import ~/Dokumente/Sommerfest.docx ~/Newsdesk",
                  "newsdesk import Bericht.odt ~/Newsdesk --json"])
    p.add_argument("file", metavar="FILE", help="the .docx or .odt document")
    p.add_argument("workspace", metavar="WORKSPACE_DIR", help="the workspace folder")
    add_output_options(p, "print the folder, photos and warnings as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from editor.model.convert.document import import_document

    ws = Workspace.open(args.workspace)
    result = import_document(ws, Path(args.file))
    if args.json:
        print_json({"folder": str(result.folder), "photos": result.photos,
                    "incomplete": result.incomplete, "warnings": result.warnings})
        return 0
    if args.quiet:
        print(result.folder)
        return 0
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.incomplete:
        print(f"warning: photos without credits, kept incomplete (export refuses them until "
              f"credited): {', '.join(result.incomplete)}", file=sys.stderr)
    print(result.folder)
    return 0
