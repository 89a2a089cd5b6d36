"""Config: [tool.citecheck] from pyproject.toml or citecheck.toml, validated with clear errors."""

from __future__ import annotations

import pytest

from checker.config import Config, find_config, parse_config, parse_formats, read_config
from checker.errors import ConfigError


def test_defaults_without_any_file(tmp_path):
    config = read_config(start=tmp_path / "nowhere")
    assert (config.fail_on, config.formats, config.severity, config.source) == (
        "error", ("md", "html", "json"), (), None,
    )


def test_pyproject_table_is_read(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.citecheck]\nfail-on = "warning"\nformats = ["json", "sarif"]\n'
        '[tool.citecheck.severity]\n"url.blocked" = "off"\n"ref.mismatch" = "error"\n'
        '[tool.citecheck.fetch]\ntimeout = 7\n'
    )
    config = read_config(start=tmp_path)
    assert config.fail_on == "warning"
    assert config.formats == ("json", "sarif")
    assert config.severity == (("ref.mismatch", "error"), ("url.blocked", "off"))
    assert config.section("fetch") == {"timeout": 7}
    assert config.section("registries") == {}


def test_citecheck_toml_wins_over_pyproject_and_is_found_from_a_subfolder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.citecheck]\nfail-on = "never"\n')
    (tmp_path / "citecheck.toml").write_text('fail-on = "warning"\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert find_config(sub) == tmp_path / "citecheck.toml"
    assert read_config(start=sub).fail_on == "warning"


def test_pyproject_without_citecheck_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path) is None or find_config(tmp_path).parent != tmp_path


def test_explicit_file_that_is_missing_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        read_config(tmp_path / "missing.toml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param('fail-on = "sometimes"', "fail-on: 'sometimes' is not one of", id="bad_fail_on"),
        pytest.param('[severity]\n"no.such-rule" = "error"', "unknown rule id 'no.such-rule'", id="unknown_rule"),
        pytest.param('[severity]\n"url.dead" = "fatal"', "severity.url.dead: 'fatal'", id="bad_severity"),
        pytest.param('formats = ["pdf"]', "unknown report format 'pdf'", id="bad_format"),
        pytest.param('cache-dir = 3', "cache-dir: expected a string", id="bad_cache_dir"),
        pytest.param('fail-on = ', "not valid TOML", id="broken_toml"),
    ],
)
def test_invalid_values_name_file_and_key(tmp_path, text, message):
    path = tmp_path / "citecheck.toml"
    path.write_text(text + "\n")
    with pytest.raises(ConfigError, match=message) as info:
        read_config(path)
    assert str(path) in str(info.value)


def test_underscore_keys_are_accepted():
    assert parse_config({"fail_on": "never"}).fail_on == "never"


def test_parse_formats_keeps_order_and_drops_repeats():
    assert parse_formats("sarif, md,sarif") == ("sarif", "md")
    with pytest.raises(ConfigError, match="no report format"):
        parse_formats(" , ")


def test_config_is_comparable_for_cache_keys():
    assert Config(fail_on="warning") == Config(fail_on="warning")
    assert parse_config({"a": 1}).digest_source() == parse_config({"a": 1}).digest_source()
