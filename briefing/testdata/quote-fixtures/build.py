#!/usr/bin/env python3
"""Build quotes.jsonl from articles/*.txt and their annotations articles/*.ann.

Every span between quote marks in an article (straight double quotes, curly
double quotes, or the doubled apostrophe '' used by some outlets) is found
here, paragraph by paragraph; a quote left open at the end of a paragraph runs
to the paragraph's end (a multi-paragraph quote). The matching .ann file has
one line per span, in order: "-" when the span is not speech (a title, a
scare quote, a sign), otherwise "speaker<TAB>speaker_kind", and for a pronoun
speaker a third column with the person it refers to ("referent"). Offsets are
UTF-8 byte offsets into the article text, checked before writing.

Run from this directory: python3 build.py [--list]
"""
import glob
import json
import os
import re
import sys

OPEN_CLOSE = {"\u201c": "\u201d"}


def spans(text):
    """(start, end, closed) character offsets of the quoted spans, marks excluded."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        para, base = m.group(0), m.start()
        i, n = 0, len(para)
        while i < n:
            if para.startswith("''", i):
                mark, close, w = "''", "''", 2
            elif para[i] == '"':
                mark, close, w = '"', '"', 1
            elif para[i] in OPEN_CLOSE:
                mark, close, w = para[i], OPEN_CLOSE[para[i]], 1
            else:
                i += 1
                continue
            j = para.find(close, i + w)
            if j < 0:
                out.append((base + i + w, base + len(para.rstrip()), False))
                break
            out.append((base + i + w, base + j, True))
            i = j + len(close)
    return out


def main():
    listing = "--list" in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    lines = []
    for path in sorted(glob.glob(os.path.join(here, "articles", "*.txt"))):
        ident = os.path.basename(path)[:-4]
        text = open(path, encoding="utf-8").read().strip() + "\n"
        title = text.split("\n", 1)[0].rstrip(".")
        found = spans(text)
        ann_path = path[:-4] + ".ann"
        anns = []
        if os.path.exists(ann_path):
            anns = [l.rstrip("\n") for l in open(ann_path, encoding="utf-8") if l.strip()]
        if listing:
            for k, (s, e, closed) in enumerate(found):
                a = anns[k] if k < len(anns) else "?"
                print(f"{ident} {k:2} {a!r:60} {text[s:e][:60]!r}")
            continue
        if len(anns) != len(found):
            sys.exit(f"{ident}: {len(found)} quoted spans but {len(anns)} annotation lines")
        quotes = []
        for (s, e, closed), a in zip(found, anns):
            if a == "-":
                continue
            speaker, kind, *rest = a.split("\t")
            if kind not in ("named", "pronoun", "nominal", "none"):
                sys.exit(f"{ident}: bad speaker kind {kind!r}")
            qt = text[s:e]
            bs = len(text[:s].encode("utf-8"))
            be = bs + len(qt.encode("utf-8"))
            assert text.encode("utf-8")[bs:be].decode("utf-8") == qt
            q = {"text": qt, "start": bs, "end": be, "speaker": speaker, "speaker_kind": kind}
            if kind == "pronoun":
                if len(rest) != 1:
                    sys.exit(f"{ident}: pronoun speaker {speaker!r} without its referent")
                q["referent"] = rest[0]
            if not closed:
                q["closed"] = False
            quotes.append(q)
        lines.append(json.dumps({"id": ident, "title": title, "text": text, "quotes": quotes},
                                ensure_ascii=False))
    if not listing:
        with open(os.path.join(here, "quotes.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(f"wrote {len(lines)} articles")


if __name__ == "__main__":
    main()
