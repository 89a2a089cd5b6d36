"""Cache: unchanged documents are not analysed again; any change of input or options misses."""

from __future__ import annotations

import dataclasses

import pytest

import checker.pipeline as pipeline
from checker.cache import Cache, decode, encode
from checker.config import parse_config
from checker.findings import make_finding
from checker.load import load
from checker.model import DocumentAnalysis, Evidence, FetchResult, Location
from checker.pipeline import CheckOptions, analyse


@pytest.fixture
def counted(monkeypatch):
    """Count calls of the per-document analysis (the expensive part the cache skips)."""
    calls: list[str] = []
    real = pipeline.analyse_document

    def counting(document, options):
        calls.append(document.id)
        return real(document, options)

    monkeypatch.setattr(pipeline, "analyse_document", counting)
    return calls


OFFLINE = CheckOptions(offline=True)


def test_second_run_does_not_reanalyse(tmp_path, write_text, counted):
    write_text("First paper.\n", "a.txt")
    write_text("Second paper.\n", "b.txt")
    cache = Cache(tmp_path / "cache")
    docs = load([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    first = analyse(docs, OFFLINE, cache)
    assert counted == ["a", "b"]
    second = analyse(docs, OFFLINE, Cache(tmp_path / "cache"))
    assert counted == ["a", "b"], "the second run analysed again"
    assert second == first


def test_changed_document_or_options_are_analysed_again(tmp_path, write_text, counted):
    path = write_text("Original text.\n", "a.txt")
    cache = Cache(tmp_path / "cache")
    analyse(load([str(path)]), OFFLINE, cache)
    path.write_text("Edited text.\n")
    analyse(load([str(path)]), OFFLINE, cache)
    analyse(load([str(path)]), CheckOptions(offline=True, allow_private=True), cache)
    analyse(load([str(path)]), CheckOptions(offline=True, config=parse_config({"fail-on": "never"})), cache)
    assert counted == ["a", "a", "a", "a"]
    assert (cache.hits, cache.misses) == (0, 4)


def test_corrupt_entry_is_a_miss_not_a_failure(tmp_path, write_text, counted):
    path = write_text("Some text.\n", "a.txt")
    cache = Cache(tmp_path / "cache")
    docs = load([str(path)])
    analyse(docs, OFFLINE, cache)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text("{not json")
    analyse(docs, OFFLINE, cache)
    assert counted == ["a", "a"]


@pytest.mark.parametrize(
    "options",
    [pytest.param(CheckOptions(), id="live"), pytest.param(CheckOptions(record=True), id="record")],
)
def test_runs_that_reach_the_network_never_reuse_or_store_verdicts(options, tmp_path, write_text, counted):
    """Live URL and registry verdicts go stale: a live run always asks the network again."""
    docs = load([str(write_text("Plain text with nothing to look up.\n", "a.txt"))])
    cache = Cache(tmp_path / "cache")
    analyse(docs, OFFLINE, cache)
    analyse(docs, options, cache)
    analyse(docs, options, cache)
    assert counted == ["a", "a", "a"]
    assert cache.hits == 0
    assert [p.name for p in (tmp_path / "cache").rglob("*.json")] == [f"{cache.key(docs[0], OFFLINE)}.json"]


def test_foreign_types_are_refused_on_decode():
    with pytest.raises(TypeError, match="not a model type"):
        decode({"$t": "Path", "args": []})


def test_roundtrip_keeps_every_model_value():
    finding = make_finding("url.dead", Location("d", 3, page=1, column=2), "gone",
                           (Evidence("quote", Location("d", 3)),), "fix it", key="k")
    fetched = FetchResult("http://x/", 200, body=b"\x00\xffbytes", headers=(("A", "b"),))
    analysis = DocumentAnalysis("d", findings=(finding,))
    assert decode(encode(analysis)) == analysis
    assert decode(encode(fetched)) == fetched
    assert decode(encode({"k": (1, "x")})) == {"k": (1, "x")}


def test_unwritable_cache_folder_only_disables_caching(tmp_path, write_text):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    docs = load([str(write_text("Text.\n", "a.txt"))])
    report = analyse(docs, OFFLINE, Cache(blocker / "cache"))
    assert report.documents == docs


def test_cache_folder_is_tagged_and_ignored_by_git(tmp_path, write_text):
    analyse(load([str(write_text("Text.\n", "a.txt"))]), OFFLINE, Cache(tmp_path / "c"))
    assert (tmp_path / "c" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (tmp_path / "c" / ".gitignore").read_text() == "*\n"


def test_key_depends_on_document_identity(tmp_path, write_text):
    doc = load([str(write_text("Same.\n", "a.txt"))])[0]
    cache = Cache(tmp_path)
    moved = dataclasses.replace(doc, path="elsewhere/a.txt")
    assert cache.key(doc, CheckOptions()) != cache.key(moved, CheckOptions())
    assert cache.key(doc, CheckOptions()) == Cache(tmp_path / "other").key(doc, CheckOptions())


def test_a_real_seed_analysis_survives_the_cache(seeds_dir):
    """Every stage's results must be model values the cache can store and rebuild exactly."""
    document = load([str(sorted(seeds_dir.glob("001_*.txt"))[0])])[0]
    analysis = pipeline.analyse_document(document, CheckOptions(offline=True))
    assert decode(encode(analysis)) == analysis


@pytest.mark.parametrize(
    "change",
    [
        pytest.param("version", id="new_citecheck_version"),
        pytest.param("code", id="edited_citecheck_source"),
        pytest.param("cassette", id="new_recording_in_the_cassettes"),
        pytest.param("config", id="changed_config"),
    ],
)
def test_what_an_offline_analysis_depends_on_invalidates_it(change, tmp_path, write_text, counted, monkeypatch):
    import checker.cache as cache_module

    docs = load([str(write_text("See http://a.example/x for the text.\n", "a.txt"))])
    cassettes = tmp_path / "cassettes"
    cassettes.mkdir()
    options = CheckOptions(offline=True, cassette_dir=str(cassettes))
    analyse(docs, options, Cache(tmp_path / "cache"))
    analyse(docs, options, Cache(tmp_path / "cache"))
    assert counted == ["a"]
    if change == "version":
        monkeypatch.setattr(cache_module, "__version__", "999.0")
    elif change == "code":
        monkeypatch.setattr(cache_module, "source_digest", lambda: "edited")
    elif change == "cassette":
        (cassettes / "urls.yaml").write_text("interactions: []\n")
    else:
        options = dataclasses.replace(options, config=parse_config({"severity": {"url.dead": "warning"}}))
    analyse(docs, options, Cache(tmp_path / "cache"))
    assert counted == ["a", "a"]
