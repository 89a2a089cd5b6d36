"""check_works: registries asked live, recorded into the URL stage's cassettes, replayed offline."""

from __future__ import annotations

import pytest

from checker.errors import ConfigError
from checker.verify.cassettes import cassette_path
from checker.verify.works import RegistryOptions, check_works, registry_settings

DANUBE = "Diplomacy on the Danube: Soviet Policy toward Central Europe, 1953–1964"


@pytest.fixture
def danube_ref(ref):
    return ref(f"Jan Novák, “{DANUBE},” Journal of Cold War Studies 11 (2009): 95.", ref_id="paper#n3",
               title=DANUBE, author=("Novák, Jan",), year="2009", container_title="Journal of Cold War Studies",
               pages="95", type="article")


def options(registry_urls, tmp_path, **changes) -> RegistryOptions:
    base = dict(allow_private=True, cassette_dir=str(tmp_path / "cassettes"),
                urls=tuple(sorted(registry_urls.items())), mailto="editor@example.org")
    return RegistryOptions(**(base | changes))


def test_record_then_replay_offline_gives_the_same_verdicts(httpserver, answer, registry_urls, tmp_path, danube_ref):
    httpserver.expect_request("/crossref/works").respond_with_json(answer("crossref_search_danube.json"))

    recorded, _ = check_works([danube_ref], options(registry_urls, tmp_path, record=True))
    assert cassette_path(tmp_path / "cassettes", "paper").exists()
    httpserver.clear()  # the registry is gone; only the cassette can answer now
    replayed, findings = check_works([danube_ref], options(registry_urls, tmp_path, offline=True))

    assert [c.verdict for c in recorded] == ["verified"]
    assert replayed == recorded
    assert findings == ()
    assert httpserver.log == []


def test_offline_without_a_cassette_asks_nothing_and_summarises(registry_urls, tmp_path, danube_ref, httpserver):
    checks, findings = check_works([danube_ref, danube_ref], options(registry_urls, tmp_path, offline=True))
    assert [c.verdict for c in checks] == ["unverifiable", "unverifiable"]
    (finding,) = findings
    assert finding.rule == "ref.unverifiable"
    assert finding.message.startswith("2 cited works could not be checked")
    assert httpserver.log == []


def test_offline_with_a_cassette_missing_this_request(httpserver, answer, registry_urls, tmp_path, danube_ref, ref):
    httpserver.expect_request("/crossref/works").respond_with_json(answer("crossref_search_danube.json"))
    check_works([danube_ref], options(registry_urls, tmp_path, record=True))
    other = ref("Petr Svoboda, “Moscow and the Prague Spring Revisited,” (2010).", ref_id="paper#n4",
                title="Moscow and the Prague Spring Revisited", author=("Svoboda, Petr",), year="2010", type="article")

    checks, findings = check_works([other], options(registry_urls, tmp_path, offline=True))

    assert checks[0].verdict == "unverifiable"
    assert checks[0].reason.startswith("offline")
    assert [f.rule for f in findings] == ["ref.unverifiable"]


def test_registry_settings_reject_unknown_keys():
    with pytest.raises(ConfigError, match="unknown key 'crosref'"):
        registry_settings({"crosref": "http://127.0.0.1:1"})
    with pytest.raises(ConfigError, match="crossref: expected the registry's base URL"):
        registry_settings({"crossref": "api.crossref.org"})
    assert registry_settings({"enabled": ["crossref"]}) == {"enabled": ("crossref",)}


def test_a_recorded_cassette_keeps_no_contact_address_and_still_replays(
    httpserver, answer, registry_urls, tmp_path, danube_ref
):
    """The polite-pool address goes to the registry, never into a cassette a project commits."""
    httpserver.expect_request("/crossref/works").respond_with_json(answer("crossref_search_danube.json"))

    recorded, _ = check_works([danube_ref], options(registry_urls, tmp_path, record=True))

    (request, _), = httpserver.log
    assert request.args["mailto"] == "editor@example.org"  # the registry was told who asks
    assert "mailto:editor@example.org" in request.headers["User-Agent"]
    text = cassette_path(tmp_path / "cassettes", "paper").read_text(encoding="utf-8")
    assert "editor@example.org" not in text and "mailto" not in text
    assert "query.bibliographic" in text  # the request itself is kept
    httpserver.clear()
    replayed, _ = check_works([danube_ref], options(registry_urls, tmp_path, offline=True))
    assert replayed == recorded


def test_a_registry_found_down_is_not_asked_again_for_the_next_document(registry_urls, refused_url, tmp_path, ref):
    urls = {**registry_urls, "crossref": refused_url}
    references = [ref(f"A. Author, “Title {i},” Journal 1 (2000).", ref_id=f"{doc}#n{i}", document=doc,
                      title=f"A Study of Something Numbered {i}", author=("Author, A.",), year="2000",
                      container_title="Journal", type="article")
                  for doc in ("first", "second") for i in range(3)]

    checks, findings = check_works(references, options(urls, tmp_path, enabled=("crossref",)))

    assert [c.verdict for c in checks] == ["unverifiable"] * 6
    assert all("not asked" in c.reason for c in checks[3:])  # the second document asked nothing
    assert [f.location.document for f in findings] == ["first", "second"]
