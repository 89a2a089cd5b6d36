"""``citecheck refs`` and ``citecheck bib --enrich`` against fake registries on 127.0.0.1.

The parsed references are put in place of the parse stage's (as tests/cli/conftest.py
does for ``check``), so these tests cover the command line: options, output, exit codes.
The registry answers are the documented-shape fixtures of ``tests/data/registries``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import checker.cli.bib as bib_cli
import checker.cli.refs as refs_cli
from checker.cli import main
from checker.model import Field, Location, Name, Reference

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "registries"
DANUBE = "Diplomacy on the Danube: Soviet Policy toward Central Europe, 1953–1964"
RETRACTED_DOI = "10.5555/slavrev.2015.74.2.301"


def answer(name: str) -> dict:
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    data.pop("_fixture")
    return data


def reference(ref_id: str, raw: str, line: int, **values) -> Reference:
    fields = tuple(Field(k, tuple(Name(*p.split(", ")) for p in v) if k == "author" else v) for k, v in values.items())
    return Reference(id=ref_id, kind="full", raw=raw, location=Location("paper", line), fields=fields, note=line)


DANUBE_REF = reference("paper#n1", f"Jan Novák, “{DANUBE},” Journal of Cold War Studies 11 (2009): 95.", 30,
                       author=("Novák, Jan",), title=DANUBE, container_title="Journal of Cold War Studies",
                       year="2009", volume="11", type="article")
RETRACTED_REF = reference("paper#n2", "Ivan Petrov, “Grain Exports and Famine Relief in the Volga Region, 1921–1922,” "
                          "Slavic Review 74 (2015), doi:10.5555/slavrev.2015.74.2.301.", 31,
                          author=("Petrov, Ivan",), title="Grain Exports and Famine Relief in the Volga Region, 1921–1922",
                          container_title="Slavic Review", year="2015", doi=RETRACTED_DOI, type="article")


@pytest.fixture
def paper(tmp_path, monkeypatch):
    """A document whose parsed references are DANUBE_REF and RETRACTED_REF."""
    path = tmp_path / "paper.txt"
    path.write_text("A paper citing two works.1 2\n", encoding="utf-8")
    monkeypatch.setattr(refs_cli, "references_of", lambda paths: (DANUBE_REF, RETRACTED_REF))
    monkeypatch.chdir(tmp_path)
    return path


@pytest.fixture
def registry_args(httpserver) -> list[str]:
    httpserver.expect_request("/crossref/works").respond_with_json(answer("crossref_search_danube.json"))
    httpserver.expect_request(f"/crossref/works/{RETRACTED_DOI}").respond_with_json(
        answer("crossref_work_retracted.json"))
    return ["--allow-private", "--registry-url", f"crossref={httpserver.url_for('/crossref')}",
            "--registry-url", f"doiorg={httpserver.url_for('/doi')}",
            "--registry-url", f"openlibrary={httpserver.url_for('/ol')}", "--mailto", "editor@example.org"]


def test_prints_each_verdict_with_the_comparison(paper, registry_args, capsys):
    code = main(["refs", str(paper), *registry_args])
    out = capsys.readouterr().out
    assert code == 1  # a retracted work is an error-severity finding
    assert f"paper:30: verified     Jan Novák, “{DANUBE},”" in out
    assert "ok      year       cited: 2009  |  record: 2009" in out
    assert "+ doi = 10.5555/jcws.2009.11.3.89  (from Crossref)" in out
    assert "paper:31: retracted" in out
    assert "why: Retraction 2018-03-02, notice doi:10.5555/slavrev.2018.77.1.1" in out
    assert out.rstrip().endswith("citecheck refs: 2 cited work(s): 1 retracted, 1 verified")


def test_json_lines(paper, registry_args, capsys):
    main(["refs", str(paper), "--json", *registry_args])
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (first["id"], first["verdict"], first["registry"]) == ("paper#n1", "verified", "crossref")
    assert {"field": "year", "cited": "2009", "registry": "2009", "agrees": True} in first["comparison"]
    assert first["added"][0]["field"] == "doi"
    assert second["verdict"] == "retracted"
    assert second["asked"] == ["Crossref: 1 record"]


def test_offline_without_cassettes_asks_nothing(paper, httpserver, capsys):
    code = main(["refs", str(paper), "--offline"])
    out = capsys.readouterr().out
    assert code == 0
    assert [line.split()[1] for line in out.splitlines() if line.startswith("paper:")] == ["unverifiable"] * 2
    assert "why: offline, and no recording of the registries' answers" in out
    assert httpserver.log == []


def test_registry_url_from_the_config_file(paper, httpserver, capsys):
    httpserver.expect_request("/mirror/works").respond_with_json(answer("crossref_search_empty.json"))
    httpserver.expect_request(f"/mirror/works/{RETRACTED_DOI}").respond_with_json(answer("crossref_work_retracted.json"))
    Path("citecheck.toml").write_text(
        f'[registries]\nmailto = "ed@example.org"\ncrossref = "{httpserver.url_for("/mirror")}"\n'
        'enabled = ["crossref"]\n', encoding="utf-8")
    main(["refs", str(paper), "--allow-private", "--json"])
    verdicts = [json.loads(line)["verdict"] for line in capsys.readouterr().out.splitlines()]
    assert verdicts == ["not-found", "retracted"]
    assert all(request.args.get("mailto") == "ed@example.org" for request, _ in httpserver.log)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--registry-url", "crossref"], "expected NAME=URL", id="registry_url_without_equals"),
        pytest.param(["--registry-url", "openalexx=http://127.0.0.1:1"], "unknown registry 'openalexx'", id="unknown"),
        pytest.param(["--offline", "--record"], "--offline and --record exclude each other", id="offline_record"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(paper, capsys, args, message):
    assert main(["refs", str(paper), *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_refs_has_help(capsys):
    with pytest.raises(SystemExit):
        main(["refs", "--help"])
    assert "--registry-url NAME=URL" in capsys.readouterr().out


def test_bib_enrich_adds_only_certain_fields_with_their_source(paper, registry_args, monkeypatch, capsys):
    monkeypatch.setattr(bib_cli, "parse_references", lambda extraction: ((DANUBE_REF, RETRACTED_REF), ()))
    assert main(["bib", str(paper), "--enrich", *registry_args]) == 0
    out = capsys.readouterr().out
    assert out.count("doi = {10.5555/jcws.2009.11.3.89}") == 1
    assert "pages = {89--116}" in out
    assert "citecheck-source = {doi from Crossref http://" in out
    assert out.count("citecheck-source") == 1  # the retracted work gets nothing added


def test_bib_without_enrich_asks_nothing(paper, httpserver, monkeypatch, capsys):
    monkeypatch.setattr(bib_cli, "parse_references", lambda extraction: ((DANUBE_REF,), ()))
    assert main(["bib", str(paper)]) == 0
    assert "citecheck-source" not in capsys.readouterr().out
    assert httpserver.log == []


EXAMPLE = FIXTURES / "example"
EXAMPLE_ARGS = ["--offline", "--allow-private", "--config", str(EXAMPLE / "citecheck.toml"),
                "--cassette-dir", str(EXAMPLE / "cassettes")]


def test_example_paper_field_by_field_from_its_cassette(capsys):
    """The README's example: the real parse of a paper, replayed from the committed cassette."""
    code = main(["refs", str(EXAMPLE / "paper.txt"), *EXAMPLE_ARGS])
    out = capsys.readouterr().out
    assert code == 1  # note 6 cites a retracted work
    blocks = {block.split(":", 1)[0]: block for block in ("\n" + out).split("\npaper:")[1:]}
    assert "DIFFERS year       cited: 2015  |  record: 2016, 2017" in blocks["11"]
    assert "why: cited year differs from the record" in blocks["11"]
    assert "DIFFERS pages      cited: 118-20  |  record: 89-116" in blocks["13"]
    assert "note    publisher  cited: Böhlau  |  record: Example Transport History Press" in blocks["15"]
    assert "its title has “krkonose” where the citation has “sumava”" in blocks["24"]
    assert "why: Retraction 2021-09-30" in blocks["26"]
    assert "why: the cited DOI 10.5555/zenodo.777 belongs to a different work" in blocks["30"]
    assert "+ doi = 10.5555/jme.2018.28.1.12  (from Crossref)" in blocks["34"]
    assert out.splitlines()[-2] == ("citecheck refs: 10 cited work(s): 3 mismatch, 3 verified, 1 corrected, "
                                    "1 not-found, 1 retracted, 1 unverifiable")


def test_enriched_example_round_trips_through_bibtexparser_and_pybtex(tmp_path, capsys):
    import bibtexparser
    from pybtex.database import parse_string

    out = tmp_path / "paper.bib"
    assert main(["bib", str(EXAMPLE / "paper.txt"), "--enrich", "-o", str(out), *EXAMPLE_ARGS]) == 0
    err = capsys.readouterr().err
    assert "--enrich: added 2 field(s) to 1 of 10 entries (verified works only)" in err
    text = out.read_text(encoding="utf-8")
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    enriched = [e for e in library.entries if "citecheck-source" in e.fields_dict]
    assert [(e["doi"], e["pages"]) for e in enriched] == [("10.5555/jme.2018.28.1.12", "12--30")]
    assert "isbn" not in library.entries_dict["horvatova2004danube"].fields_dict  # another edition's ISBN
    bib = parse_string(text, "bibtex")
    assert sorted(bib.entries) == sorted(e.key for e in library.entries)
    assert bib.entries[enriched[0].key].fields["citecheck-source"].startswith("doi from Crossref http://127.0.0.1")


def test_enrich_offline_without_recordings_adds_nothing_and_says_why(tmp_path, capsys):
    out = tmp_path / "paper.bib"
    args = ["--offline", "--cassette-dir", str(tmp_path / "none")]
    assert main(["bib", str(EXAMPLE / "paper.txt"), "--enrich", "-o", str(out), *args]) == 0
    err = capsys.readouterr().err
    assert "added 0 field(s) to 0 of 10 entries" in err
    assert "9 of them not checked: offline with no recording (run once online or with --record)" in err
    assert "citecheck-source" not in out.read_text(encoding="utf-8")
