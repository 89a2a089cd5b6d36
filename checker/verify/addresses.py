"""URL, host name or IP address → why the fetcher must not fetch it (None if it may): SSRF policy.

Pure functions; resolving names is the fetcher's job (``verify/fetch.py``). URLs are
cleaned here first (http/https only, no credentials, one unambiguous ASCII host). The
policy is applied to every address a host resolves to, at every redirect hop, so a
public page cannot bounce the checker into the machine it runs on or its cloud's
metadata service.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from functools import lru_cache
from urllib.parse import urljoin, urlsplit, urlunsplit

import idna

# Cloud metadata services answer on these addresses; they hand out credentials, so they
# stay refused even with ``--allow-private`` (no test or paper needs them).
_METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean
        "169.254.170.2",  # AWS ECS task metadata
        "fd00:ec2::254",  # AWS IMDS over IPv6
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud (legacy)
    )
)
# Host names that are the metadata service whatever they resolve to (always refused), and
# names reserved for the local machine or network (refused without ``--allow-private``);
# refusing them by name means the question never even reaches a resolver.
_METADATA_NAMES = frozenset({"metadata.google.internal", "metadata.goog", "metadata", "instance-data",
                             "instance-data.ec2.internal"})
_LOCAL_SUFFIXES = (".localhost", ".internal", ".local", ".home.arpa")
# Ranges Python's ``is_global`` still counts as global but that are not ordinary hosts:
# IETF protocol assignments (192.0.0.9/.10 included) and deprecated IPv6 site-local.
_SPECIAL = (ipaddress.ip_network("192.0.0.0/24"), ipaddress.ip_network("fec0::/10"))
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_LEGACY_IPV4 = re.compile(r"(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}", re.IGNORECASE)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Servers refuse request lines much past 8 KiB; a longer "URL" in a document is damage.
MAX_URL_CHARS = 8192
_HOST_NAME = re.compile(r"(?:[a-z0-9_-]{1,63}\.)*[a-z0-9_-]{1,63}\.?")  # LDH labels (and "_", seen in the wild)
_BRACKETED = re.compile(r"\[[0-9a-fA-F:.]+(?:%25[\w.~-]+)?\](?::\d*)?")


@lru_cache(maxsize=4096)  # asked at every hop of every URL; a run cites a few hundred hosts
def parse_ip(host: str) -> IPAddress | None:
    """Return ``host`` as an IP address when it is a literal one (brackets allowed).

    >>> str(parse_ip("[::1]"))
    '::1'
    >>> parse_ip("example.org") is None
    True

    The legacy IPv4 spellings that resolvers accept (``2130706433``, ``0x7f.1``,
    ``0177.0.0.1``) are read the way ``inet_aton`` reads them, so they cannot slip past.

    >>> str(parse_ip("2130706433"))
    '127.0.0.1'
    """
    bare = host.strip("[]").split("%", 1)[0]
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        pass
    if _LEGACY_IPV4.fullmatch(bare):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(bare))
        except OSError:
            return None
    return None


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, Teredo, NAT64), if any."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _category(ip: IPAddress) -> str | None:
    """Name the non-public category of ``ip`` (None for a global unicast address)."""
    checks = (
        ("unspecified", ip.is_unspecified),
        ("multicast", ip.is_multicast),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("non-global", not ip.is_global or any(ip in net for net in _SPECIAL if net.version == ip.version)),
    )
    return next((name for name, hit in checks if hit), None)


@lru_cache(maxsize=4096)
def refusal(ip: IPAddress, allow_private: bool = False) -> str | None:
    """Return why connecting to ``ip`` is refused, or None when it is allowed.

    Metadata, multicast and unspecified addresses are always refused; the other
    non-public ranges only without ``allow_private``.

    >>> refusal(ipaddress.ip_address("169.254.169.254"), allow_private=True)
    'cloud metadata service'
    >>> refusal(ipaddress.ip_address("127.0.0.1"))
    'loopback'
    >>> refusal(ipaddress.ip_address("127.0.0.1"), allow_private=True) is None
    True
    >>> refusal(ipaddress.ip_address("::ffff:10.0.0.1"))
    'private (IPv4 10.0.0.1 inside IPv6)'
    """
    if ip in _METADATA:
        return "cloud metadata service"
    inner = _embedded_ipv4(ip)
    if inner is not None:
        why = refusal(inner, allow_private)
        return f"{why} (IPv4 {inner} inside IPv6)" if why else None
    category = _category(ip)
    if category in ("unspecified", "multicast"):
        return category
    if category is None or allow_private:
        return None
    return category


def name_refusal(host: str, allow_private: bool = False) -> str | None:
    """Return why the host *name* is refused before resolving it, or None.

    >>> name_refusal("metadata.google.internal", allow_private=True)
    'cloud metadata service'
    >>> name_refusal("LOCALHOST.")
    'local host name'
    >>> name_refusal("localhost", allow_private=True) is None
    True
    >>> name_refusal("example.org") is None
    True
    """
    name = host.lower().rstrip(".")
    if name in _METADATA_NAMES:
        return "cloud metadata service"
    if not allow_private and (name == "localhost" or name.endswith(_LOCAL_SUFFIXES)):
        return "local host name"
    return None


class Refused(Exception):
    """A URL or hop the policy will not fetch; carries the ``FetchResult.error`` code."""

    def __init__(self, error: str, detail: str) -> None:
        super().__init__(detail)
        self.error, self.detail = error, detail


def clean_url(url: str) -> str:
    """Return ``url`` without credentials or fragment; raise ``Refused`` if not http(s).

    A Unicode host name is returned in its ASCII (IDNA) form, the name that is resolved,
    pinned and sent, so the address check and the connection see the same host.

    >>> clean_url("https://user:secret@Example.org/a#top")
    'https://Example.org/a'
    >>> clean_url("http://bücher.example/")
    'http://xn--bcher-kva.example/'
    """
    if len(url) > MAX_URL_CHARS:
        raise Refused("invalid", f"URL longer than {MAX_URL_CHARS} characters")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise Refused("invalid", f"not a valid URL: {exc}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise Refused("invalid", f"scheme {parts.scheme or '(none)'!r} is not http or https")
    if not parts.hostname:
        raise Refused("invalid", "URL has no host")
    if port == 0:
        raise Refused("invalid", "port 0 is not a valid port")
    if "\\" in parts.netloc:  # browsers read "\" as "/": the host would be another one
        raise Refused("invalid", "backslash in the host part")
    netloc = _clean_netloc(parts.netloc.rsplit("@", 1)[-1], parts.hostname, port)
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def _clean_netloc(netloc: str, host: str, port: int | None) -> str:
    """``host[:port]`` checked to be a plain name or IP literal; raise ``Refused`` if not.

    Anything else (``%``-escapes, backslashes, spaces, junk after ``]``) is read
    differently by different URL parsers, so it is refused rather than guessed at.
    """
    if netloc.startswith("["):
        if not _BRACKETED.fullmatch(netloc):
            raise Refused("invalid", f"malformed IPv6 host {netloc!r}")
        return netloc
    if not host.isascii():
        try:
            ascii_host = idna.encode(host, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError) as exc:
            raise Refused("invalid", f"host {host!r} is not a valid international name: {exc}") from None
        return ascii_host + (f":{port}" if port is not None else "")
    if len(host) > 254 or not _HOST_NAME.fullmatch(host):
        raise Refused("invalid", f"host {host!r} is not a valid host name")
    if "xn--" in host:
        try:
            idna.decode(host)
        except (idna.IDNAError, UnicodeError) as exc:
            raise Refused("invalid", f"host {host!r} is not a valid international name: {exc}") from None
    return netloc


def redirect_target(current: str, location: str) -> str:
    """The cleaned absolute URL a ``Location`` header points to; raise ``Refused`` if unusable."""
    try:
        joined = urljoin(current, location.strip())
    except ValueError as exc:  # e.g. an unclosed "[" in the host
        raise Refused("invalid", f"not a valid URL: {exc}") from None
    return clean_url(joined)
