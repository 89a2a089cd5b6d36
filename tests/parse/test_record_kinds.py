"""parse_reference on kinds of citation that the unseen papers showed going wrong.

Made-up strings of each kind (not the papers' own): an APA title with a question and
a subtitle, an ISO 690 name-date article cited ``In:`` its journal, archival records,
ISO 690 places with lower-case words and publishers in small letters, legal titles
with ``č.``, capitalised corporate authors, official document numbers in brackets,
printed books with an ISO 690 link, and title-first editions with a volume. Expected
values were written by reading each string as a librarian fills a record.
"""

from __future__ import annotations

import pytest

from checker.parse import fields_json, parse_reference

KINDS = [
    pytest.param(
        "Holm, K., & Vance, T. (2011). Can tariffs save the steel towns? Evidence from three regional panels. "
        "Journal of Industrial Geography, 41, 102–118. https://doi.org/10.1016/j.jig.2010.11.004",
        {"type": "article", "title": "Can tariffs save the steel towns? Evidence from three regional panels",
         "container_title": "Journal of Industrial Geography", "volume": "41", "pages": "102-118"},
        id="apa-question-then-subtitle",
    ),
    pytest.param(
        "Oduya, M. (2019). Who pays for the seawall? Urban Studies Review, 8(2), 55-70.",
        {"type": "article", "title": "Who pays for the seawall", "container_title": "Urban Studies Review"},
        id="apa-question-then-journal",
    ),
    pytest.param(
        "NOVÁK, J. Kdo platí? Sociologický časopis. 2001, roč. 3, s. 5–9.",
        {"container_title": "Sociologický časopis", "volume": "3", "pages": "5-9"},
        id="iso-question-then-journal",
    ),
    pytest.param(
        "KOVÁČ, R. – HRUBÁ, L. 2017. Morava. In: Ročenka regionální politiky. 2017, roč. 12, č. 2, s. 11–20.",
        {"type": "article", "title": "Morava", "container_title": "Ročenka regionální politiky", "year": "2017",
         "volume": "12", "issue": "2", "pages": "11-20"},
        id="iso-name-date-article-in",
    ),
    pytest.param(
        "Zemský archiv v Opavě, fond Velkostatek Hradec, kart. 14, inv. č. 205, fol. 3.",
        {"kind": "full", "type": "other", "publisher": "Zemský archiv v Opavě",
         "title": "fond Velkostatek Hradec, kart. 14, inv. č. 205", "pages": "3", "author": None},
        id="archive-repository-first",
    ),
    pytest.param(
        "Pozvánka na schůzi spolku, 1898, Zemský archiv v Opavě, fond Spolek Vlastenec, kart. 7.",
        {"kind": "full", "type": "other", "title": "Pozvánka na schůzi spolku, 1898",
         "publisher": "Zemský archiv v Opavě", "container_title": "fond Spolek Vlastenec, kart. 7"},
        id="archive-document-first",
    ),
    pytest.param(
        "Archiv der Akademie der Künste, Berlin. Nachlass Anna Seghers, NL 112.",
        {"type": "other", "publisher": "Archiv der Akademie der Künste, Berlin", "title": "Nachlass Anna Seghers, NL 112"},
        id="archive-town-and-papers",
    ),
    pytest.param(
        "Stadtarchiv Bremen, Ratsprotokolle, fol. 14r; the printed version is at https://www.example.org/rp/1412.",
        {"type": "other", "publisher": "Stadtarchiv Bremen", "title": "Ratsprotokolle", "pages": "14r",
         "url": "https://www.example.org/rp/1412"},
        id="archive-folio-and-edition",
    ),
    pytest.param(
        "Smith, J. 2014. Archives and power. Box Press, Boston.",
        {"type": "book", "title": "Archives and power", "publisher": "Box Press"},
        id="not-archive-book-about-archives",
    ),
    pytest.param(
        "DVOŘÁK, Karel. Kronika obce. Ústí nad Orlicí: Obecní úřad, 1999.",
        {"type": "book", "location": "Ústí nad Orlicí", "publisher": "Obecní úřad"},
        id="iso-place-with-nad",
    ),
    pytest.param(
        "ŠTĚPÁNEK, Karel. Paměti. Žamberk: vlastním nákladem, 1921.",
        {"type": "book", "location": "Žamberk", "publisher": "vlastním nákladem"},
        id="iso-self-published",
    ),
    pytest.param(
        "Vyhláška č. 5/1930 z. z., kterou se upravuje obecní řád. Praha: Zemský výbor, 1930.",
        {"title": "Vyhláška č. 5/1930 z. z., kterou se upravuje obecní řád", "location": "Praha"},
        id="legal-title-with-number-label",
    ),
    pytest.param(
        "STATISTICKÝ ÚŘAD ČR. 2021. Sčítání lidu 2021 [online]. Praha: ČSÚ [cit. 2024-01-15]. "
        "Dostupné na: https://www.czso.cz/scitani",
        {"type": "web page", "author": [{"literal": "STATISTICKÝ ÚŘAD ČR"}], "location": "Praha", "publisher": "ČSÚ"},
        id="iso-capitalised-body",
    ),
    pytest.param(
        "Ministry of Finance. (2020a). Review of fiscal rules (MF/2020/17 final). Retrieved from "
        "https://www.example.org/reports/fiscal-rules",
        {"type": "report", "title": "Review of fiscal rules", "issue": "MF/2020/17 final", "publisher": None,
         "container_title": None},
        id="apa-document-number",
    ),
    pytest.param(
        "Smith, John. Policy Futures (OECD Publishing, 2019), 12.",
        {"publisher": "OECD Publishing", "issue": None},
        id="bracketed-publisher-is-no-number",
    ),
    pytest.param(
        "BERAN, T. – NOVÁ, K. 2018. Nové strany v Evropě. Praha: Karolinum. Dostupné na: "
        "https://doi.org/10.14712/9788024638745",
        {"type": "book", "publisher": "Karolinum"},
        id="iso-printed-book-with-link",
    ),
    pytest.param(
        "DOLEŽAL, P. Obce v číslech [online]. Brno: Krajský úřad, 2020 [cit. 2024-01-02]. "
        "Dostupné z: https://www.example.cz/obce",
        {"type": "web page", "publisher": "Krajský úřad"},
        id="iso-online-document",
    ),
    pytest.param(
        "Pulitzer Prize Outreach, Past winners: Mary Lane. Available at: https://www.example.org/winners/lane "
        "(accessed 3 March 2024).",
        {"author": [{"literal": "Pulitzer Prize Outreach"}], "title": "Past winners: Mary Lane"},
        id="corporate-body-in-natural-order",
    ),
    pytest.param(
        "Regesta Imperii, vol. 7, ed. Hans Maier (Munich: Oldenbourg, 1921), no. 88.",
        {"author": None, "title": "Regesta Imperii", "volume": "7", "editor": [{"family": "Maier", "given": "Hans"}]},
        id="title-first-edition-with-volume",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), KINDS)
def test_record_kinds(raw, expected):
    ref = parse_reference(raw)
    got = fields_json(ref)
    for name, value in expected.items():
        actual = ref.kind if name == "kind" else got.get(name)
        assert actual == value, f"{name}: {actual!r} != {value!r} in {got}"
