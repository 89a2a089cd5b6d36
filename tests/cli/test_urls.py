"""``citecheck urls``: lines, JSON Lines, summary, exit codes, option errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from werkzeug.wrappers import Response

import checker.cli.urls as urls_cli
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


CHECKED_PAPER = """A paper checked end to end

The argument follows Novák.1 The letters are lost.2 The report moved.3

1 Jan Novák, “Diplomacy on the Danube: Soviet Policy toward Central Europe, 1953–1964,” Journal of Cold War Studies 11, no. 3 (2009): 95.
2 Smith, Anna. Lost Letters of the Border. 2012. Available at: {dead} (accessed 3 March 2016).
3 Novák, Jan. Rivers of Memory in Central Europe. Praha: Academia, 2010. Dostupné z: {moved} [cit. 2014-07-22].
"""


def _fixture(name: str) -> dict:
    data = json.loads((Path(__file__).parents[1] / "data" / "registries" / name).read_text(encoding="utf-8"))
    data.pop("_fixture")
    return data


def test_check_records_into_cassettes_by_default_and_replays_the_same_reports(httpserver, tmp_path, monkeypatch):
    """`check --record` writes cassettes/<document>.yaml; `check --offline` then writes the same reports."""
    monkeypatch.chdir(tmp_path)
    page = "<html><head><title>Rivers of Memory in Central Europe</title></head><body><h1>Rivers</h1></body></html>"
    httpserver.expect_request("/dead").respond_with_data("gone", status=404)
    httpserver.expect_request("/old").respond_with_response(Response(status=301, headers={"Location": "/new"}))
    httpserver.expect_request("/new").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/crossref/works").respond_with_json(_fixture("crossref_search_danube.json"))
    httpserver.expect_request("/wayback/available").respond_with_json(
        {"archived_snapshots": {"closest": {"available": True, "status": "200", "timestamp": "20160301000000",
                                            "url": "http://web.archive.org/web/20160301000000/http://x.test/dead"}}})
    (tmp_path / "paper.txt").write_text(
        CHECKED_PAPER.format(dead=_url(httpserver, "/dead"), moved=_url(httpserver, "/old")), encoding="utf-8")
    (tmp_path / "citecheck.toml").write_text(
        f'[registries]\nenabled = ["crossref"]\ncrossref = "{httpserver.url_for("/crossref")}"\n'
        f'wayback = "{httpserver.url_for("/")}"\n\n[fetch]\nper-host = 2\n', encoding="utf-8")
    common = ["check", "paper.txt", "--allow-private", "--no-cache", "--format", "json,md", "--fail-on", "never"]
    assert main([*common, "--record", "--out", "recorded"]) == 0
    assert (tmp_path / "cassettes" / "paper.yaml").is_file()
    asked = {request.path for request, _ in httpserver.log}
    assert {"/dead", "/old", "/new", "/crossref/works", "/wayback/available"} <= asked
    httpserver.clear()  # the sites are gone: only the cassette can answer now
    assert main([*common, "--offline", "--out", "replayed"]) == 0
    assert httpserver.log == []
    for name in ("report.json", "report.md"):
        assert (tmp_path / "replayed" / name).read_bytes() == (tmp_path / "recorded" / name).read_bytes(), name
    report = json.loads((tmp_path / "replayed" / "report.json").read_text(encoding="utf-8"))
    rules = {f["rule"] for f in report["findings"]}
    assert {"url.dead", "url.moved"} <= rules and "url.unverified" not in rules
    assert "ref.unverifiable" not in rules  # the registry's answer was replayed too
    assert "web.archive.org/web/20160301000000" in (tmp_path / "replayed" / "report.md").read_text(encoding="utf-8")


def test_fetch_table_of_the_config_sets_defaults_and_options_win(paper, monkeypatch, tmp_path):
    seen = []
    monkeypatch.setattr(urls_cli, "verify_urls", lambda extractions, options, progress: seen.append(options) or ((), ()))
    config = tmp_path / "site.toml"
    config.write_text('[fetch]\nconcurrency = 16\nper-host = 2\ntimeout = 4\narchive = false\n'
                      '[registries]\nwayback = "http://127.0.0.1:1/mirror/"\n', encoding="utf-8")
    path, _ = paper
    main(["urls", str(path), "--config", str(config)])
    main(["urls", str(path), "--config", str(config), "--per-host", "5", "--registry-url", "wayback=http://127.0.0.1:2"])
    assert [(o.concurrency, o.per_host, o.timeout, o.archive, o.archive_base) for o in seen] == [
        (16, 2, 4.0, False, "http://127.0.0.1:1/mirror"), (16, 5, 4.0, False, "http://127.0.0.1:2")]


@pytest.mark.parametrize(
    "table, message",
    [
        pytest.param("[fetch]\nper-host = 0\n", "fetch: per-host: expected a whole number of at least 1", id="zero_per_host"),
        pytest.param("[fetch]\ntimeout = \"fast\"\n", "fetch: timeout: expected seconds", id="timeout_not_a_number"),
        pytest.param("[fetch]\narchive = 1\n", "fetch: archive: expected true or false", id="archive_not_a_bool"),
        pytest.param("[fetch]\nthreads = 4\n", "fetch: unknown key 'threads'", id="unknown_key"),
        pytest.param("[registries]\nwayback = \"archive.org\"\n", "wayback: expected the registry's base URL",
                     id="wayback_not_a_url"),
    ],
)
def test_bad_fetch_settings_exit_2_with_one_line(table, message, paper, capsys, tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text(table, encoding="utf-8")
    path, _ = paper
    assert main(["urls", str(path), "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_wayback_base_url_from_the_command_line(paper, capsys):
    path, server = paper
    snapshot = "http://web.archive.org/web/20160303000000/http://x.test/dead"
    server.expect_request("/wb/wayback/available").respond_with_json(
        {"archived_snapshots": {"closest": {"available": True, "status": "200", "url": snapshot}}})
    main(["urls", str(path), "--json", "--allow-private", "--registry-url", f"wayback={server.url_for('/wb')}"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["verdict"], r["archive_url"]) for r in rows] == [("ok", None), ("dead", snapshot)]
    asked = [req for req, _ in server.log if req.path == "/wb/wayback/available"]
    assert [req.args.get("timestamp") for req in asked] == ["20160303"]


def test_check_takes_registry_urls_and_cassette_dir_from_the_command_line(httpserver, tmp_path, monkeypatch):
    """`check --registry-url NAME=URL --cassette-dir DIR`: the flags, not the config, steer both stages."""
    monkeypatch.chdir(tmp_path)
    httpserver.expect_request("/dead").respond_with_data("gone", status=404)
    httpserver.expect_request("/old").respond_with_response(Response(status=301, headers={"Location": "/new"}))
    httpserver.expect_request("/new").respond_with_data("<html><title>Rivers</title></html>", content_type="text/html")
    httpserver.expect_request("/mirror/works").respond_with_json(_fixture("crossref_search_danube.json"))
    httpserver.expect_request("/wb/wayback/available").respond_with_json({"archived_snapshots": {}})
    (tmp_path / "paper.txt").write_text(
        CHECKED_PAPER.format(dead=_url(httpserver, "/dead"), moved=_url(httpserver, "/old")), encoding="utf-8")
    (tmp_path / "citecheck.toml").write_text(
        '[registries]\nenabled = ["crossref"]\ncrossref = "http://127.0.0.1:9"\n', encoding="utf-8")
    flags = ["--registry-url", f"crossref={httpserver.url_for('/mirror')}",
             "--registry-url", f"wayback={httpserver.url_for('/wb')}", "--cassette-dir", "tapes"]
    common = ["check", "paper.txt", "--allow-private", "--no-cache", "--format", "json", "--fail-on", "never"]
    assert main([*common, *flags, "--record", "--out", "recorded"]) == 0
    asked = {request.path for request, _ in httpserver.log}
    assert {"/mirror/works", "/wb/wayback/available"} <= asked
    assert (tmp_path / "tapes" / "paper.yaml").is_file() and not (tmp_path / "cassettes").exists()
    httpserver.clear()
    assert main([*common, *flags, "--offline", "--out", "replayed"]) == 0
    assert (tmp_path / "replayed" / "report.json").read_bytes() == (tmp_path / "recorded" / "report.json").read_bytes()


@pytest.mark.parametrize("args, message", [
    pytest.param(["--registry-url", "crossref"], "expected NAME=URL", id="registry_url_without_url"),
    pytest.param(["--offline", "--record"], "exclude each other", id="offline_and_record"),
])
def test_check_rejects_bad_network_options_with_one_line(args, message, tmp_path, capsys):
    (tmp_path / "p.txt").write_text("A paper.\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "p.txt"), "--out", str(tmp_path / "out"), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and not (tmp_path / "out").exists()
