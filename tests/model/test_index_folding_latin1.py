"""fold_document skips the NFC check for text of Latin-1 characters only (always NFC) and
still composes everything else: the indexed text is what normalising first gave."""

from __future__ import annotations

import unicodedata

from editor.model.index.folding import fold_document


def _reference(*parts: str) -> str:
    text = unicodedata.normalize("NFC", "\n".join(parts))
    return text.replace("ß", "ss").replace("ẞ", "SS")


def test_latin1_text_is_indexed_as_normalised() -> None:
    latin1 = "".join(chr(i) for i in range(1, 256))
    assert fold_document(latin1, "Straße", "Grüße aus Köln") == _reference(
        latin1, "Straße", "Grüße aus Köln")


def test_decomposed_and_wider_text_is_composed() -> None:
    cases = [("Cafe\u0301", "Mu\u0308nchen"),          # combining marks, otherwise ASCII
             ("„Grüße“ – Mu\u0308nchen", "Straße"),    # wider than Latin-1, decomposed
             ("A\u030a ü", "\u212b"),                  # Angstrom sign: a singleton
             ("ü\u0301", "ẞ groß")]                    # a mark after a Latin-1 letter
    for parts in cases:
        assert fold_document(*parts) == _reference(*parts)
    assert fold_document("Mu\u0308nchen") == "München"
