"""The address policy: which IPs the fetcher may connect to."""

from __future__ import annotations

import ipaddress

import pytest

from checker.verify.addresses import parse_ip, refusal


@pytest.mark.parametrize(
    "address, allow_private, refused",
    [
        pytest.param("93.184.216.34", False, False, id="public_v4"),
        pytest.param("2606:2800:220:1::1", False, False, id="public_v6"),
        pytest.param("127.0.0.1", False, True, id="loopback"),
        pytest.param("127.0.0.1", True, False, id="loopback_allowed"),
        pytest.param("::1", False, True, id="ipv6_loopback"),
        pytest.param("192.168.1.1", False, True, id="private"),
        pytest.param("100.64.0.1", False, True, id="shared_cgnat"),
        pytest.param("fe80::1", False, True, id="ipv6_link_local"),
        pytest.param("169.254.169.254", True, True, id="metadata_even_allowed"),
        pytest.param("fd00:ec2::254", True, True, id="metadata_ipv6_even_allowed"),
        pytest.param("100.100.100.200", True, True, id="alibaba_metadata_even_allowed"),
        pytest.param("239.1.1.1", True, True, id="multicast_even_allowed"),
        pytest.param("240.0.0.1", False, True, id="reserved"),
        pytest.param("::ffff:169.254.169.254", True, True, id="mapped_metadata"),
        pytest.param("2002:7f00:1::1", False, True, id="6to4_of_loopback"),
        pytest.param("64:ff9b::a00:1", False, True, id="nat64_of_private"),
    ],
)
def test_refusal(address, allow_private, refused):
    assert (refusal(ipaddress.ip_address(address), allow_private) is not None) is refused


@pytest.mark.parametrize(
    "host, ip",
    [
        pytest.param("2130706433", "127.0.0.1", id="decimal"),
        pytest.param("0x7f000001", "127.0.0.1", id="hex"),
        pytest.param("0177.0.0.1", "127.0.0.1", id="octal"),
        pytest.param("127.1", "127.0.0.1", id="short"),
        pytest.param("[::1]", "::1", id="bracketed_v6"),
        pytest.param("example.org", None, id="name"),
        pytest.param("1e100.net", None, id="name_with_digits"),
    ],
)
def test_parse_ip_reads_every_spelling(host, ip):
    parsed = parse_ip(host)
    assert (str(parsed) if parsed else None) == ip
