"""The citation text of each URL: the note or bibliography entry around it, not just its line."""

from __future__ import annotations

import json

import pytest
from werkzeug.wrappers import Response

from checker.extract import extract
from checker.load import load
from checker.model import Location, UrlRef
from checker.verify import UrlOptions, verify_urls
from checker.verify.cited import AFTER, BEFORE, citation_texts, window

# A footnote over three lines: the title and the access date are on the lines above the URL.
PAPER = """A paper

The argument.1 Another.2

1 NOVÁK, Jan. Rivers of Memory in Central Europe: Floods and Towns. In: Academia Online
[online]. [cit. 2014-07-22]. Dostupné
z: <{rivers}>
2 SMITH, Anna. Lost Letters of the Border. In: Archive [online]. [cit. 2016-03-03]. Dostupné
z: <{letters}>
"""


def _paper(httpserver, write_text):
    rivers = httpserver.url_for("/rivers").replace("//localhost:", "//127.0.0.1:")
    letters = httpserver.url_for("/letters").replace("//localhost:", "//127.0.0.1:")
    return write_text(PAPER.format(rivers=rivers, letters=letters), name="paper.txt"), rivers, letters


def test_the_citation_of_a_url_is_its_whole_note(httpserver, write_text):
    path, rivers, letters = _paper(httpserver, write_text)
    extraction = extract(load([str(path)])[0])
    texts = {ref.url: text for ref, text in citation_texts(extraction).items()}
    assert texts[rivers].startswith("NOVÁK, Jan. Rivers of Memory in Central Europe: Floods and Towns.")
    assert "[cit. 2014-07-22]" in texts[rivers] and "SMITH" not in texts[rivers]
    assert texts[letters].startswith("SMITH, Anna. Lost Letters of the Border.")


def test_title_and_access_date_are_read_from_the_lines_above_the_url(httpserver, write_text):
    """A wrong page is caught and the archive asked for the cited date, though the URL's line names neither."""
    path, rivers, letters = _paper(httpserver, write_text)
    httpserver.expect_request("/rivers").respond_with_data(
        "<title>Tariff Census of the Railway Empire</title><h1>Tariffs</h1>", content_type="text/html")
    httpserver.expect_request("/letters").respond_with_data(
        "<title>Lost Letters of the Border | Archive</title><h1>Lost Letters</h1>", content_type="text/html")
    asked = []

    def wayback(request):
        asked.append(dict(request.args))
        return Response(json.dumps({"archived_snapshots": {}}), content_type="application/json")

    httpserver.expect_request("/wayback/available").respond_with_handler(wayback)
    options = UrlOptions(allow_private=True, archive_base=httpserver.url_for("/").rstrip("/"))
    checks, _ = verify_urls([extract(load([str(path)])[0])], options)
    assert [(c.ref.url, c.verdict) for c in checks] == [(rivers, "title-mismatch"), (letters, "ok")]
    assert '"NOVÁK, Jan. Rivers of Memory in Central Europe' in checks[0].evidence
    assert asked == [{"url": rivers, "timestamp": "20140722"}]


@pytest.mark.parametrize(
    "text, raw, expected",
    [
        pytest.param("x" * 1000 + " http://a.org/p " + "y" * 1000, "http://a.org/p",
                     "x" * (BEFORE - 1) + " http://a.org/p " + "y" * (AFTER - 1), id="long_note_cut_around_the_url"),
        pytest.param("Title. Dostupné z: http://a.org/\np", "http://a.org/\np", "Title. Dostupné z: http://a.org/ p",
                     id="url_broken_over_two_lines"),
        pytest.param("No URL here " * 100, "http://a.org/p", ("No URL here " * 100)[: BEFORE + AFTER],
                     id="url_not_in_the_text"),
    ],
)
def test_window(text, raw, expected):
    assert window(text, UrlRef("http://a.org/p", raw, Location("d", 1), "note")) == expected


def test_many_urls_in_one_block_get_the_same_windows_as_one_at_a_time():
    """A block holding hundreds of URLs (a damaged list run together) is flattened once, with the same windows."""
    from checker.model import BibEntry, Document, Extraction

    urls = [f"http://h{i % 7}.org/p/{i}" for i in range(300)]
    lines = [f"[{i}] Author {i}. Title   number {i}.\n  Available at: {url} (accessed 2016)." for i, url in enumerate(urls)]
    text = "\n".join(lines)
    refs = tuple(UrlRef(url, url, Location("d", 1), "entry") for url in urls)
    entry = BibEntry(text=text, location=Location("d", 1), section="References", lines=(1,))
    extraction = Extraction(document=Document("d", "d.txt", tuple(text.splitlines()), "utf-8", "0" * 64), pages=(),
                            line_roles=(), notes=(), markers=(), citations=(), bibliography=(entry,), urls=refs)
    texts = citation_texts(extraction)
    assert [texts[ref] for ref in refs] == [window(text, ref) for ref in refs]
