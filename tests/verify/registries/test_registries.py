"""The registry interface: discovery (a new registry is one more file), configuration, errors."""

from __future__ import annotations

import sys

import pytest

import checker.verify.registries as registries_pkg
from checker.errors import ConfigError
from checker.verify.registries import available, build_registries, parse_registry_urls, registry_label

OPENALEX = '''
"""Reference → RegistryAnswer from a test OpenAlex (only to prove one file is enough)."""
from dataclasses import dataclass
from checker.model import RegistryAnswer


@dataclass(frozen=True)
class OpenAlex:
    base_url: str
    mailto: str = ""
    name = "openalex"
    label = "OpenAlex"
    default_url = "https://api.openalex.org"
    priority = 40
    default = False

    def accepts(self, reference):
        return True

    def lookup(self, reference, fetch):
        return RegistryAnswer(self.name, detail="asked")


ADAPTER = OpenAlex
'''


def test_default_registries_in_asking_order():
    assert [r.name for r in build_registries()] == ["crossref", "doiorg", "openlibrary"]
    assert [r.base_url for r in build_registries()] == [
        "https://api.crossref.org", "https://doi.org", "https://openlibrary.org"]


def test_base_urls_and_mailto_are_configurable():
    crossref, *_ = build_registries({"crossref": "http://127.0.0.1:8080/mirror/"}, mailto="a@b.c")
    assert (crossref.base_url, crossref.mailto) == ("http://127.0.0.1:8080/mirror", "a@b.c")


def test_a_new_registry_is_one_more_file(tmp_path, monkeypatch):
    (tmp_path / "openalex.py").write_text(OPENALEX, encoding="utf-8")
    monkeypatch.setattr(registries_pkg, "__path__", [*registries_pkg.__path__, str(tmp_path)])
    available.cache_clear()
    try:
        assert "openalex" in available()
        assert "openalex" not in [r.name for r in build_registries()]  # not asked unless enabled
        chosen = build_registries({"openalex": "http://127.0.0.1:9"}, enabled=("crossref", "openalex"))
        assert [(r.name, r.base_url) for r in chosen] == [
            ("crossref", "https://api.crossref.org"), ("openalex", "http://127.0.0.1:9")]
        assert registry_label("openalex") == "OpenAlex"
    finally:
        available.cache_clear()
        sys.modules.pop("checker.verify.registries.openalex", None)


def test_unknown_registry_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown registry 'crosref'; known registries: crossref, doiorg"):
        build_registries({"crosref": "http://127.0.0.1:1"})


@pytest.mark.parametrize(
    "pair",
    [
        pytest.param("crossref", id="no_equals"),
        pytest.param("=http://127.0.0.1", id="no_name"),
        pytest.param("crossref=127.0.0.1:80", id="no_scheme"),
        pytest.param("crossref=ftp://mirror", id="not_http"),
    ],
)
def test_bad_registry_url_arguments(pair):
    with pytest.raises(ConfigError, match="expected NAME=URL"):
        parse_registry_urls([pair])


def test_registry_url_arguments():
    assert parse_registry_urls(["crossref=http://127.0.0.1:1", "openlibrary = https://ol.example"]) == {
        "crossref": "http://127.0.0.1:1", "openlibrary": "https://ol.example"}
