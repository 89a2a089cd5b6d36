"""``citecheck urls``: lines, JSON Lines, summary, exit codes, option errors."""

from __future__ import annotations

import json

import pytest

from checker.cli import main

PAPER = """A short paper

Text citing a source.1

1 Novák, Jan. Rivers of Memory in Central Europe. Praha: Academia, 2010. Dostupné z: {ok} [cit. 2014-07-22].
2 Smith, Anna. Lost Letters of the Border. 2012. Available at: {dead} (accessed 3 March 2016).
"""


@pytest.fixture
def paper(httpserver, write_text):
    httpserver.expect_request("/ok").respond_with_data(
        "<html><head><title>Rivers of Memory in Central Europe</title></head><body><h1>Rivers</h1></body></html>",
        content_type="text/html")
    httpserver.expect_request("/dead").respond_with_data("gone", status=404)
    text = PAPER.format(ok=_url(httpserver, "/ok"), dead=_url(httpserver, "/dead"))
    return write_text(text, name="paper.txt"), httpserver


def _url(server, path: str) -> str:
    # The extraction stage wants a dotted host, so cite the server by its address.
    return server.url_for(path).replace("//localhost:", "//127.0.0.1:")


def test_json_lines_one_object_per_url(paper, capsys, tmp_path):
    path, server = paper
    code = main(["urls", str(path), "--json", "--allow-private", "--no-archive", "--cassette-dir", str(tmp_path)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 1  # a dead URL is an error
    assert [(r["url"], r["verdict"], r["http_status"]) for r in rows] == [
        (_url(server, "/ok"), "ok", 200), (_url(server, "/dead"), "dead", 404)]
    assert set(rows[0]) == {"url", "verdict", "http_status", "final_url", "redirects", "document", "line",
                            "evidence", "archive_url"}
    assert (rows[0]["document"], rows[0]["line"]) == ("paper", 5)


def test_text_lines_and_summary(paper, capsys):
    path, server = paper
    main(["urls", str(path), "--allow-private", "--no-archive"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("paper:5: ok") and _url(server, "/ok") in out[0]
    assert out[1].startswith("paper:6: dead") and "404" in out[1]
    assert out[-1] == "citecheck urls: 2 URL occurrence(s) in 1 document(s): 1 dead, 1 ok"


def test_output_is_deterministic(paper, capsys):
    path, _ = paper
    runs = []
    for _ in range(2):
        main(["urls", str(path), "--json", "--allow-private", "--no-archive"])
        runs.append(capsys.readouterr().out)
    assert runs[0] == runs[1]


def test_without_opt_in_loopback_is_refused_and_unverified(paper, capsys):
    path, _ = paper
    code = main(["urls", str(path), "--json", "--no-archive"])
    verdicts = [json.loads(line)["verdict"] for line in capsys.readouterr().out.splitlines()]
    assert verdicts == ["unverified", "unverified"] and code == 0


def test_record_then_offline_replay(paper, capsys, tmp_path):
    path, server = paper
    cassettes = tmp_path / "cassettes"
    main(["urls", str(path), "--json", "--allow-private", "--no-archive", "--record", "--cassette-dir", str(cassettes)])
    recorded = capsys.readouterr().out
    assert (cassettes / "paper.yaml").is_file()
    server.clear()
    main(["urls", str(path), "--json", "--allow-private", "--no-archive", "--offline", "--cassette-dir", str(cassettes)])
    assert capsys.readouterr().out == recorded


def test_no_progress_bar_when_not_a_terminal(paper, capsys):
    path, _ = paper
    main(["urls", str(path), "--allow-private", "--no-archive"])
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--offline", "--record"], id="offline_and_record"),
        pytest.param(["--concurrency", "0"], id="zero_concurrency"),
        pytest.param(["--per-host", "-1"], id="negative_per_host"),
        pytest.param(["--timeout", "0"], id="zero_timeout"),
    ],
)
def test_bad_options_exit_2_with_one_line(args, paper, capsys):
    path, _ = paper
    assert main(["urls", str(path), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "citecheck: error:" in err


def test_missing_file_exits_2(capsys, tmp_path):
    assert main(["urls", str(tmp_path / "nope.txt")]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_help_lists_the_options(capsys):
    with pytest.raises(SystemExit):
        main(["urls", "--help"])
    out = capsys.readouterr().out
    for option in ("--json", "--offline", "--record", "--allow-private", "--concurrency", "--per-host", "--timeout"):
        assert option in out
