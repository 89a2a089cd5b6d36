"""Plain text → Markdown inline text: escaped only where Markdown would misread it, wrapped.

The Markdown report is read raw in a terminal as often as rendered on a code host, so a
backslash before every ``_`` or ``[`` would be noise. Escapes go only where CommonMark
or GitHub would change the meaning: emphasis and strikethrough marks, ``<`` that could
open a tag, entity-like ``&``, math ``$``, ``](`` that would make a link, and block
markers at the start of a line. URLs become autolinks (our text) or code spans (quoted
text), which need no escaping inside; a code span's fence is longer than any backtick
run it holds.
"""

from __future__ import annotations

import re

WIDTH = 100

_URL = re.compile(r"https?://[^\s<>\"`]+")
_TRAILING = ".,;:!?'\""
_UNSAFE = re.compile(
    r"\\"                                # would escape the next mark, or break the line
    r"|[`*~]"                             # code, emphasis, strikethrough
    r"|(?<![^\W_])_|_(?![^\W_])"          # _ unless inside a word (intraword _ is literal)
    r"|<(?=[A-Za-z/!?])"                  # could open an HTML tag, comment or autolink
    r"|&(?=#?\w+;)"                       # could be read as an entity
    r"|\$(?=\S)"                          # GitHub math
    r"|\](?=[(\[:])"                      # would close a link or reference
    r"|\|"                                # a table cell boundary
)
_ORDERED = re.compile(r"(\d{1,9})(?=[.)](?:\s|$))")
_CODE_SPAN = re.compile(r"(`+).*?\1")


def code(text: str) -> str:
    """Return ``text`` as a code span (nothing inside needs escaping).

    >>> code("a.txt:3")
    '`a.txt:3`'
    >>> code("x`y")
    '``x`y``'
    """
    text = " ".join(text.split())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def inline(text: str, urls: str = "link") -> str:
    """Escape ``text`` for a Markdown paragraph; line breaks fold into spaces.

    ``urls="link"`` turns URLs into autolinks (``<https://…>``), ``"code"`` into code
    spans, which keeps quoted text exactly as written.

    >>> inline("a *b* snake_case _x_ [1958] see http://a.org/x_y.")
    'a \\\\*b\\\\* snake_case \\\\_x\\\\_ [1958] see <http://a.org/x_y>.'
    """
    text = " ".join(text.split())
    out, last = [], 0
    for match in _URL.finditer(text):
        url = _trim_url(match.group())
        out.append(_escape(text[last:match.start()]))
        out.append(f"<{url}>" if urls == "link" else code(url))
        last = match.start() + len(url)
    out.append(_escape(text[last:]))
    return "".join(out)


def wrap(text: str, first: str, rest: str, width: int = WIDTH) -> str:
    """Fill Markdown inline ``text`` into lines after prefixes ``first`` / ``rest``.

    Breaks only at spaces outside code spans, and escapes a block marker (``#``, ``-``,
    ``1.``, ``>``…) that a break leaves at the start of a line.

    >>> print(wrap("one two - three", "- ", "  ", width=10))
    - one two
      \\- three
    """
    words = _CODE_SPAN.sub(lambda m: m.group().replace(" ", "\0"), text).split(" ")
    lines: list[str] = []
    current = ""
    for word in (w.replace("\0", " ") for w in words if w):
        prefix = rest if lines else first
        if current and len(prefix) + len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "\n".join((rest if i else first) + _guard(line) for i, line in enumerate(lines))


def _guard(line: str) -> str:
    """Escape what would make ``line`` a heading, list item, quote or rule.

    >>> _guard("1990. Cambridge"), _guard("# 5"), _guard("plain")
    ('1990\\\\. Cambridge', '\\\\# 5', 'plain')
    """
    number = _ORDERED.match(line)
    if number:
        return number.group() + "\\" + line[number.end():]
    return "\\" + line if line[:1] in "#>+=-" else line


def _escape(text: str) -> str:
    return _UNSAFE.sub(lambda m: "\\" + m.group(), text)


def _trim_url(url: str) -> str:
    """Drop sentence punctuation after a URL, and a ``)`` that closes a parenthesis around it."""
    while url and (url[-1] in _TRAILING or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url
