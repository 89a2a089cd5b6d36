"""Tests for checker/extract/urls.py: finding, joining, cleaning and merging URLs."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.extract.urls import clean_url, join_broken_urls, merge_url_variants, url_continues
from checker.model import Location, UrlRef

from .conftest import make_document


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        pytest.param("Dostupné z: <http://www.nato.int/docu/", "review/2011/index.htm>", True, id="inside_angle_brackets"),
        pytest.param("see http://www.nato.int/cps/en/", "natolive/topics_50090.htm", True, id="ends_with_slash"),
        pytest.param("http://example.org/a-", "b-c/index.html", True, id="ends_with_hyphen"),
        pytest.param("see http://www.example.org/", "for the full text", False, id="next_line_is_prose"),
        pytest.param("z: <http://csis.org/a.pdf>", "z: <http://other.org/>", False, id="closed_url"),
        pytest.param("http://a.org/x", "http://b.org/y", False, id="next_line_new_url"),
        pytest.param("NATO fact sheet:", "http://a.org/", False, id="no_url_on_left"),
        pytest.param("Available: https://www.loc.gov/", "[14] P. Koehler, “An analysis", False, id="next_entry_number"),
        pytest.param("z: https://www.vlada.cz/a-", "7 Tamtéž, s. 8.", False, id="next_note_number"),
        pytest.param("https://www.example.org/items/", "12", False, id="torn_note_number"),
        pytest.param("a selection is at https://", "discovery.nationalarchives.gov.uk/details/", True, id="scheme_alone"),
        pytest.param("11–14, <https://", "www.wilsoncenter.org/sites/default/", True, id="scheme_alone_in_brackets"),
        pytest.param("see https://", "the archive for details", False, id="scheme_alone_before_prose"),
        pytest.param("https://example.org/document/declara", "tion-soviet-government-30-october-1956.", True,
                     id="broken_inside_a_word"),
        pytest.param("https://example.org/document/declara", "Ibid.", False, id="word_after_unfinished_url"),
        pytest.param("https://example.org/docu/index.htm", "tion-soviet-1956.", False, id="complete_file_name"),
        pytest.param("https://example.org/docu/12345", "2014.", False, id="number_after_url"),
        pytest.param("Dostupné z: https://eur-lex.europa.eu/TXT/?uri=CELEX:", "32019L1024", True, id="after_colon"),
    ],
)
def test_url_continues(left, right, expected):
    assert url_continues(left, right) is expected


def test_join_broken_urls_over_three_lines():
    lines = {0: "Dostupné z: <http://www.example.org/a/", 1: "b/c-", 2: "d.html>. Next sentence http://x.org/"}
    found = join_broken_urls(lines, [0, 1, 2])
    assert [(clean_url("".join(f.parts)), f.index) for f in found] == [
        ("http://www.example.org/a/b/c-d.html", 0), ("http://x.org/", 2)]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        pytest.param("<http://www.bbc.com/news/world-europe-28012778>", "http://www.bbc.com/news/world-europe-28012778", id="angle_brackets"),
        pytest.param("http://www.nato.int/index.htm.", "http://www.nato.int/index.htm", id="trailing_period"),
        pytest.param("http://en.wikipedia.org/wiki/Kosovo_(region))", "http://en.wikipedia.org/wiki/Kosovo_(region)", id="balanced_paren"),
        pytest.param("www.swp-berlin.org/en/", "http://www.swp-berlin.org/en/", id="bare_www"),
        pytest.param("http://", "", id="no_host"),
    ],
)
def test_clean_url(text, url):
    assert clean_url(text) == url


def _ref(url: str, line: int) -> UrlRef:
    return UrlRef(url=url, raw=url, location=Location("d", line), where="body")


def test_merge_url_variants_puts_back_the_hyphens_each_form_lost():
    refs = (
        _ref("http://w.com/with-ukrainecrisis-the-us-has-a-credibility/8466d34c", 10),
        _ref("http://w.com/with-ukraine-crisis-the-us-has-acredibility/8466-d34c", 20),
        _ref("http://other.org/", 30),
    )
    merged, findings = merge_url_variants(refs)
    best = "http://w.com/with-ukraine-crisis-the-us-has-a-credibility/8466-d34c"
    assert [r.url for r in merged] == [best, best, "http://other.org/"]
    assert [r.repaired for r in merged] == [True, True, False]
    (finding,) = findings
    assert finding.rule == "url.variant" and finding.location.line == 10
    assert [e.location.line for e in finding.evidence] == [10, 20]


def test_same_url_cited_twice_identically_is_not_a_variant():
    merged, findings = merge_url_variants((_ref("http://a.org/x-y", 1), _ref("http://a.org/x-y", 2)))
    assert findings == () and not any(r.repaired for r in merged)


def test_urls_know_where_they_stand():
    doc = make_document(
        "Read the report at http://body.example.org/report.pdf for details. It says much.1\n"
        + " " * 40 + "\n"
        + "1 SMITH, John. Report [online]. Dostupné z: <http://note.example.org/docu/\n"
        + "review/index.htm>\n"
        + "\n"
        + "References\n"
        + "Smith, J. (2001). Report. http://list.example.org/\n"
    )
    ex = extract(doc)
    assert [(u.url, u.where, u.location.line, u.repaired) for u in ex.urls] == [
        ("http://body.example.org/report.pdf", "body", 1, False),
        ("http://note.example.org/docu/review/index.htm", "note 1", 3, True),
        ("http://list.example.org/", "list", 7, False),
    ]
    assert ex.urls[1].raw == "http://note.example.org/docu/\nreview/index.htm"
    assert [f.rule for f in ex.findings if f.rule.startswith("url.")] == ["url.damaged"]


def test_seed_001_washington_post_url_repaired_in_both_places(seed_extractions):
    urls = [u for u in seed_extractions["001"].urls if "washingtonpost" in u.url]
    right = ("http://www.washingtonpost.com/opinions/eugene-robinson-with-ukraine-crisis-the-us-has-a-credibility-"
             "problem/2014/03/03/f8f6a58a-a311-11e3-8466-d34c451760b9_story.html")
    assert [(u.location.line, u.url, u.where) for u in urls] == [(192, right, "note 13"), (289, right, "list")]
    rules = [f.rule for f in seed_extractions["001"].findings if f.rule.startswith("url.")]
    assert sorted(rules) == ["url.damaged", "url.damaged", "url.variant"]


def test_seed_001_urls_stripped_of_wrappers(seed_extractions):
    by_line = {u.location.line: u for u in seed_extractions["001"].urls}
    assert by_line[164].url == "http://csis.org/files/media/csis/pubs/081110_smith_natorussia_web.pdf"
    assert by_line[199].url == "http://www.bbc.com/news/world-europe-28012778"
    assert by_line[199].where == "note 15"
    assert by_line[203].where == "note 16"
    assert by_line[275].url == "http://www.nato-russia-council.info/en/" and by_line[275].where == "list"
    assert len(seed_extractions["001"].urls) == 21


def test_url_broken_after_its_scheme_keeps_the_scheme():
    text = ("Body text that runs along here.1\n" + " " * 48 + "\n"
            "1 Reports in TNA, WO 208/\n4403; a selection is at https://\ndiscovery.nationalarchives.gov.uk/details/\n"
            "r/C4419731.\n")
    extraction = extract(make_document(text))
    assert [(u.url, u.repaired) for u in extraction.urls] == [
        ("https://discovery.nationalarchives.gov.uk/details/r/C4419731", True)]
    assert extraction.notes[0].text == ("Reports in TNA, WO 208/4403; a selection is at "
                                        "https://discovery.nationalarchives.gov.uk/details/r/C4419731.")


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        pytest.param("italiane, https://anagrafe.iccu.sbn.", "it/it/ricerca/dettaglio.html?codice=1 (consultato il 3",
                     True, id="host_cut_at_a_dot_path_below"),
        pytest.param("Available: https://www.thethingsnetwork.", "org/docs/lorawan/duty-cycle/.", True, id="lone_tail"),
        pytest.param("see https://example.org.", "and it/they went on", False, id="sentence_end_after_host"),
        pytest.param("see https://example.org/a.", "it/it was", False, id="path_already_there"),
    ],
)
def test_url_broken_after_a_dot(left, right, expected):
    assert url_continues(left, right) is expected
