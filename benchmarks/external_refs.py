"""Convert public annotated reference corpora (GROBID TEI, LinkedBooks CoNLL) to refparse JSONL.

Usage::

    python benchmarks/external_refs.py [--raw DIR] [--out DIR] [--dev PATH]

Reads the raw files kept under ``tests/data/refparse/external/raw/`` (one folder per
corpus, see the README beside them) and writes one JSONL per corpus to ``--out`` in the
record format of the shared dev set (``/work/shared/refparse/README.md``): ``id``, ``raw``,
``fields``, ``spans``, ``dataset``, ``source``, ``license``, ``flags`` and ``split``.

* ``raw`` is the annotated text of one reference, whitespace collapsed (GROBID: the text of
  one ``<bibl>``; LinkedBooks: the tokens of one reference, re-joined by ``detokenise``).
* ``fields`` follow the dev set's conventions: names as ``"Family, Given"`` (family names
  are what the benchmark scores), pages ``12-34``, the dev set's type vocabulary.
* ``split`` is ``tune`` or ``held-out``: the parity of the first byte of the SHA-1 of the
  normalised raw string, so each half is fixed by the text alone, whatever the file order.

At most ``CAP`` references are taken from one source file, in document order, so that no
single reference list dominates. Exact duplicates (normalised raw) are dropped, and so is
any record whose raw string also occurs in the dev set when ``--dev`` exists.
Nothing here imports the parser: the gold must not depend on the code it measures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from external_names import collapse, split_names  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT / "tests/data/refparse/external"
CAP = 40
CORPORA = {  # folder under raw/ → (dataset id, upstream repository, folder there, licence)
    "grobid": ("grobid-citation", "kermitt2/grobid",
               "grobid-trainer/resources/dataset/citation/{corpus}", "Apache-2.0"),
    "grobid-purker": ("grobid-citation", "purker/grobid",
                      "grobid-trainer/resources/dataset/citation/corpus", "Apache-2.0"),
    "linkedbooks": ("linkedbooks-humanities", "dhlab-epfl/LinkedBooksDeepReferenceParsing",
                    "dataset", "MIT"),
}
_YEAR = re.compile(r"(?<!\d)(1[4-9]\d\d|20\d\d)(?!\d)")  # "2007a" has year 2007
_ACCESS = re.compile(r"(?:accessed|ac-\s*cessed|retrieved|viewed|consulted|cited|last\s+visited)\W*$", re.I)


def norm_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


def split_of(raw: str) -> str:
    return "tune" if hashlib.sha1(norm_key(raw).encode()).digest()[0] % 2 == 0 else "held-out"


def clean_title(text: str) -> str:
    text = collapse(text).strip(" .,;:")
    for left, right in ('""', "“”", "«»", "‘’", "''", "()", "[]"):
        if len(text) > 2 and text[0] == left and text[-1] == right:
            text = text[1:-1].strip(" .,;:")
    return re.sub(r"^(?:in|dans)\s*:?\s+", "", text, flags=re.I) if text else text


def clean_pages(text: str) -> str:
    text = re.sub(r"^(?:pp?|pages?|s|ss)(?:\.\s*|\s+)", "", collapse(text), flags=re.I)
    return re.sub(r"\s*[-–—‐‑]+\s*", "-", text).strip(" .,;:")


def clean_plain(text: str) -> str:
    text = collapse(text).strip(" .,;:")
    return text[1:-1].strip() if text[:1] + text[-1:] in ("()", "[]") else text


def derive_type(fields: dict, labels: set[str], genre: str) -> str:
    """The dev set's rule, in its order (see /work/shared/refparse/README.md)."""
    genre = genre.lower()
    if re.search(r"th[eè]se|thesis|dissertation|diss\b|diplomarbeit|ph\.?\s*d|master", genre):
        return "thesis"
    if re.search(r"report|working paper|technical|forschungsbericht|preprint", genre):
        return "report"
    if "journal" in labels:
        return "article"
    if fields.get("container_title"):
        return "book" if not fields.get("title") else "chapter"
    if "institution" in labels:
        return "report"
    if fields.get("url") and not (fields.get("publisher") or fields.get("location")):
        return "web"
    if fields.get("publisher") or fields.get("location") or fields.get("isbn"):
        return "book"
    return "other"


def finish_fields(fields: dict, labels: set[str], genre: str) -> dict:
    if fields.get("date"):
        year = _YEAR.search(fields["date"])
        if year:
            fields["year"] = year.group(1)
    fields["type"] = derive_type(fields, labels, genre)
    return {k: v for k, v in fields.items() if v not in (None, "", [])}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _url_clean(text: str) -> str:
    text = re.sub(r"\s*([/.:_~%?=&#-])\s*", r"\1", collapse(text))
    return text.strip(" .,;<>")


def grobid_record(bibl: ET.Element) -> tuple[str, dict, list, dict]:
    """One TEI ``<bibl>`` → raw text, fields, spans and flags."""
    raw = collapse("".join(bibl.itertext()))
    spans, fields, flags, labels, genre = [], {}, {}, set(), ""
    authors, editors, titles, dates = [], [], [], []
    scopes: dict[str, list[str]] = {}
    prev_text = bibl.text or ""
    for child in bibl:
        tag, kind = _local(child.tag), child.get("level") or child.get("unit") or child.get("type") or ""
        text = collapse("".join(child.itertext()))
        spans.append([f"{tag}:{kind}" if kind else tag, text])
        if tag == "author":
            authors.append(text)
        elif tag == "editor":
            editors.append(text)
        elif tag == "orgName" and kind == "collaboration":
            if not authors:
                fields["author"] = [{"literal": text}]
        elif tag == "title":
            titles.append((kind, text))
        elif tag == "date":
            dates.append((prev_text, text))
        elif tag == "biblScope" or tag in ("volume", "issue"):
            unit = {"vol": "volume", "pp": "page", "page": "page"}.get(kind or tag, kind or tag)
            scopes.setdefault(unit, []).append(text)
        elif tag == "publisher":
            fields["publisher"] = clean_plain(text)
        elif tag == "pubPlace":
            fields["location"] = clean_plain(text)
        elif tag == "ptr" and text:
            url = _url_clean(text)
            doi = re.search(r"10\.\d{4,9}/\S+", url)
            if doi and "doi" in url and "doi" not in fields:
                fields["doi"] = doi.group(0)
            elif "url" not in fields:
                fields["url"] = url
        elif tag == "idno":
            value = collapse(text)
            if kind.upper() == "DOI" or re.match(r"10\.\d{4,9}/", value):
                fields["doi"] = re.sub(r"^(?:doi:?\s*)", "", value, flags=re.I)
            elif kind.upper() == "ISBN" or re.search(r"ISBN\W*$", prev_text, re.I):
                fields["isbn"] = re.sub(r"[\s]", "", value)
        elif tag == "note":
            fields["note"] = "; ".join(filter(None, [fields.get("note"), clean_plain(text)]))
            if kind == "report":
                genre += " " + text
        elif tag == "orgName":
            labels.add("institution")
            genre += " " + text
        prev_text = child.tail or ""
    if re.match(r"^\s*[-—–_]{1,3}\s*[,.]", raw):
        flags["author_ditto"] = True  # "--, A. W. Robertson": the first author is the previous entry's
    elif authors:
        names, et_al = [], False
        for span in authors:
            found, more = split_names(span)
            names += found
            et_al = et_al or more
        fields["author"] = names
        if et_al:
            flags["author_et_al"] = True
    if editors:
        fields["editor"] = [n for span in editors for n in split_names(span)[0]]
    _grobid_titles(titles, fields, labels)
    _grobid_dates(dates, fields)
    _grobid_scopes(scopes, fields)
    return raw, fields, spans, flags | ({"_labels": sorted(labels), "_genre": genre})


def _grobid_titles(titles: list[tuple[str, str]], fields: dict, labels: set[str]) -> None:
    """Title: the ``a`` title, else the first ``m``; container: the first ``j`` after the title
    (else any ``j``), else the ``m`` after an ``a`` title; an ``s`` title is the series."""
    order = [(level, clean_title(text)) for level, text in titles]
    first_a = next((i for i, (level, _) in enumerate(order) if level == "a"), None)
    pick = lambda level, start=0: next((t for lv, t in order[start:] if lv == level), None)  # noqa: E731
    if first_a is not None:
        fields["title"] = order[first_a][1]
        fields["container_title"] = pick("j", first_a + 1) or pick("j") or pick("m", first_a + 1)
    else:
        fields["title"] = pick("m")
        fields["container_title"] = pick("j")
    if pick("j"):
        labels.add("journal")
    fields["collection_title"] = pick("s")


def _grobid_dates(dates: list[tuple[str, str]], fields: dict) -> None:
    for before, text in dates:
        value = clean_plain(text)
        if _ACCESS.search(before):
            fields.setdefault("accessed", value)
        elif "date" not in fields:
            fields["date"] = value


def _grobid_scopes(scopes: dict[str, list[str]], fields: dict) -> None:
    volumes = scopes.get("volume", [])
    if volumes:
        fields["volume"] = clean_plain(volumes[0])
    if scopes.get("issue"):
        fields["issue"] = clean_plain(scopes["issue"][0])
    pages = scopes.get("page") or volumes[1:2]  # "Acc. Chem. Res. 5, <vol>374</vol>": a page tagged as volume
    if pages:
        fields["pages"] = clean_pages(pages[0])


def read_grobid(path: Path) -> list[tuple[str, dict, list, dict]]:
    root = ET.parse(path).getroot()
    bibls = [el for el in root.iter() if _local(el.tag) == "bibl"]
    return [grobid_record(b) for b in bibls]


_NO_SPACE_BEFORE = re.compile(r"^[.,;:)\]»’!?]")
_NO_SPACE_AFTER = re.compile(r"[(\[«‘’]$")


def detokenise(tokens: list[str]) -> str:
    """Re-join LinkedBooks tokens: no space before closing punctuation or after opening
    punctuation and apostrophes, none around a dash or slash between digits."""
    out = ""
    for token in tokens:
        if out and not (_NO_SPACE_BEFORE.match(token) or _NO_SPACE_AFTER.search(out)):
            out += " "
        out += token
    return re.sub(r"(?<=\d) ?([-/]) ?(?=\d)", r"\1", out)


def _conll_rows(text: str) -> list[tuple[str, str, str, str]]:
    """The stored copy lost its line breaks, so each ``token label scope reference`` row runs
    into the next; the reference tag (``b-r``, ``i-r``, ``e-r`` or ``o``) is the only one that
    touches the following token, so it can be split off again."""
    parts, rows = text.replace("\n", " ").split(" "), []
    token, i = parts[0], 1
    while i + 2 < len(parts):
        label, scope, glued = parts[i], parts[i + 1], parts[i + 2]
        tag = next(t for t in ("b-r", "i-r", "e-r", "o", "") if glued.startswith(t))
        rows.append((token, label, scope, tag))
        token, i = glued[len(tag):], i + 3
    return rows


def read_linkedbooks(path: Path) -> list[tuple[str, dict, list, dict]]:
    """``*.part1.txt`` starts an excerpt; its ``part2``, ``part3``… continue it (the reads were
    cut mid-token), so only part 1 is read and the rest are appended."""
    if not path.name.endswith(".part1.txt"):
        return []
    stem = path.name[: -len("part1.txt")]
    text = "".join(p.read_text(encoding="utf-8").rstrip("\n") for p in sorted(path.parent.glob(stem + "part*.txt")))
    refs, current = [], None
    for token, label, scope, tag in _conll_rows(text):
        if tag == "b-r":
            current = []
        if current is not None:
            current.append((token, label, scope))
        if tag == "e-r" and current:
            if current[0][2].split("-", 1)[-1] in ("secondary", "meta-annotation"):
                refs.append(linkedbooks_record(current))
            current = None
    return refs


def linkedbooks_record(rows: list[tuple[str, str, str]]) -> tuple[str, dict, list, dict]:
    spans: list[list] = []
    for token, label, _ in rows:
        if spans and spans[-1][0] == label:
            spans[-1][1].append(token)
        else:
            spans.append([label, [token]])
    spans = [[label, detokenise(tokens)] for label, tokens in spans]
    raw = detokenise([token for token, _, _ in rows])
    fields, flags, labels = {}, {}, set()
    by_label: dict[str, list[str]] = {}
    for label, text in spans:
        by_label.setdefault(label, []).append(text)
    if by_label.get("author"):
        span = " ".join(by_label["author"])
        if norm_key(span) == "aavv":  # "AA. VV.": autori vari, an anonymous collective
            fields["author"] = [{"literal": clean_plain(span)}]
        else:
            fields["author"], et_al = split_names(re.sub(r"\s+-\s+", ", ", span))
            if et_al:
                flags["author_et_al"] = True
    if by_label.get("editor"):
        fields["editor"] = split_names(" ".join(by_label["editor"]))[0]
    title = " ".join(by_label.get("title", []))
    journal = re.search(r"^(.*?\S)\s*,?\s*(?:\bin\s+)?«([^»]+)»[\s.,;:]*$", title)
    if journal:
        title, fields["container_title"] = journal.group(1), clean_title(journal.group(2))
        labels.add("journal")
    elif by_label.get("conjunction") and "«" in raw:
        inner = re.search(r"«([^»]+)»", raw)
        fields["container_title"] = clean_title(inner.group(1)) if inner else None
        labels.add("journal")
    fields["title"] = clean_title(title)
    fields["location"] = clean_plain(" ".join(by_label.get("publicationplace", [])))
    fields["publisher"] = clean_plain(" ".join(by_label.get("publisher", [])))
    fields["date"] = clean_plain(" ".join(by_label.get("year", [])))
    fields["volume"] = clean_plain(" ".join(by_label.get("volume", [])))
    fields["pages"] = clean_pages(" ".join(by_label.get("pagination", [])))
    fields["note"] = clean_plain(" ".join(by_label.get("publicationspecifications", [])))
    _number_year(" ".join(by_label.get("publicationnumber-year", [])), fields)
    if fields.get("volume") and re.search(r"\bvol", fields["volume"], re.I):
        flags["volume_unparsed"] = True  # "6 voll.": a count of volumes, kept whole as in the dev set
    return raw, {k: v for k, v in fields.items() if v}, spans, flags | {"_labels": sorted(labels)}


def _number_year(text: str, fields: dict) -> None:
    """``XXI (1954)`` → volume XXI, date 1954; ``n. 7, 1983`` → issue 7, date 1983."""
    if not text:
        return
    year = _YEAR.search(text)
    if year and not fields.get("date"):
        fields["date"] = year.group(1)
    issue = re.search(r"\b(?:n|nr|fasc)\s*\.\s*(\w+)", text, re.I)
    if issue:
        fields["issue"] = issue.group(1)
        return
    volume = re.match(r"\s*([IVXLC]+|\d{1,3})\b", text)
    if volume:
        fields["volume"] = volume.group(1)


def make_record(dataset: str, source: str, licence: str, item: tuple) -> dict:
    raw, fields, spans, flags = item
    labels, genre = set(flags.pop("_labels", [])), flags.pop("_genre", "")
    fields = finish_fields(dict(fields), labels, genre)
    digest = hashlib.sha1(norm_key(raw).encode()).hexdigest()[:12]
    record = {"id": f"{dataset}:{digest}", "raw": raw, "fields": fields, "spans": spans,
              "source": source, "license": licence, "dataset": dataset, "split": split_of(raw)}
    return record | ({"flags": flags} if flags else {})


def convert(raw_dir: Path, dev: Path | None) -> dict[str, list[dict]]:
    """Every corpus folder under ``raw_dir`` → records per dataset, capped and de-duplicated."""
    seen = set()
    if dev and dev.exists():
        seen = {norm_key(json.loads(line)["raw"]) for line in dev.read_text(encoding="utf-8").splitlines()
                if line.strip()}
    out: dict[str, list[dict]] = {}
    for folder, (dataset, repo, under, licence) in CORPORA.items():
        reader = read_linkedbooks if folder == "linkedbooks" else read_grobid
        for path in sorted((raw_dir / folder).glob("*.txt" if folder == "linkedbooks" else "*.xml")):
            taken = 0
            for item in reader(path):
                key = norm_key(item[0])
                if taken >= CAP or not key or key in seen or not _has_fields(item):
                    continue
                seen.add(key)
                taken += 1
                out.setdefault(dataset, []).append(
                    make_record(dataset, _source(repo, under, path.name), licence, item))
    return out


def _source(repo: str, under: str, name: str) -> str:
    """Where the file lives upstream (GROBID keeps its evaluation sets beside the corpus)."""
    folder = "evaluation" if name.startswith("evaluation-") else "corpus"
    name = name.replace(".part1.txt", ".txt")  # LinkedBooks: an excerpt of clean_test.txt, read in parts
    return f"{repo}/{under.format(corpus=folder)}/{name}"


def _has_fields(item: tuple) -> bool:
    """Skip items with no scored field annotated (a stray phrase, a lone note)."""
    return any(k not in ("note", "collection_title") and v for k, v in item[1].items())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=EXTERNAL / "raw")
    parser.add_argument("--out", type=Path, default=EXTERNAL)
    parser.add_argument("--dev", type=Path, default=Path("/work/shared/refparse/dev.jsonl"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for dataset, records in convert(args.raw, args.dev).items():
        path = args.out / f"{dataset.replace('-', '_')}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records),
                        encoding="utf-8")
        halves = {s: sum(r["split"] == s for r in records) for s in ("tune", "held-out")}
        print(f"{path.name}: {len(records)} records ({halves['tune']} tune, {halves['held-out']} held-out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
