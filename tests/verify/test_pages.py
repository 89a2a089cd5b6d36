"""Reading pages: titles, "not found" wording, bot walls, catch-all pages, title matching."""

from __future__ import annotations

import pytest

from checker.verify.pages import PageInfo, is_bot_wall, match_title, read_page, same_page, says_not_found

CITATION = "Kozyrev, A. Soviet Foreign Policy After the Cold War. Moscow: Nauka, 1993. Available at: http://x.org/a"


def test_read_page_takes_title_og_title_and_first_heading():
    body = (b'<html><head><title> Soviet  Foreign Policy | Nauka </title>'
            b'<meta property="og:title" content="Soviet Foreign Policy After the Cold War">'
            b"<script>var t = '<h1>fake</h1>';</script></head><body><h1>Chapter list</h1><p>Text</p></body></html>")
    page = read_page(body, "text/html; charset=utf-8")
    assert (page.title, page.og_title, page.heading) == (
        "Soviet Foreign Policy | Nauka", "Soviet Foreign Policy After the Cold War", "Chapter list")
    assert "fake" not in page.text


def test_read_page_parses_only_a_capped_prefix():
    body = b"<title>Head</title>" + b"<p>x</p>" * 200_000 + b"<h1>Far away</h1>"
    assert read_page(body).heading == ""


def _read_page_by_searches(body: bytes, content_type: str | None = None) -> PageInfo:
    """What ``read_page`` read before its single walk: one bs4 search per question."""
    import warnings

    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    from checker.verify.pages import PARSE_BYTES, _charset, _clean

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(body[:PARSE_BYTES], "html.parser", from_encoding=_charset(content_type))
    title = _clean(soup.title.get_text()) if soup.title else ""
    meta = soup.find("meta", attrs={"property": "og:title"}) or soup.find("meta", attrs={"name": "og:title"})
    og_title = _clean(str(meta.get("content", ""))) if meta else ""
    heading_tag = soup.find(["h1", "h2"])
    heading = _clean(heading_tag.get_text(" ")) if heading_tag else ""
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    text = _clean((soup.body or soup).get_text(" "))[:5000]
    return PageInfo(title[:300], og_title[:300], heading[:300], text)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"<title>A &amp; B</title><h1> Hi </h1><p>x</p>", id="no-body-tag"),
        pytest.param(b"<noscript><body><h2>Enable JS</h2></body></noscript><body><p>Real text</p></body>",
                     id="first-body-inside-noscript"),
        pytest.param(b"<noscript><title>JS title</title><meta name=og:title content=N></noscript>"
                     b"<meta property=og:title content=P><title>Second</title>", id="names-inside-noscript"),
        pytest.param(b'<meta name="og:title" content="By name"><meta property="og:title" content="By property">',
                     id="og-property-wins-over-name"),
        pytest.param(b"<h2>Sub <b>first</b></h2><h1>Main</h1><template><h1>T</h1></template>", id="h2-before-h1"),
        pytest.param(b"<body><h1>Unclosed <i>heading<p>para</body><body>second body</body>", id="unclosed"),
        pytest.param(b"<svg><title>icon</title></svg><title>Page</title><style>p{}</style>", id="svg-title-first"),
        pytest.param(b"<title>\xc8esk\xe1 str\xe1nka</title>", id="undeclared-charset"),
        pytest.param(b"", id="empty"),
    ],
)
def test_read_page_reads_what_one_search_per_question_would(body):
    assert read_page(body) == _read_page_by_searches(body)
    assert read_page(body, "text/html; charset=windows-1250") == _read_page_by_searches(body, "text/html; charset=windows-1250")


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Page not found", id="english"),
        pytest.param("404 – Seite nicht gefunden", id="german"),
        pytest.param("Stránka nenalezena | iROZHLAS", id="czech"),
        pytest.param("Error 404", id="code"),
        pytest.param("Sorry, this page doesn't exist", id="does_not_exist"),
    ],
)
def test_not_found_pages_are_recognised(title):
    assert says_not_found(PageInfo(title=title)) == title


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Foundations of Found Poetry", id="found_word"),
        pytest.param("The 1940s in Prague", id="other_number"),
    ],
)
def test_ordinary_titles_are_not_not_found_pages(title):
    assert says_not_found(PageInfo(title=title)) is None


def test_bot_wall_is_recognised():
    assert is_bot_wall(PageInfo(title="Just a moment...")) == "Just a moment..."
    assert is_bot_wall(PageInfo(title="Annual report 2014")) is None


@pytest.mark.parametrize(
    "page, matched",
    [
        pytest.param(PageInfo(title="Soviet Foreign Policy After the Cold War"), True, id="exact"),
        pytest.param(PageInfo(title="Soviet Foreign Policy After the Cold War — Nauka Publishers"), True,
                     id="with_site_name"),
        pytest.param(PageInfo(title="Nauka", heading="Soviet Foreign Policy after the Cold War"), True,
                     id="heading_matches"),
        pytest.param(PageInfo(title="Sovi et Forei gn Policy After the Cold War"), True, id="ocr_damage"),
        pytest.param(PageInfo(title="Harvest Drought and Famine in Bohemia"), False, id="other_work"),
        pytest.param(PageInfo(title="Cold Harvest Policy Memory Archives"), False, id="shared_words_only"),
    ],
)
def test_match_title(page, matched):
    assert match_title(CITATION, page).matched is matched


def test_no_title_comparison_without_a_cited_title_or_page_title():
    assert match_title("http://x.org/a", PageInfo(title="Anything")) is None
    assert match_title(CITATION, PageInfo()) is None


def test_same_page_needs_title_and_text_alike():
    a = PageInfo(title="Library", text="Search the catalogue 12 results")
    assert same_page(a, PageInfo(title="Library", text="Search the catalogue 97 results"))
    assert not same_page(a, PageInfo(title="Library", text="Soviet foreign policy, a long article " * 5))


@pytest.mark.parametrize("text", ["Rivers of Memory", "Stránka nenalezena | ČT24", "Ｆｕｌｌ ｗｉｄｔｈ ﬁle", "Łódź, Straße",
                                  "Не найдено — ошибка", "e\u0301te\u0301 a\u030a", "ὈΔΥΣΣΕΎΣ", "", "   "])
def test_norm_strips_accents_as_a_walk_over_every_character_would(text):
    import unicodedata

    from checker.verify.pages import _WORD, _norm

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    assert _norm(text) == " ".join(_WORD.findall(plain))
