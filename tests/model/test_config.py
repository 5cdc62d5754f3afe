from pathlib import Path

import pytest

from editor.model.config import SiteConfig, default_config_text, load_config
from editor.model.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "newsdesk.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_missing_keys_take_defaults(tmp_path):
    cfg = load_config(write(tmp_path, 'site_name = "Stadt Köln"\n'))
    assert cfg.site_name == "Stadt Köln"
    assert cfg.language == "de"
    assert cfg.required_photo_fields == ("creator", "credit", "copyright", "alt")
    assert cfg.image_widths == (480, 720, 960, 1600, 2400)
    assert cfg.image_formats == ("jpeg", "webp")
    assert cfg.approval_required is True


def test_unknown_key_is_named(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, 'site_name = "x"\nimage_widht = [1]\n'))
    assert "image_widht" in str(err.value)


@pytest.mark.parametrize("text, word", [
    ("approval_required = 1\n", "approval_required"),
    ("history_limit = true\n", "history_limit"),
    ('language = "fr"\n', "language"),
    ('image_formats = ["gif"]\n', "image_formats"),
    ('required_photo_fields = ["colour"]\n', "colour"),
    ("image_widths = []\n", "image_widths"),
    ("site_name = \n", "TOML"),
])
def test_bad_values_are_refused(tmp_path, text, word):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert word in str(err.value)


def test_default_text_loads_to_defaults(tmp_path):
    cfg = load_config(write(tmp_path, default_config_text("Beispielhausen", "en")))
    assert cfg.site_name == "Beispielhausen"
    assert cfg.language == "en"
    defaults = SiteConfig()
    assert cfg.image_widths == defaults.image_widths
    assert cfg.max_megapixels == defaults.max_megapixels


def test_missing_file_says_so(tmp_path):
    with pytest.raises(ConfigError, match="no newsdesk.toml"):
        load_config(tmp_path / "newsdesk.toml")


@pytest.mark.parametrize("url", [
    "aktuelles/", "/aktuelles/", "www.example.org/aktuelles/", "ftp://example.org/",
    "javascript:alert(1)", "https://", "https:///pfad/", "https://user:pw@example.org/",
    "https://example.org/a?x=1", "https://example.org/a#top", "https://exa mple.org/",
    "https://example.org:port/", "",
])
def test_base_url_must_be_an_absolute_http_url(tmp_path, url):
    text = f'site_name = "x"\nbase_url = "{url}"\n'
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert "base_url" in err.value.message and err.value.line == 2
    assert "newsdesk.toml, line 2" in str(err.value)


@pytest.mark.parametrize("url", ["https://www.example.org/aktuelles/", "http://localhost:8080",
                                 "https://stadt.example/news"])
def test_good_base_urls_load(tmp_path, url):
    assert load_config(write(tmp_path, f'base_url = "{url}"\n')).base_url == url
