"""Bringing text in from other software: pasted HTML and Word/LibreOffice documents.

:mod:`.html` turns rich HTML (Word, LibreOffice, Outlook, browsers) into our Markdown;
:mod:`.document` reads a .docx (mammoth) or .odt (pandoc) through the same path and
creates a new article from it. No Qt here; errors are :class:`DocumentError`.
"""

from editor.model.errors import NewsdeskError


class DocumentError(NewsdeskError):
    """A document cannot be imported: damaged, password-protected, not a document, too big."""


__all__ = ["DocumentError"]
