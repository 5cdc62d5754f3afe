"""Known XSS vectors through the body and every front-matter field, checked on parsed HTML."""

from __future__ import annotations

import json
import re

import pytest

from editor.model.article import Photo
from editor.render import PreviewImages, render_body, render_page
from tests.render.conftest import ExportLikeImages, make_article, make_photo, parse

VECTORS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "[x](javascript:alert(1))",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    '![x" onerror="alert(1)](photo:podium)',
    '[x](https://a.example "t\\" onmouseover=\\"alert(1)")',
    "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<!-- <script>alert(1)</script> -->",
    "<!--><script>alert(1)</script>-->",
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel=stylesheet href="https://evil.example/x.css">',
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
    '"><script>alert(1)</script>',
    "</script><script>alert(1)</script>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "[x](vbscript:msgbox(1))",
    '<a href=" javascript:alert(1)">x</a>',
    '<img src="x" srcset="javascript:alert(1) 1x">',
    '<div markdown="1" onclick="alert(1)">*x*</div>',
    'Absatz\n{: onclick="alert(1)" }',
    "<template><script>alert(1)</script></template>",
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    "<<script>script>alert(1)<</script>/script>",
    "[x](javascript&colon;alert(1))",
    "<a href='data:text/html,<script>alert(1)</script>'>x</a>",
    "<video><source onerror=alert(1)></video>",
    "<input autofocus onfocus=alert(1)>",
    "<isindex action=javascript:alert(1) type=submit>",
]

FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "style", "form", "input", "button",
                  "svg", "math", "base", "frame", "frameset", "applet", "template", "video",
                  "audio", "noscript", "isindex", "textarea", "select"}
URL_ATTRS = {"href", "src", "srcset", "action", "formaction", "data", "xlink:href", "content",
             "poster", "background"}
BAD_URL = re.compile(r"^(javascript|data|vbscript):")


def _squash(value: str) -> str:
    # browsers ignore ASCII whitespace and control characters inside a scheme
    return re.sub(r"[\x00-\x20]", "", value).lower()


def assert_safe(html: str, *, page: bool) -> None:
    root = parse(html)
    scripts = [e for e in root.iter() if e.tag == "script"]
    if page:
        # exactly the JSON-LD data block, and it is valid JSON
        assert len(scripts) == 1 and scripts[0].get("type") == "application/ld+json"
        json.loads(scripts[0].text)
        metas = [e for e in root.iter("meta") if e.get("http-equiv")]
        assert [m.get("http-equiv") for m in metas] == ["Content-Security-Policy"]
        links = [(e.get("rel"), e.get("href")) for e in root.iter("link")]
        assert [rel for rel, _ in links] == ["canonical", "stylesheet"]
        assert not next(e for e in root.iter() if e.tag == "body").attrib
    else:
        assert not scripts
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        tag = element.tag.split("}")[-1]
        if tag != "script":
            assert tag not in FORBIDDEN_TAGS, f"<{tag}> survived"
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"{name} on <{tag}> survived"
            assert name.lower() != "style", f"style on <{tag}> survived"
            assert name.lower() != "srcdoc"
            if name.lower() in URL_ATTRS or name.lower().endswith("href"):
                for part in value.split(","):
                    squashed = _squash(part)
                    if tag == "meta" and name == "content":
                        continue  # text metadata, never a URL the browser follows
                    assert not BAD_URL.match(squashed), f"{name}={value!r} on <{tag}>"
    comments = [e for e in root.iter() if not isinstance(e.tag, str)]
    assert not comments


@pytest.mark.parametrize("vector", VECTORS)
def test_vector_in_body(tmp_path, config_de, vector):
    article = make_article(tmp_path / "a", f"Text davor\n\n{vector}\n\nund inline {vector} x",
                           photos=[make_photo()])
    assert_safe(render_body(article, config_de, ExportLikeImages()), page=False)
    assert_safe(render_page(article, config_de, ExportLikeImages()), page=True)


TEXT_FIELDS = ("title", "kicker", "author", "lead")
PHOTO_FIELDS = ("caption", "alt", "creator", "credit", "copyright", "license", "web_statement")


@pytest.mark.parametrize("vector", VECTORS)
def test_vector_in_every_front_matter_field(tmp_path, config_de, vector):
    fields = {name: vector for name in TEXT_FIELDS}
    photo = Photo(id="p", file=f"photos/{vector}.jpg",
                  **{name: vector for name in PHOTO_FIELDS})
    odd = Photo(id=vector, file="photos/x.jpg", **{name: vector for name in PHOTO_FIELDS})
    article = make_article(tmp_path / "a", "![](photo:p)\n\n![" + vector.replace("]", "")
                           + "](photo:p)", tags=[vector, "ok"], lead_photo=vector,
                           photos=[photo, odd], **fields)
    for images in (ExportLikeImages(), PreviewImages(article, "file:///tmp/x/")):
        page = render_page(article, config_de, images)
        assert_safe(page, page=True)
        root = parse(page)
        # escaped, not dropped: the visible text is exactly what was written
        assert "".join(root.find(".//h1").itertext()) == vector.strip()
        assert root.find(".//title").text.startswith(vector.strip())
        assert root.find(".//meta[@name='description']").get("content") == " ".join(
            vector.split())
        data = json.loads(root.find(".//script").text)
        assert data["headline"] == vector
        assert data["image"][0]["creditText"] == vector


def test_enough_vectors():
    assert len(VECTORS) >= 30
