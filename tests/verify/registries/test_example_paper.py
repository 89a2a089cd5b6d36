"""The example paper end to end: parsed notes → fake registries → cassette → offline replay.

``tests/data/registries/example/paper.txt`` is a synthetic paper whose eight notes cite
invented works, one per kind of problem. Its parsed references (the real parse stage) go
through :func:`checker.verify.works.check_works` against a fake Crossref, doi.org and
Open Library on 127.0.0.1 that answer with the documented-shape fixtures. The committed
cassette ``example/cassettes/paper.yaml`` (used by the README's example and by
tests/cli/test_refs.py) is re-recorded only on request::

    CITECHECK_RECORD_EXAMPLE=1 python -m pytest tests/verify/registries/test_example_paper.py
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from checker.extract import extract
from checker.load import load
from checker.parse import parse_references
from checker.verify.cassettes import cassette_path
from checker.verify.works import RegistryOptions, check_works

from .conftest import FIXTURES

EXAMPLE = FIXTURES / "example"
EXAMPLE_PORT = 8765  # the address example/citecheck.toml names
# What a reader of the notes expects, note by note.
EXPECTED = {
    1: "mismatch",      # the alpine article cited as 2015; published online 2016, in print 2017
    2: "mismatch",      # cited at pp. 118–20 of an article on pp. 89–116
    3: "verified",      # book found by its ISBN; another publisher named (an imprint or co-edition)
    4: "verified",      # book found by title and author
    5: "not-found",     # fabricated: the registry has the same author's paper on another mountain range
    6: "retracted",     # Retraction Watch notice in Crossref's updated-by
    7: "unverifiable",  # a web page: its URL is the URL stage's business
    8: "mismatch",      # the DOI names a data set, not the article cited
    9: "corrected",     # a corrigendum in Crossref's updated-by
    10: "verified",     # the same authors' other paper, cited right: gains its DOI and page range
}
SEARCHES = {  # words of the cited string → Crossref search answer; anything else finds nothing
    "Flux in Alpine": "crossref_search_alpine.json",
    "Village Credit": "crossref_search_galicia.json",
    "Peat Bogs": "crossref_search_bogs.json",
}
RECORDS = {  # paths below the fake's root → fixture
    "/crossref/works/10.5555/aps.2019.31.402": "crossref_work_mussels.json",
    "/crossref/works/10.5555/rer.2018.12.3.301": "crossref_work_floods.json",
    "/doi/10.5555/zenodo.777": "doiorg_csl_precipitation.json",
    "/ol/books/OL7000001M.json": "openlibrary_edition_rails.json",
    "/ol/works/OL7000002W.json": "openlibrary_work_rails.json",
    "/ol/authors/OL7000003A.json": "openlibrary_author_kessler.json",
}
RATE = {"x-rate-limit-limit": "50", "x-rate-limit-interval": "1s"}


def _json(name: str, headers: dict | None = None) -> Response:
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    data.pop("_fixture", None)
    return Response(json.dumps(data, ensure_ascii=False), content_type="application/json", headers=headers)


def answer_like_the_registries(request: Request) -> Response:
    """Route one request of the fake registries to its fixture, as the documented APIs would."""
    path = request.path
    if path == "/crossref/works":
        query = request.args.get("query.bibliographic", "")
        name = next((f for words, f in SEARCHES.items() if words.lower() in query.lower()), "crossref_search_empty.json")
        return _json(name, RATE)
    if path == "/ol/search.json":
        found = "danube ports" in request.args.get("title", "").lower()
        return _json("openlibrary_search_ports.json" if found else "openlibrary_search_empty.json")
    if path == "/ol/isbn/9780555123454.json":  # Open Library redirects an ISBN to its edition
        return Response("", status=302, headers={"Location": "/ol/books/OL7000001M.json"})
    if path in RECORDS:
        return _json(RECORDS[path], RATE if path.startswith("/crossref") else None)
    if path.startswith("/crossref/works/"):
        return Response("Resource not found.", status=404, content_type="text/plain")
    return Response("Not Found", status=404)


def example_references():
    (document,) = load([str(EXAMPLE / "paper.txt")])
    return parse_references(extract(document))[0]


def serve(server: HTTPServer) -> dict[str, str]:
    server.expect_request(re.compile(".*")).respond_with_handler(answer_like_the_registries)
    root = f"http://127.0.0.1:{server.port}"
    return {"crossref": f"{root}/crossref", "doiorg": f"{root}/doi", "openlibrary": f"{root}/ol"}


def test_every_note_gets_the_verdict_its_problem_calls_for(httpserver, tmp_path):
    options = RegistryOptions(allow_private=True, record=True, cassette_dir=str(tmp_path),
                              urls=tuple(serve(httpserver).items()), mailto="editor@example.org")

    checks, findings = check_works(example_references(), options)

    assert {c.reference.note: c.verdict for c in checks} == EXPECTED
    assert sorted(f.rule for f in findings) == [
        "ref.corrected", "ref.mismatch", "ref.mismatch", "ref.mismatch", "ref.not-found", "ref.retracted"]
    recorded = cassette_path(tmp_path, "paper").read_text(encoding="utf-8")
    assert "editor@example.org" not in recorded
    httpserver.clear()
    replayed, _ = check_works(example_references(), RegistryOptions(
        allow_private=True, offline=True, cassette_dir=str(tmp_path), urls=options.urls))
    assert replayed == checks
    assert httpserver.log == []


def test_the_committed_example_cassette_replays_every_verdict():
    urls = serve_urls_of_the_example()
    checks, _ = check_works(example_references(), RegistryOptions(
        allow_private=True, offline=True, cassette_dir=str(EXAMPLE / "cassettes"), urls=urls))
    assert {c.reference.note: c.verdict for c in checks} == EXPECTED


def serve_urls_of_the_example() -> tuple[tuple[str, str], ...]:
    text = (EXAMPLE / "citecheck.toml").read_text(encoding="utf-8")
    return tuple(sorted(re.findall(r'^(\w+) = "(http://[^"]+)"', text, flags=re.M)))


@pytest.mark.skipif(not os.environ.get("CITECHECK_RECORD_EXAMPLE"), reason="set CITECHECK_RECORD_EXAMPLE=1 to re-record")
def test_record_the_example_cassette():
    path = cassette_path(EXAMPLE / "cassettes", "paper")
    path.unlink(missing_ok=True)
    server = HTTPServer(host="127.0.0.1", port=EXAMPLE_PORT)
    server.start()
    try:
        urls = serve(server)
        assert tuple(sorted(urls.items())) == serve_urls_of_the_example()
        check_works(example_references(), RegistryOptions(
            allow_private=True, record=True, cassette_dir=str(Path(path).parent), urls=tuple(urls.items())))
    finally:
        server.stop()
    assert path.exists()
