"""Benchmark the load + extract stages on >= 1,000 documents built from the seed papers.

    python benchmarks/extract_bench.py [--documents N] [--seed S]

The corpus is deterministic (seeded): the three seeds plus variations of them, each with
one or more kinds of damage: paragraphs shuffled, notes renumbered, CRLF line ends, cp1250
encoding, extra damage (blank lines dropped, lines re-wrapped with hyphens, URLs broken
across lines, a form feed between pages). Everything stays in memory. Prints documents/s
and MB/s (per CPU second, and wall-clock) and peak memory for decoding and for extraction,
and how many notes, markers, citations, entries, URLs and findings came out (so a
regression in recall shows too).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.extract import extract  # noqa: E402
from checker.load import decode  # noqa: E402
from checker.model import Document  # noqa: E402

_GLUED = re.compile(r"(?<=[a-z.,”])(\d{1,2})(?=\s)")
_NOTE_START = re.compile(r"^(\d{1,2})(\s+\S)", re.MULTILINE)
_URL = re.compile(r"(https?://\S{20,})")


def shuffle_paragraphs(text: str, rng: random.Random) -> str:
    paragraphs = text.split("\n\n")
    head, rest = paragraphs[:3], paragraphs[3:]
    rng.shuffle(rest)
    return "\n\n".join(head + rest)


def renumber_notes(text: str, rng: random.Random) -> str:
    shift = rng.randint(1, 40)
    text = _GLUED.sub(lambda m: str(int(m.group(1)) + shift), text)
    return _NOTE_START.sub(lambda m: f"{int(m.group(1)) + shift}{m.group(2)}", text)


def extra_damage(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    out = []
    for line in lines:
        roll = rng.random()
        if not line.strip() and roll < 0.3:
            continue
        if roll < 0.05 and len(line) > 40:
            cut = line.rfind(" ", 20, len(line) - 10)
            if cut > 0:
                word_end = cut + 1 + max(2, (len(line) - cut) // 3)
                out += [line[:word_end] + "-", line[word_end:]]
                continue
        out.append(line)
    text = "\n".join(out)
    text = _URL.sub(lambda m: m.group(1)[:18] + "\n" + m.group(1)[18:] if rng.random() < 0.5 else m.group(1), text)
    return text.replace("\n\n\n", "\n\f", 2)


def build_corpus(count: int, seed: int) -> list[tuple[str, bytes]]:
    """``count`` named documents as raw bytes: the seeds first, then seeded variations."""
    rng = random.Random(seed)
    seeds = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    corpus = [(name, text.encode("utf-8")) for name, text in seeds]
    while len(corpus) < count:
        name, text = seeds[len(corpus) % len(seeds)]
        kinds = []
        if rng.random() < 0.5:
            text, kinds = shuffle_paragraphs(text, rng), kinds + ["shuffled"]
        if rng.random() < 0.5:
            text, kinds = renumber_notes(text, rng), kinds + ["renumbered"]
        if rng.random() < 0.6:
            text, kinds = extra_damage(text, rng), kinds + ["damaged"]
        if rng.random() < 0.3:
            text, kinds = text.replace("\n", "\r\n"), kinds + ["crlf"]
        encoding = "cp1250" if rng.random() < 0.2 else "utf-8"
        data = text.encode(encoding, errors="replace")
        corpus.append((f"{name}~{len(corpus)}-{'-'.join(kinds) or 'plain'}-{encoding}", data))
    return corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2)
    args = parser.parse_args(argv)

    corpus = build_corpus(args.documents, args.seed)
    total_bytes = sum(len(data) for _, data in corpus)

    start, cpu = time.perf_counter(), time.process_time()
    documents = []
    for name, data in corpus:
        text, encoding = decode(data, name)
        lines = tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        documents.append(Document(name, f"{name}.txt", lines, encoding, ""))
    decode_seconds, decode_cpu = time.perf_counter() - start, time.process_time() - cpu

    start, cpu = time.perf_counter(), time.process_time()
    extractions = [extract(doc) for doc in documents]
    extract_seconds, extract_cpu = time.perf_counter() - start, time.process_time() - cpu

    tracemalloc.start()
    for doc in documents[:100]:
        extract(doc)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    mb = total_bytes / 1e6
    print(f"corpus: {len(corpus)} documents, {mb:.1f} MB ({sum(e.endswith('cp1250') for e, _ in corpus)} cp1250)")
    # CPU time is the steadier figure on a shared machine; wall-clock time is printed beside it.
    for stage, wall, used in (("decode", decode_seconds, decode_cpu), ("extract", extract_seconds, extract_cpu)):
        print(f"{stage + ':':8} {len(corpus) / used:8.1f} documents/s  {mb / used:6.2f} MB/s  per CPU second "
              f"({used:.2f} s CPU, {wall:.2f} s wall: {len(corpus) / wall:.1f} documents/s)")
    print(f"peak memory: {peak / 2**20:.1f} MiB traced while extracting one document at a time (100 documents); "
          f"process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    counts = {
        "notes": sum(len(e.notes) for e in extractions),
        "markers": sum(len(e.markers) for e in extractions),
        "citations": sum(len(e.citations) for e in extractions),
        "entries": sum(len(e.bibliography) for e in extractions),
        "urls": sum(len(e.urls) for e in extractions),
        "findings": sum(len(e.findings) for e in extractions),
    }
    print("found: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
