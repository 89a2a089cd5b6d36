"""End-to-end tests on a seventh batch of unseen papers (tests/data/unseen7/, see its README).

Batches 1–6 have been tuned on. These three were written afterwards, in styles and damage
none of them has: a Russian political-science article in **cp1251** (Cyrillic, GOST-style
footnotes 1–14 with `Там же.`, `Указ. соч.`, `Ср.:`, `См. подробнее:`, `URL: … (дата
обращения: 12.03.2020)`, `// Полис. 2015. № 3. С. 12–25.`; markers before the stop and after
`»`; a folio `57` centred under page 1's notes and alternating heads carrying the page number
on pages 58–62; a note continued on the next page; a table of year-led rows; a heading `Обзор
литературы` ("literature review", no list heading); a body line opening `12 сентября 2018 г.`
on the page of note 12; one unresolved `Указ. соч.`; a numbered `Список литературы` broken
across a head and followed by `Сведения об авторе`); a Brazilian Portuguese education paper in
**ABNT author-date style**, **UTF-8 with BOM and CRLF** (`(SILVA, 2010, p. 23)`, `Silva (2010)`,
`(SOUZA; LIMA, 2015)`, `(FREIRE, 1987 apud MENDONÇA, 2001, p. 45)`, `OLIVEIRA et al.`, corporate
`BRASIL` and `INEP`, two unmatched citations, two footnotes numbered with superscript digits
`¹ ²` under a rule, asterisk author notes, right-aligned folios at the top of every page and a
journal footer, a `REFERÊNCIAS` list of blank-line-parted `SOBRENOME, Nome.` entries with
`Disponível em: <URL>. Acesso em: 3 maio 2021.`, one entry across a page break, followed by
`Recebido em:` / `Aprovado em:`); and an English agrarian-history article **OCR'd from a 1963
journal** (UTF-8; `rn`/`m`, `l`/`1`, `0`/`O` confusions inside words, stray `•` and `'` at line
starts, a word split by a space, line-end hyphens, ligatures `ﬁ ﬂ`, footnotes 1–12 at the foot
of each page with no rule, a marker after a space at a line's end, `lbid.`, two notes continued
on the next page, alternating heads `212 THE MIDLAND AGRARIAN REVIEW [Vol. XIV` /
`1963] PARISH RELIEF … 213`, a folio centred under page 211's notes, a table, no reference list).

Every expected value below was written by reading the texts, before the extractor was
first run on them; where one is changed later, the README (`tests/data/unseen7/README.md`)
must say which and why. OCR damage is kept as printed (the README of the project promises only
that ligatures are spelled out and line-end hyphens repaired): `lbid.`, `vIII`, `0f`, `1ocal`,
`thernselves`, `prob lem` stay in the text the tests expect.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests import unseen_support as unseen
from tests.unseen_support import line_of  # (the scorer reads each batch's line_of)

DATA = Path(__file__).resolve().parent / "data" / "unseen7"

RUSSIAN = "ru_gubernatorskie_vybory"
BRAZIL = "pt_escolas_do_campo"
OCR = "en_ocr_parish_relief_1963"
PAPERS = (RUSSIAN, BRAZIL, OCR)


papers = unseen.papers_fixture(DATA, PAPERS)  # each paper's extraction, keyed by file stem


# --- loading -----------------------------------------------------------------------------

# The Russian paper is cp1251 (LF); the Brazilian one UTF-8 with a BOM and CRLF; the OCR one
# plain UTF-8 (LF) with ligature characters, which the loader spells out.
ENCODINGS = {RUSSIAN: ("cp1251",), BRAZIL: ("utf-8-sig", "utf-8"), OCR: ("utf-8",)}


@pytest.mark.parametrize("name", PAPERS)
def test_encoding_and_letters(papers, name):
    document = papers[name].document
    assert codecs.lookup(document.encoding).name in {codecs.lookup(e).name for e in ENCODINGS[name]}
    assert "\ufffd" not in document.text and "\r" not in document.text and "\ufeff" not in document.text


LETTERS = {
    RUSSIAN: ("ГУБЕРНАТОРСКИЕ ВЫБОРЫ", "«муниципального фильтра»", "№ 40-ФЗ", "„Об общих", "Федерации“»",
              "Там же. С. 45.", "Указ. соч.", "Региональные режимы…", "Наш материал – 73", "С. 12–25.",
              "Воронцова Анна Сергеевна", "(дата обращения: 12.03.2020)", "Ср.: Турчин",
              "45,3 %", "Список литературы", "Обзор литературы"),
    BRAZIL: ("FECHAMENTO DE ESCOLAS", "Marília Gonçalves", "REFERÊNCIAS", "Araújo (2019)", "MENDONÇA, Sebastião",
             "Anísio", "(MOLINA; SÁ, 2012)", "Acesso em: 3 maio 2021.", "custos¹,", "2019².", "CONSIDERAÇÕES",
             "Tocantinópolis", "intran-", "São Paulo"),
    OCR: ("open fields", "chiefly", "Record Office", "certificate", "infirm.8", "find.12", "thernselves.1",
          "cornmon.", "rnodern", "The 1ocal", "0f the twelve", "prob lem", "lbid., DE 1432/9.", "vIII (1958)",
          "• The Ibstock", "' The strangers", "l782         £104", "[Vol. XIV"),
}


@pytest.mark.parametrize("name", PAPERS)
def test_letters_survive_decoding(papers, name):
    text = papers[name].document.text
    for word in LETTERS[name]:
        assert word in text, word
    assert not any(ch in text for ch in "\ufb01\ufb02")  # ligatures spelled out


# --- notes -------------------------------------------------------------------------------

NOTE_NUMBERS = {  # in reading order
    RUSSIAN: list(range(1, 15)),
    # The superscript-numbered notes `¹ O PNATE …`, `² As entrevistas …`; the asterisk author
    # notes (`* Doutora em Educação …`, `** Mestre …`) are no numbered notes (README, choices).
    BRAZIL: [1, 2],
    OCR: list(range(1, 13)),
}


test_note_numbers_and_no_unnumbered_fragments = unseen.expect_note_numbers(PAPERS, NOTE_NUMBERS)


NOTE_TEXTS = [  # (paper, a text that opens the note's first line, the note's whole text)
    pytest.param(RUSSIAN, "1 Колесников Д.П. Региональные", "Колесников Д.П. Региональные режимы в современной "
                 "России. М.: Аспект Пресс, 2014. С. 56.", id="ru-first-note-gost-book"),
    pytest.param(RUSSIAN, "2 Там же. С. 45.", "Там же. С. 45.", id="ru-tam-zhe"),
    pytest.param(RUSSIAN, "3 Федеральный закон", "Федеральный закон от 02.05.2012 № 40-ФЗ «О внесении изменений в "
                 "Федеральный закон „Об общих принципах организации законодательных (представительных) и "
                 "исполнительных органов государственной власти субъектов Российской Федерации“». URL: "
                 "http://www.kremlin.ru/acts/bank/35264 (дата обращения: 12.03.2020).", id="ru-statute-url-broken"),
    pytest.param(RUSSIAN, "4 Шилова Е.Н.", "Шилова Е.Н. Муниципальный фильтр как институт отбора // Полис. "
                 "Политические исследования. 2015. № 3. С. 12–25.", id="ru-article-double-slash"),
    pytest.param(RUSSIAN, "5 Колесников Д.П. Указ", "Колесников Д.П. Указ. соч. С. 71.", id="ru-ukaz-soch-resolved"),
    pytest.param(RUSSIAN, "6 Подсчитано автором", "Подсчитано автором по данным ЦИК России. URL: "
                 "http://www.vybory.izbirkom.ru/region/izbirkom?action=show&global=1&vrn=100100 (дата обращения: "
                 "15.03.2020).", id="ru-url-broken-after-a-host-dot"),
    pytest.param(RUSSIAN, "7 Интервью проводились", "Интервью проводились автором; имена собеседников не "
                 "раскрываются по их просьбе. Последнее интервью записано в Екатеринбурге 14 октября 2018 г.",
                 id="ru-wrapped-line-opening-with-a-date-and-a-later-note-number"),
    pytest.param(RUSSIAN, "8 Там же.", "Там же.", id="ru-tam-zhe-alone"),
    pytest.param(RUSSIAN, "9 Лаптев", "Лаптев И.Г. Указ. соч. С. 30.", id="ru-ukaz-soch-unresolved"),
    pytest.param(RUSSIAN, "11 Турчин", "Турчин С.А., Мельникова О.В. Ротация губернаторского корпуса в 2012–2018 "
                 "гг. // Вестник Пермского университета. Политология. 2019. Т. 13, № 2. С. 88–104.",
                 id="ru-note-continued-on-the-next-page"),
    pytest.param(RUSSIAN, "12 Ср.:", "Ср.: Турчин С.А., Мельникова О.В. Указ. соч. С. 95–97.",
                 id="ru-note-under-a-carried-tail"),
    pytest.param(RUSSIAN, "13 См. подробнее", "См. подробнее: Колесников Д.П. Региональные режимы… С. 112.",
                 id="ru-short-title-with-ellipsis"),
    pytest.param(RUSSIAN, "14 Мониторинг", "Мониторинг публикаций проводился по базе «Интегрум» за 2012–2019 гг.",
                 id="ru-last-note-wrapped-onto-a-year"),
    pytest.param(BRAZIL, "¹ O PNATE", "O PNATE foi instituído pela Lei nº 10.880, de 9 de junho de 2004; o Caminho "
                 "da Escola, pela Resolução FNDE nº 3, de 28 de março de 2007.", id="pt-superscript-note-1"),
    pytest.param(BRAZIL, "² As entrevistas", "As entrevistas seguiram roteiro aprovado pelo Comitê de Ética da UFT "
                 "(parecer nº 3.104.227).", id="pt-superscript-note-2"),
    pytest.param(OCR, "1 W. E. Tate", "W. E. Tate, The Parish Chest (Cambridge, 1946), p. 188.", id="ocr-first-note"),
    pytest.param(OCR, "2 Leicestershire Record", "Leicestershire Record Office (hereafter L.R.O.), DE 1432/7, "
                 "Overseers' Accounts of Ibstock, 1771-1789.", id="ocr-archive-with-ligature"),
    pytest.param(OCR, "3 lbid.", "lbid., DE 1432/9.", id="ocr-ibid-misread-as-lbid"),
    pytest.param(OCR, "4 J. R. Haddon", "J. R. Haddon, \"Enclosure and the Labouring Poor in the Midlands,\" "
                 "Agricultural History Notes, vIII (1958), 41-59.", id="ocr-article-volume-misread"),
    pytest.param(OCR, "5 Haddon, op. cit.", "Haddon, op. cit., p. 47.", id="ocr-op-cit"),
    pytest.param(OCR, "6 L.R.O., QS 62/3/14", "L.R.O., QS 62/3/14, Ibstock vestry minutes, 1779-1798, entry for 4 "
                 "April 1786. The minute goes on to order that \"no person shall be settled in a cottage without a "
                 "certificate from his own parish\".", id="ocr-note-continued-mid-word-under-a-broken-sentence"),
    pytest.param(OCR, "7 Ibid.", "Ibid.", id="ocr-ibid-under-a-carried-tail"),
    pytest.param(OCR, "8 22 Geo. III", "22 Geo. III, c. 83.", id="ocr-note-opening-with-a-number"),
    pytest.param(OCR, "9 F. M. Eden", "F. M. Eden, The State of the Poor (London, 1797), II, 384.", id="ocr-eden"),
    pytest.param(OCR, "10 Marlowe", "Marlowe, Village Labour, p. 88.", id="ocr-unresolved-short-form"),
    pytest.param(OCR, "11 Haddon, \"Enclosure", "Haddon, \"Enclosure and the Labouring Poor,\" p. 52. The names of "
                 "the sellers are given in the award, L.R.O., EN/A/162, and can be traced in the monthly lists in "
                 "DE 1432/9.", id="ocr-short-title-continued-on-the-next-page"),
    pytest.param(OCR, "12 I am grateful", "I am grateful to the Rev. T. H. Bellamy for access to the Ibstock parish "
                 "registers, and to the staff of the Leicestershire Record Office for their help over many visits.",
                 id="ocr-last-note"),
]


test_note_text = unseen.expect_note_texts(NOTE_TEXTS)


NOTE_MARKER_LINKS = [  # (paper, the note's first line, the lines of its markers)
    pytest.param(RUSSIAN, "1 Колесников Д.П. Региональные", ["региональных элит1."], id="ru-note-1"),
    pytest.param(RUSSIAN, "11 Турчин", ["особенно заметен11."], id="ru-note-continued"),
    pytest.param(RUSSIAN, "12 Ср.:", ["соперника12."], id="ru-note-12"),
    pytest.param(BRAZIL, "¹ O PNATE", ["custos¹,"], id="pt-note-1"),
    pytest.param(OCR, "6 L.R.O., QS 62/3/14", ["number of strangers\". 6"], id="ocr-spaced-marker"),
    pytest.param(OCR, "11 Haddon, \"Enclosure", ["on to the parish.11"], id="ocr-note-11"),
]


test_notes_link_to_their_markers = unseen.expect_note_marker_links(NOTE_MARKER_LINKS)


NOT_NOTES = [  # lines that open like a note but are not one
    pytest.param(RUSSIAN, "12 сентября 2018 г., через", id="ru-body-line-opening-with-a-date"),
    pytest.param(RUSSIAN, "2012         5          27", id="ru-table-row"),
    pytest.param(RUSSIAN, "2018        22         107", id="ru-table-row-last"),
    pytest.param(RUSSIAN, "1. Гордеев", id="ru-first-list-entry"),
    pytest.param(RUSSIAN, "8. Шилова Е.Н. Региональные", id="ru-last-list-entry"),
    pytest.param(RUSSIAN, "УДК 324(470)", id="ru-udc"),
    pytest.param(BRAZIL, "1 INTRODUÇÃO", id="pt-numbered-heading"),
    pytest.param(BRAZIL, "4 RESULTADOS", id="pt-numbered-heading-at-page-top"),
    pytest.param(BRAZIL, "2010          87", id="pt-table-row"),
    pytest.param(BRAZIL, "2019          46", id="pt-table-row-last"),
    pytest.param(BRAZIL, "21 %, o que confirma", id="pt-body-line-opening-with-a-percentage"),
    pytest.param(BRAZIL, "2019 contamos as escolas", id="pt-body-line-opening-with-a-year"),
    pytest.param(OCR, "1795 was also the year", id="ocr-body-line-opening-with-a-year"),
    pytest.param(OCR, "1797 to provide work", id="ocr-body-line-opening-with-a-year-on-a-note-page"),
    pytest.param(OCR, "1801,2 and where", id="ocr-body-line-opening-with-a-year-and-a-marker"),
    pytest.param(OCR, "1778         £ 81", id="ocr-table-row"),
    pytest.param(OCR, "l782         £104", id="ocr-table-row-misread-year"),
]


test_lines_that_only_look_like_notes = unseen.expect_not_notes(NOT_NOTES)


# --- markers -----------------------------------------------------------------------------

MARKERS = {
    RUSSIAN: list(range(1, 15)),
    BRAZIL: [1, 2],  # superscript digits `custos¹,`, `2019².`; `Rocha*` is an author note
    OCR: list(range(1, 13)),
}


test_markers = unseen.expect_markers(PAPERS, MARKERS)


GLUED_MARKERS = [
    pytest.param(RUSSIAN, 1, "региональных элит1.", id="ru-before-stop"),
    pytest.param(RUSSIAN, 2, "голосования2,", id="ru-before-comma"),
    pytest.param(RUSSIAN, 3, "образований3.", id="ru-3"),
    pytest.param(RUSSIAN, 4, "фильтра»4,", id="ru-after-guillemet"),
    pytest.param(RUSSIAN, 5, "по найму»5.", id="ru-above-the-notes"),
    pytest.param(RUSSIAN, 6, "комиссий6.", id="ru-6"),
    pytest.param(RUSSIAN, 7, "областях7.", id="ru-7"),
    pytest.param(RUSSIAN, 8, "не даст»8.", id="ru-quote-then-marker"),
    pytest.param(RUSSIAN, 9, "дублером»9.", id="ru-9"),
    pytest.param(RUSSIAN, 10, "власти10.", id="ru-two-digits"),
    pytest.param(RUSSIAN, 11, "заметен11.", id="ru-11"),
    pytest.param(RUSSIAN, 12, "соперника12.", id="ru-above-a-date-led-line"),
    pytest.param(RUSSIAN, 13, "конкуренцией»13.", id="ru-13"),
    pytest.param(RUSSIAN, 14, "СМИ14.", id="ru-after-capitals"),
    pytest.param(BRAZIL, 1, "custos¹,", id="pt-superscript-1"),
    pytest.param(BRAZIL, 2, "2019².", id="pt-superscript-after-a-year"),
    pytest.param(OCR, 1, "thernselves.1", id="ocr-after-misread-word"),
    pytest.param(OCR, 2, "1801,2 and", id="ocr-after-a-year-and-comma"),
    pytest.param(OCR, 3, "relieved.3", id="ocr-3"),
    pytest.param(OCR, 4, "award,4", id="ocr-before-nothing-after-comma"),
    pytest.param(OCR, 5, "grazing.5", id="ocr-5"),
    pytest.param(OCR, 6, "strangers\". 6", id="ocr-after-a-space-at-line-end"),
    pytest.param(OCR, 7, "failed.7", id="ocr-7"),
    pytest.param(OCR, 8, "infirm.8", id="ocr-after-a-ligature"),
    pytest.param(OCR, 9, "he saw.9", id="ocr-9"),
    pytest.param(OCR, 10, "towns;10", id="ocr-after-semicolon"),
    pytest.param(OCR, 11, "parish.11", id="ocr-11"),
    pytest.param(OCR, 12, "find.12", id="ocr-12"),
]


test_glued_marker_is_found_on_its_line = unseen.expect_glued_markers(GLUED_MARKERS)


NOT_MARKERS = [  # a line with numbers that are not markers, and the markers it does hold
    pytest.param(RUSSIAN, "Федеральный закон № 40-ФЗ от 2 мая 2012 г.", [], id="ru-statute-number"),
    pytest.param(RUSSIAN, "Ст. 18 закона", [], id="ru-article"),
    pytest.param(RUSSIAN, "45,3 % регионов", [], id="ru-decimal-comma"),
    pytest.param(RUSSIAN, "1990-х гг.", [], id="ru-decade"),
    pytest.param(RUSSIAN, "2015        21          98", [], id="ru-table-row"),
    pytest.param(RUSSIAN, "DOI: 10.24411", [], id="ru-doi"),
    pytest.param(BRAZIL, "(parecer nº 3.104.227)", [], id="pt-dotted-number"),
    pytest.param(BRAZIL, "v. 6, e12345, 2021", [], id="pt-footer"),
    pytest.param(BRAZIL, "47 % do total", [], id="pt-percentage"),
    pytest.param(BRAZIL, "Marília Gonçalves Rocha*", [], id="pt-asterisk"),
    pytest.param(OCR, "1,240 acres", [2], id="ocr-thousands"),
    pytest.param(OCR, "The Gilbert Act (1782)", [], id="ocr-year-in-parentheses"),
    pytest.param(OCR, "£2 10s. a year", [], id="ocr-money"),
    pytest.param(OCR, "l782         £104  8s. 11d.", [], id="ocr-table-row"),
    pytest.param(OCR, "3,000", [], id="ocr-word-count"),
]


test_numbers_that_are_not_markers = unseen.expect_not_markers(NOT_MARKERS)


# --- citations ---------------------------------------------------------------------------

CITATIONS = {
    # Notes only. `(2012–2018)`, `(представительных)`, `(см.`⏎`табл. 1 и рис. 2)`, `УДК 324(470)`
    # are none, nor `Колесников называет` (no year).
    RUSSIAN: [],
    # ABNT: authors as written (capitals inside parentheses, `;` joining co-authors, `e` = and,
    # `et al.`), the opener `Segundo`/`Para`/`Como escreve` dropped, `p.` dropped from the pages
    # (dash as printed); `apud` gives the original and the work consulted, in that order. Not
    # citations: `(2010-2019)`, `(UFT)`, `(n = 14)`, `(PNATE)`, `(ver Tabela 1)`, `(org.)`.
    BRAZIL: [("Rodrigues", "2016", None), ("FREIRE", "1987", None), ("MENDONÇA", "2001", "45"),
             ("Souza e Lima", "2015", None), ("OLIVEIRA et al.", "2018", None), ("ARAÚJO", "2019", "77-79"),
             ("SILVA", "2010", "23"), ("SOUZA; LIMA", "2015", None), ("Silva", "2010", None),
             ("Costa et al.", "2019", "112"), ("BRASIL", "2010", "3"), ("Araújo", "2019", None),
             ("INEP", "2020", None), ("INEP", "2020", None), ("Rodrigues", "2016", None),
             ("Oliveira et al.", "2018", None), ("Barros", "2012", None), ("CARVALHO", "2014", None),
             ("SILVA", "2012", "40"), ("Mendonça", "2001", "46"), ("MOLINA; SÁ", "2012", None)],
    # Notes only, no list: `The Gilbert Act (1782)` dates an act; `(see Table I)`, `(Cambridge,
    # 1946)`, `vIII (1958)`, `(London, 1797)` are none.
    OCR: [],
}


test_in_text_citations = unseen.expect_citations(PAPERS, CITATIONS)


def test_apud_gives_both_works_on_one_line(papers):
    extraction = papers[BRAZIL]
    line = line_of(extraction, "(FREIRE, 1987 apud MENDONÇA")
    assert [(c.author, c.year) for c in extraction.citations if c.location.line == line] == [
        ("FREIRE", "1987"), ("MENDONÇA", "2001")]


def test_table_and_footer_numbers_are_not_citations(papers):
    extraction = papers[BRAZIL]
    table = range(line_of(extraction, "Tabela 1 - Escolas rurais"), line_of(extraction, "2019          46") + 1)
    feet = {i for i, text in enumerate(extraction.document.lines, 1) if text.startswith("Rev. Bras. Educ. Campo")}
    assert [c for c in extraction.citations if c.location.line in table or c.location.line in feet] == []


NUMERIC = {RUSSIAN: [], BRAZIL: [], OCR: []}  # no bracketed numbers anywhere


test_numeric_citations = unseen.expect_numeric(PAPERS, NUMERIC)


# --- lists ---------------------------------------------------------------------------------

LISTS = {  # heading, entry count, first entry, last entry
    # Numbered GOST entries; entry 5 broken by page 62's head; ends before `Сведения об авторе`.
    RUSSIAN: ("Список литературы", 8,
              "1. Гордеев Г.В. Электоральный авторитаризм в России // Pro et Contra. 2008. № 1. С. 22–35.",
              "8. Шилова Е.Н. Региональные избирательные комиссии и отбор кандидатов. Екатеринбург: Изд-во Урал. "
              "ун-та, 2018. 196 с."),
    # Blank-line-parted ABNT entries; OLIVEIRA broken by the footer and the next folio; ends
    # before `Recebido em:`.
    BRAZIL: ("REFERÊNCIAS", 13,
             "ARAÚJO, Helena Borges de. Financiamento do transporte escolar rural nos municípios do Tocantins. "
             "Revista Educação e Políticas em Debate, Uberlândia, v. 8, n. 1, p. 70-88, 2019.",
             "SOUZA, Maria Antônia de; LIMA, Edson Pereira. Políticas de fechamento de escolas do campo: o caso "
             "paranaense. Curitiba: UTP, 2015."),
    OCR: (None, 0, None, None),  # no reference list: the article cites in its footnotes only
}


test_reference_list_entries = unseen.expect_lists(PAPERS, LISTS)


MIDDLE_ENTRIES = [
    pytest.param(RUSSIAN, "4. Турчин С.А., Мельникова О.В. Ротация губернаторского корпуса в 2012–2018 гг. // "
                 "Вестник Пермского университета. Политология. 2019. Т. 13, № 2. С. 88–104.",
                 id="ru-continuation-opening-with-a-year-range"),
    pytest.param(RUSSIAN, "5. Федеральный закон от 02.05.2012 № 40-ФЗ «О внесении изменений в Федеральный закон "
                 "„Об общих принципах организации законодательных (представительных) и исполнительных органов "
                 "государственной власти субъектов Российской Федерации“». URL: http://www.kremlin.ru/acts/bank/35264 "
                 "(дата обращения: 12.03.2020).", id="ru-statute-entry-before-a-head"),
    pytest.param(RUSSIAN, "6. Центральная избирательная комиссия Российской Федерации: официальный сайт. URL: "
                 "http://www.cikrf.ru (дата обращения: 10.03.2020).", id="ru-website-entry-after-a-head"),
    pytest.param(BRAZIL, "BRASIL. Ministério da Educação. Decreto nº 7.352, de 4 de novembro de 2010. Dispõe sobre a "
                 "política de educação do campo e o Programa Nacional de Educação na Reforma Agrária - PRONERA. "
                 "Diário Oficial da União: Brasília, DF, 5 nov. 2010. Disponível em: "
                 "<http://www.planalto.gov.br/ccivil_03/_ato2007-2010/2010/decreto/d7352.htm>. Acesso em: 3 maio 2021.",
                 id="pt-corporate-author-url-broken-after-a-slash"),
    pytest.param(BRAZIL, "INEP. Instituto Nacional de Estudos e Pesquisas Educacionais Anísio Teixeira. Microdados do "
                 "Censo Escolar 2019. Brasília: INEP, 2020. Disponível em: "
                 "<https://www.gov.br/inep/pt-br/acesso-a-informacao/dados-abertos/microdados/censo-escolar>. Acesso "
                 "em: 3 maio 2021.", id="pt-url-broken-at-its-own-hyphen"),
    pytest.param(BRAZIL, "MOLINA, Mônica Castagna; SÁ, Laís Mourão. Escola do campo. In: CALDART, Roseli Salete et "
                 "al. (org.). Dicionário da educação do campo. Rio de Janeiro; São Paulo: EPSJV; Expressão Popular, "
                 "2012. p. 324-331.", id="pt-chapter-with-an-editor-in-capitals-at-a-line-start"),
    pytest.param(BRAZIL, "OLIVEIRA, Tatiane Ramos et al. Fechamento de escolas rurais no Maranhão: uma política sem "
                 "consulta. Revista Brasileira de Educação do Campo, Tocantinópolis, v. 3, n. 2, p. 401-425, 2018.",
                 id="pt-entry-across-the-page-break"),
    pytest.param(BRAZIL, "SILVA, Antônio Carlos da. O custo do transporte escolar rural. Cadernos de Pesquisa em "
                 "Educação, Vitória, v. 17, n. 34, p. 33-52, 2011.", id="pt-second-work-of-an-author"),
    pytest.param(BRAZIL, "RODRIGUES, Claudia Neves. Trinta mil escolas a menos: o fechamento de escolas do campo no "
                 "Brasil. 2016. Tese (Doutorado em Educação) - Universidade de Brasília, Brasília, 2016.",
                 id="pt-thesis"),
]


test_list_entry_text = unseen.expect_list_entries(MIDDLE_ENTRIES)


def test_back_matter_after_the_lists_is_not_an_entry(papers):
    for name, words in ((RUSSIAN, ("Сведения об авторе", "кандидат политических наук", "Статья поступила")),
                        (BRAZIL, ("Recebido em", "Aprovado em", "Rev. Bras. Educ. Campo"))):
        texts = [e.text for e in papers[name].bibliography]
        for word in words:
            assert not any(word in text for text in texts), word


# --- URLs ------------------------------------------------------------------------------------

URLS = {  # (url, repaired, where)
    # `(дата обращения: …)` is not part of a URL; an e-mail address is none.
    RUSSIAN: [("http://www.kremlin.ru/acts/bank/35264", True, "note 3"),
              ("http://www.vybory.izbirkom.ru/region/izbirkom?action=show&global=1&vrn=100100", True, "note 6"),
              ("http://www.kremlin.ru/acts/bank/35264", True, "list"),
              ("http://www.cikrf.ru", False, "list")],
    # `<…>` stripped; `…/dados-`⏎`abertos/…` keeps the URL's own hyphen.
    BRAZIL: [("http://www.planalto.gov.br/ccivil_03/_ato2007-2010/2010/decreto/d7352.htm", True, "list"),
             ("https://www.scielo.br/j/es/a/xK7pQ2mN9vR4tL8s/", False, "list"),
             ("https://www.gov.br/inep/pt-br/acesso-a-informacao/dados-abertos/microdados/censo-escolar", True, "list")],
    OCR: [],
}


test_urls = unseen.expect_urls(PAPERS, URLS)


test_url_findings = unseen.expect_url_findings(PAPERS, URLS)


# --- pages -----------------------------------------------------------------------------------

PAGES = {
    RUSSIAN: ["57", "58", "59", "60", "61", "62"],  # 57 centred under page 1's notes, then in the heads
    BRAZIL: ["101", "102", "103", "104", "105"],  # right-aligned at the top of every page
    OCR: ["211", "212", "213", "214", "215", "216"],  # 211 centred under page 1's notes, then in the heads
}


test_pages_and_their_printed_numbers = unseen.expect_pages(PAPERS, PAGES)


FURNITURE = {  # (a whole line, stripped, as a pattern; how many such lines there are)
    RUSSIAN: [(r"57", 1), (r"(58|60|62) +СРАВНИТЕЛЬНАЯ ПОЛИТИКА\. 2019\. Т\. 10, № 4", 3),
              (r"Воронцова А\.С\. Губернаторские выборы и региональные элиты +(59|61)", 2)],
    BRAZIL: [(r"10[1-5]", 5), (r"Rev\. Bras\. Educ\. Campo, Tocantinópolis, v\. 6, e12345, 2021", 5)],
    OCR: [(r"211", 1), (r"21[246] +THE MIDLAND AGRARIAN REVIEW +\[Vol\. XIV", 3),
          (r"1963\] +PARISH RELIEF AND ENCLOSURE IN WEST LEICESTERSHIRE +21[35]", 2)],
}


test_running_heads_and_folios_are_page_furniture = unseen.expect_furniture(PAPERS, FURNITURE)


HEADINGS_THAT_ARE_NOT_LISTS = [
    pytest.param(RUSSIAN, "Обзор литературы", id="ru-literature-review"),
    pytest.param(BRAZIL, "2 A NUCLEAÇÃO COMO POLÍTICA", id="pt-section"),
    pytest.param(OCR, "NOTES AND DOCUMENTS", id="ocr-journal-section-after-the-article"),
]


@pytest.mark.parametrize("name, heading", HEADINGS_THAT_ARE_NOT_LISTS)
def test_headings_that_are_not_list_headings(papers, name, heading):
    extraction = papers[name]
    line = line_of(extraction, heading)
    assert extraction.line_roles[line - 1] not in {"list", "note"}
    assert all(e.section != heading for e in extraction.bibliography)


PAGE_BREAKS = [  # the halves of sentences parted by a page break stay body
    pytest.param(RUSSIAN, "традиция смотрит на региональные элиты", id="ru-before-page-58"),
    pytest.param(RUSSIAN, "переживают смену губернатора", id="ru-after-page-58"),
    pytest.param(RUSSIAN, "Поражения 2018 г. обычно", id="ru-indented-first-line-after-a-carried-note"),
    pytest.param(OCR, "hiring or by renting a tenement", id="ocr-before-page-213"),
    pytest.param(OCR, "removed such families where", id="ocr-after-page-213"),
    pytest.param(OCR, "twelve of these allotments had been sold", id="ocr-before-a-carried-note-tail"),
    pytest.param(OCR, "purchaser. 0f the twelve", id="ocr-after-page-214"),
    pytest.param(OCR, "• The Ibstock accounts", id="ocr-stray-bullet"),
    pytest.param(OCR, "' The strangers were", id="ocr-stray-quote-under-a-spaced-marker"),
]


@pytest.mark.parametrize("name, where", PAGE_BREAKS)
def test_sentence_halves_around_a_break_stay_body(papers, name, where):
    extraction = papers[name]
    assert extraction.line_roles[line_of(extraction, where) - 1] == "body"


# --- findings --------------------------------------------------------------------------------

EXPECTED_FINDINGS = {  # rule and a text on the line it points to
    # Лаптев is named in the body only (`по выражению И.Г. Лаптева`), in no earlier note and
    # not in the list. `Там же` (2, 8) follow notes naming a source; `Указ. соч.` of Колесников
    # (5), Шилова (10) and Турчин (12) follow their full citations.
    RUSSIAN: [("cite.short-form-unresolved", "9 Лаптев")],
    # Barros is not in the list; Silva is, for 2010 and 2011, not 2012.
    BRAZIL: [("cite.unmatched", "Barros (2012)"), ("cite.unmatched", "(SILVA, 2012, p. 40)")],
    # Marlowe is named nowhere else. `lbid.` (3) is note 2's record office, as `Ibid.` (7) is
    # note 6's; `Haddon, op. cit.` (5) and `Haddon, "Enclosure …"` (11) follow note 4. Notes only
    # and no author-year citation: no `cite.no-reference-list`.
    OCR: [("cite.short-form-unresolved", "10 Marlowe")],
}


def expected_findings(extraction, name: str) -> list[tuple[str, int]]:
    return [(rule, line_of(extraction, needle)) for rule, needle in EXPECTED_FINDINGS[name]]


test_integrity_findings = unseen.expect_findings(PAPERS, expected_findings)


test_check_offline_reports_the_integrity_findings_of_every_paper = unseen.expect_check_offline(
    DATA, PAPERS, expected_findings)
