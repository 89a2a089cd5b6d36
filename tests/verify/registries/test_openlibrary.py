"""Open Library adapter: ISBN → edition (+ author names), title/author search for books."""

from __future__ import annotations

from checker.model import Name
from checker.verify.registries.openlibrary import OpenLibrary, person

RAW = "Karel Dvořák, The Cold War in Central Europe (Prague: Example Academic Press, 1998), ISBN 0-306-40615-2."


def test_isbn_lookup_resolves_author_names(httpserver, fetch, ref, answer):
    httpserver.expect_request("/ol/isbn/9780306406157.json").respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/ol/books/OL1000001M.json")})
    httpserver.expect_request("/ol/books/OL1000001M.json").respond_with_json(answer("openlibrary_edition_coldwar.json"))
    httpserver.expect_request("/ol/authors/OL2000001A.json").respond_with_json(answer("openlibrary_author_dvorak.json"))
    library = OpenLibrary(base_url=httpserver.url_for("/ol"))

    result = library.lookup(ref(RAW, isbn="0-306-40615-2"), fetch)

    (book,) = result.candidates
    assert book.title == "The Cold War in Central Europe: Alliances and Neutrality"
    assert book.authors == (Name(family="Dvořák", given="Karel"),)
    assert book.years == ("1998",)
    assert book.isbn == ("9780306406157",)  # the ISBN-10 and -13 of one edition are one ISBN
    assert book.record.endswith("/ol/books/OL1000001M")
    assert len(result.requests) == 2


def test_search_by_title_and_first_author(httpserver, fetch, ref, answer):
    httpserver.expect_request("/ol/search.json").respond_with_json(answer("openlibrary_search_velvet.json"))
    library = OpenLibrary(base_url=httpserver.url_for("/ol"))

    result = library.lookup(ref("Oskar Krejčí, Velvet Transitions (1994).", title="Velvet Transitions",
                                author=("Krejčí, Oskar",), year="1994"), fetch)

    (request, _), = httpserver.log
    assert request.args["title"] == "Velvet Transitions"
    assert request.args["author"] == "Krejčí"
    (work,) = result.candidates
    assert work.years == ("1994", "2001")
    assert work.authors == (Name(family="Krejčí", given="Oskar"),)
    assert work.isbn == ()  # two editions: nothing says which one was cited


def test_unknown_isbn(httpserver, fetch, ref):
    httpserver.expect_request("/ol/isbn/9780306406157.json").respond_with_data("not found", status=404)
    result = OpenLibrary(base_url=httpserver.url_for("/ol")).lookup(ref(RAW, isbn="9780306406157"), fetch)
    assert (result.error, result.candidates) == (None, ())


def test_articles_are_left_to_crossref(ref):
    library = OpenLibrary(base_url="http://127.0.0.1:1")
    assert not library.accepts(ref("X, “Y,” Z 3 (2001).", title="Y", type="article"))
    assert library.accepts(ref("X, Y (Praha: Z, 2001).", title="Y", type="book"))
    assert library.accepts(ref("X, Y (2001).", title="Y"))


def test_person_splits_display_names():
    assert person("Oskar Krejčí") == Name(family="Krejčí", given="Oskar")
    assert person("Krejčí, Oskar") == Name(family="Krejčí", given="Oskar")


def test_an_edition_without_authors_takes_them_from_its_work(httpserver, fetch, ref, answer):
    """Many Open Library editions carry no ``authors``; the work they belong to does."""
    httpserver.expect_request("/ol/isbn/9780555123454.json").respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/ol/books/OL7000001M.json")})
    httpserver.expect_request("/ol/books/OL7000001M.json").respond_with_json(answer("openlibrary_edition_rails.json"))
    httpserver.expect_request("/ol/works/OL7000002W.json").respond_with_json(answer("openlibrary_work_rails.json"))
    httpserver.expect_request("/ol/authors/OL7000003A.json").respond_with_json(answer("openlibrary_author_kessler.json"))
    library = OpenLibrary(base_url=httpserver.url_for("/ol"))

    result = library.lookup(ref("Ferdinand Kessler, Rails across the Monarchy (2009).", isbn="9780555123454"), fetch)

    (book,) = result.candidates
    assert book.title == "Rails across the Monarchy: Habsburg Railways, 1848–1918"
    assert book.authors == (Name(family="Kessler", given="Ferdinand"),)
    assert book.publisher == "Example Transport History Press"
    assert [u.rsplit("/ol", 1)[1] for u in result.requests] == [
        "/isbn/9780555123454.json", "/works/OL7000002W.json", "/authors/OL7000003A.json"]


def test_an_edition_whose_work_cannot_be_read_has_no_authors(httpserver, fetch, ref, answer):
    httpserver.expect_request("/ol/isbn/9780555123454.json").respond_with_json(answer("openlibrary_edition_rails.json"))
    httpserver.expect_request("/ol/works/OL7000002W.json").respond_with_data("gone", status=404)
    library = OpenLibrary(base_url=httpserver.url_for("/ol"))
    (book,) = library.lookup(ref("Kessler, Rails.", isbn="9780555123454"), fetch).candidates
    assert book.authors == ()
