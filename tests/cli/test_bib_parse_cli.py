"""``citecheck bib`` and ``citecheck parse`` through the command-line entry point."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import bibtexparser
from bibtexparser.model import Field

from checker.cli import main

SEEDS = str(Path(__file__).resolve().parents[2] / "seeds")

NOTES = """Body text with a claim.1 More text.2

1 Wolfe, Thomas W. “The Warsaw Pact in Evolution” (London: Chatham House, 1966) 191.
2 Wolfe, “The Warsaw Pact in Evolution”, 194.
"""


def test_parse_json_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("Ibid., 4.\n\nMorrison, Toni. Beloved. New York: Knopf, 1987.\n"))
    assert main(["parse", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["kind"] for line in lines] == ["ibid", "full"]
    assert lines[1]["fields"]["publisher"] == "Knopf" and lines[1]["raw"].startswith("Morrison")


def test_parse_plain_listing(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("Morrison, Toni. Beloved. New York: Knopf, 1987.\n"))
    assert main(["parse"]) == 0
    assert "  author: Morrison, Toni" in capsys.readouterr().out


def test_bib_to_stdout_and_file_refuses_to_overwrite(tmp_path, capsys):
    doc = tmp_path / "paper.txt"
    doc.write_text(NOTES, encoding="utf-8")
    assert main(["bib", str(doc)]) == 0
    out = capsys.readouterr().out
    library = bibtexparser.parse_string(out)
    assert [e.key for e in library.entries] in ([], ["wolfe1966warsaw"])  # [] until notes are extracted
    target = tmp_path / "references.bib"
    target.write_text("mine", encoding="utf-8")
    assert main(["bib", str(doc), "-o", str(target)]) == 2
    assert "--force" in capsys.readouterr().err and target.read_text(encoding="utf-8") == "mine"
    assert main(["bib", str(doc), "-o", str(target), "--force", "--format", "csljson"]) == 0
    assert isinstance(json.loads(target.read_text(encoding="utf-8")), list)


def test_bib_missing_file_is_exit_2(tmp_path, capsys):
    assert main(["bib", str(tmp_path / "nope.txt")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


class _Bytes(io.TextIOWrapper):
    """A stdin whose bytes the command reads through ``.buffer``, as from a pipe."""

    def __init__(self, data: bytes):
        super().__init__(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")


def test_parse_stdin_bom_blank_lines_crlf_and_a_very_long_line(monkeypatch, capsys):
    long_title = "word " * 20000
    data = ("\ufeffIbid., 4.\r\n\r\n   \n\t\n" + f"Morrison, Toni. {long_title}. New York: Knopf, 1987.\n").encode()
    monkeypatch.setattr("sys.stdin", _Bytes(data))
    assert main(["parse", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["raw"][:9] for line in lines] == ["Ibid., 4.", "Morrison,"]
    assert lines[1]["fields"]["publisher"] == "Knopf" and lines[1]["fields"]["year"] == "1987"


def test_parse_non_utf8_stdin_is_one_line_and_exit_2(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", _Bytes("Ibid., 4.\nSm\xe9th, J. Title. Paris: Pub, 2001.\n".encode("latin-1")))
    assert main(["parse", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "line 2: not UTF-8 (byte 0xe9" in captured.err
    assert "Traceback" not in captured.err


def test_bib_of_the_seeds_reads_as_a_librarian_would_file_it(capsys):
    """Types, merged repeats, the Senate hearing and no junk from 001's damaged fragments."""
    assert main(["bib", SEEDS]) == 0
    library = bibtexparser.parse_string(capsys.readouterr().out)
    entries = {e.key: e for e in library.entries}
    assert len(entries) == len(library.entries) and not library.failed_blocks
    types = {key: entries[key].entry_type for key in entries}
    assert types["hatzivassiliou2009images"] == types["sarotte2010perpetuating"] == "article"
    assert types["tsygankov2010russia"] == "book" and types["haglund2020north"] == "incollection"
    assert types["executive1959sessions"] == "misc"  # the Senate hearing
    assert types["smithnato"] == "online" and {"url", "urldate"} <= entries["smithnato"].fields_dict.keys()
    assert sum(1 for key in entries if key.startswith("haglund")) == 1  # three notes, one work
    assert sum(1 for key in entries if key.startswith("britannica")) == 1
    assert not [key for key in entries if re.fullmatch(r"ref[a-z]*", key)]  # no anonymous junk keys
    for entry in library.entries:  # every entry names its work by a title or an address
        assert {"title", "url"} & entry.fields_dict.keys(), entry.key
    washington = [e for e in library.entries if "washingtonpost" in e.fields_dict.get("url", Field("u", "")).value]
    assert len(washington) == 1  # the listed link and the damaged note fragment are one work


def test_bib_output_is_byte_identical_across_runs(tmp_path):
    first, second = tmp_path / "a.bib", tmp_path / "b.bib"
    assert main(["bib", SEEDS, "-o", str(first)]) == 0
    assert main(["bib", SEEDS, "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
