"""Tests for checker/load.py: decoding, line splitting, folders and unusable input."""

from __future__ import annotations

import pytest

from checker.errors import InputError
from checker.load import decode, load, load_file

CZECH = "Dostupné z: Použitá literatura, Iždinský, Aktuaľnie zadači, žluťoučký kůň úpěl ďábelské ódy"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param(CZECH.encode("utf-8"), CZECH, "utf-8", id="utf8"),
        pytest.param(b"\xef\xbb\xbf" + CZECH.encode("utf-8"), CZECH, "utf-8-sig", id="utf8_bom"),
        pytest.param(CZECH.encode("cp1250"), CZECH, "cp1250", id="cp1250_czech_slovak"),
        pytest.param("\ufeff".encode("utf-16-le") + CZECH.encode("utf-16-le"), CZECH, "utf-16", id="utf16_bom"),
    ],
)
def test_decode_keeps_czech_and_slovak_letters(data, text, encoding):
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Voilà, à la française.", id="short_french"),
        pytest.param("España, el año pasado.", id="short_spanish"),
        pytest.param("Zürich café à côté", id="short_mixed"),
    ],
)
def test_decode_short_latin1_texts_are_not_read_as_cp1250(text):
    assert decode(text.encode("latin-1"))[0] == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Děkuji, že jste přišli.", id="short_czech"),
        pytest.param("Slovenská republika, Ľudovít Štúr, ťava", id="short_slovak"),
        pytest.param("Łódź, Kraków", id="short_polish"),
    ],
)
def test_decode_short_cp1250_texts_keep_their_letters(text):
    assert decode(text.encode("cp1250")) == (text, "cp1250")


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [
        # charset-normalizer alone read this as cp1252: ``Kuèa, ¼ubomír``.
        pytest.param("Kuča, Ľubomír: Slovenské národné povstanie, Bratislava 1994, s. 12–14.", "cp1250", "cp1250",
                     id="slovak_note_cp1250"),
        pytest.param("Příliš žluťoučký kůň úpěl ďábelské ódy. Šťastný Ďurko, Žižka.", "iso8859_2", "iso8859-2",
                     id="czech_iso8859_2"),
        pytest.param("Kovačević (2009) and Noël (2010) disagree.", "cp1250", "cp1250", id="croatian_and_french_names"),
        pytest.param("Gdańsk, Wrocław, źródła historyczne, Łódź.", "cp1250", "cp1250", id="polish"),
        pytest.param("Über den Nachweis, Göttingen: Segrè und Perrier, für 1937.", "cp1252", "cp1252",
                     id="german_with_an_italian_name"),
        pytest.param("Encyclopædia Britannica; Magnúsdóttir, Rósa.", "cp1252", "cp1252", id="ligature_and_icelandic"),
        pytest.param("Козырев А. Преображение. Москва: Международные отношения, 1994.", "cp1251", "cp1251",
                     id="russian_cp1251"),
    ],
)
def test_decode_reads_legacy_code_pages_by_their_letters(text, codec, encoding):
    assert decode(text.encode(codec)) == (text, encoding)


def test_decode_latin1_french_and_german_text():
    text = "Les relations franco-allemandes après la réunification: Außenpolitik, Überblick, déjà vu."
    decoded, encoding = decode(text.encode("latin-1"))
    assert decoded == text
    assert encoding in ("cp1252", "latin-1")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\t\r\n", "empty", id="whitespace_only"),
        pytest.param(b"%PDF-1.4\x00\x01\x02binary", "NUL byte at offset 8", id="nul_byte"),
        pytest.param(bytes(range(1, 32)) * 50 + b"\xff\xfe\x80", "binary", id="control_bytes"),
        pytest.param(" \n\t ".encode("utf-16"), "empty", id="utf16_whitespace_only"),
        pytest.param(b"\x00\x00\x00\x00\x89PNG\x00\x10\x00\x00IHDR" * 20, "NUL byte at offset 0", id="nul_run_not_utf16"),
    ],
)
def test_decode_rejects_unusable_bytes(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "x.txt")


def test_load_file_splits_crlf_and_cr_and_keeps_form_feeds(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_bytes(b"first\r\nsecond\rthird\n\x0cfourth\n")
    doc = load_file(path)
    assert doc.lines == ("first", "second", "third", "\x0cfourth")
    assert doc.id == "paper"
    assert doc.line(3) == "third"


def test_load_file_reports_true_line_numbers_with_trailing_blank_lines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("one\n\n\nfour\n\n", encoding="utf-8")
    doc = load_file(path)
    assert doc.lines == ("one", "", "", "four", "")
    assert doc.line(4) == "four"


def test_load_folder_is_sorted_skips_hidden_and_non_text(tmp_path):
    (tmp_path / "b.txt").write_text("bravo", encoding="utf-8")
    (tmp_path / "a.md").write_text("alpha", encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    docs = load([str(tmp_path)])
    assert [d.id for d in docs] == ["a", "b"]


def test_load_gives_duplicate_stems_distinct_ids(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "paper.txt").write_text("x", encoding="utf-8")
    (tmp_path / "two" / "paper.txt").write_text("y", encoding="utf-8")
    docs = load([str(tmp_path)])
    assert [d.id for d in docs] == ["paper", "paper~2"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(lambda p: p / "missing.txt", "no such file or folder", id="missing_path"),
        pytest.param(lambda p: (p / "empty").mkdir() or p / "empty", "holds no text files", id="folder_without_text"),
    ],
)
def test_load_rejects_bad_paths(tmp_path, make, message):
    with pytest.raises(InputError, match=message):
        load([str(make(tmp_path))])


def test_load_seeds_decodes_all_three(seeds_dir):
    docs = load([str(seeds_dir)])
    assert [d.id[:3] for d in docs] == ["000", "001", "002"]
    assert all(d.encoding == "utf-8" for d in docs)
    assert "Iždinský" in docs[2].text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_decode_utf16_with_and_without_bom(codec):
    assert decode("Dostupné z: ďábel".encode(codec)) == ("Dostupné z: ďábel", "utf-16")


def test_load_file_spells_out_ligatures_and_drops_soft_hyphens_inside_lines(tmp_path):
    path = tmp_path / "thesis.txt"
    path.write_text("its ﬁrst store and a ﬂour mill\nthe Society’s book\u00ad\nkeeping; co\u00adoperation\n", encoding="utf-8")
    lines = load_file(path).lines
    assert lines == ("its first store and a flour mill", "the Society’s book\u00ad", "keeping; cooperation")


def test_load_file_keeps_the_italian_cp1252_and_polish_iso8859_2_letters(tmp_path):
    italian, polish = tmp_path / "it.txt", tmp_path / "pl.txt"
    italian.write_bytes("Unità d’Italia, la città più «moderna», benché ciò".encode("cp1252"))
    polish.write_bytes("Łódź, przędzalni, Księży Młyn, śródmieściu, NAJWYŻSZA, Źródło".encode("iso8859_2"))
    assert load_file(italian).lines[0] == "Unità d’Italia, la città più «moderna», benché ciò"
    assert load_file(polish).lines[0] == "Łódź, przędzalni, Księży Młyn, śródmieściu, NAJWYŻSZA, Źródło"
