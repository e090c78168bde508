#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the shipped codes (data/codes/*.md) keep every line of their seed documents.

For each seed in tests/fixtures/seeds/ and the code file(s) made from it:

* every non-blank seed line, once its leading bullet ("·", "-", "•") and number or letter marker
  ("12.", "1.1", "3 ", "a.", "- a.") are stripped, must occur in the code text, in the seed's
  order (so a clause cannot silently move or go missing);
* every line of the code files, once its Markdown markup and marker are stripped, must occur in
  the seed (so nothing is added or reworded).

Whitespace is compared normalised: any run of Unicode white space (including U+00A0) counts as
one space. Markdown markup removed from the code text: the front matter, heading "#"s and
"{...}" attributes, bullets and indentation. The only seed lines allowed to be missing are the
COSRT contents list: its "Contents" lines and its page-numbered entries ("Good Therapy<TAB>1").

Usage: tests/check-seed-coverage.py [REPO_DIR]      (stdlib only; exit status 1 on failure)
"""

import re
import sys
from pathlib import Path

# seed file -> the code files made from it, in document order
SEEDS = {
    '000_5fe9b5db75532d37.txt': ['ipt-uk.md'],
    '001_dee151a15d229709.txt': ['wv-ipn.md'],
    '002_5c9bad99c31fff52.txt': ['cosrt.md'],
    '003_e7b4cfa40bb25699.txt': ['atrium-ethics.md', 'atrium-practice.md'],
    '004_e5185399ac201f4e.txt': ['iapt-confidentiality.md'],
}

# seeds whose table of contents may be dropped (front matter, not clauses)
CONTENTS_ALLOWED = {'002_5c9bad99c31fff52.txt'}

FRONT_KEYS = {'id', 'title', 'publisher', 'date', 'source', 'citation'}

WS = re.compile(r'\s+')  # str patterns match Unicode white space, U+00A0 included
SEED_MARKER = re.compile(r'^(?:[·•\-]\s*)?(?:\d{1,3}(?:\.\d{1,3})*\.?\s+|[a-z]\.\s+)?')
CODE_HEADING = re.compile(r'^#{1,6}\s+(.*?)\s*(?:\{[^}]*\})?\s*$')
CODE_BULLET = re.compile(r'^[-•·*]\s+')
CODE_MARKER = re.compile(r'^(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-z]\.)\s+')
PAGE_LINE = re.compile(r'\t\s*\d+\s*$')


def norm(text):
    return WS.sub(' ', text).strip()


def is_contents_line(line):
    return norm(line) == 'Contents' or PAGE_LINE.search(line) is not None


def split_front_matter(text, name, errors):
    if not text.startswith('---\n'):
        errors.append(f'{name}: no front matter')
        return {}, text
    end = text.find('\n---\n', 4)
    if end < 0:
        errors.append(f'{name}: front matter is not closed')
        return {}, text
    front = {}
    for line in text[4:end].split('\n'):
        key, sep, value = line.partition(':')
        if not sep:
            errors.append(f'{name}: front matter line without a colon: {line!r}')
            continue
        key = key.strip()
        if key not in FRONT_KEYS:
            errors.append(f'{name}: unknown front matter key {key!r}')
        front[key] = value.strip()
    return front, text[end + 5:]


def code_lines(body):
    """The code body's lines with markup removed, as (line number, text) pairs."""
    out = []
    for n, raw in enumerate(body.split('\n'), start=1):
        line = raw.strip()
        if not line:
            continue
        m = CODE_HEADING.match(line)
        if m:
            line = m.group(1)
        else:
            line = CODE_BULLET.sub('', line)
        out.append((n, norm(line)))
    return out


def check_front(front, name, errors):
    expected_id = name[:-3]
    if front.get('id') != expected_id:
        errors.append(f'{name}: front matter id is {front.get("id")!r}, expected {expected_id!r}')
    for key in ('title', 'publisher', 'source', 'citation'):
        if not front.get(key):
            errors.append(f'{name}: front matter lacks {key}')
    date = front.get('date')
    if date is not None and not re.fullmatch(r'\d{4}(-\d{2}-\d{2})?', date):
        errors.append(f'{name}: date {date!r} is not YYYY or YYYY-MM-DD')


def check_seed(seed_path, code_paths, errors):
    seed_text = seed_path.read_text(encoding='utf-8')
    code_texts = []
    all_code_lines = []
    for path in code_paths:
        text = path.read_text(encoding='utf-8')
        front, body = split_front_matter(text, path.name, errors)
        check_front(front, path.name, errors)
        lines = code_lines(body)
        all_code_lines += [(path.name, n, line) for n, line in lines]
        code_texts.append(' '.join(line for _, line in lines))
    haystack = norm(' '.join(code_texts))

    # 1. every seed line, in order
    placed = skipped = 0
    pos = 0
    for n, raw in enumerate(seed_text.split('\n'), start=1):
        if not norm(raw):
            continue
        if seed_path.name in CONTENTS_ALLOWED and is_contents_line(raw):
            skipped += 1
            continue
        needle = norm(SEED_MARKER.sub('', norm(raw), count=1))
        if not needle:
            needle = norm(raw)
        found = haystack.find(needle, pos)
        if found < 0:
            where = 'out of order' if needle in haystack else 'missing'
            errors.append(f'{seed_path.name}:{n}: {where}: {needle[:80]!r}')
            continue
        pos = found + len(needle)
        placed += 1

    # 2. nothing added or reworded
    seed_norm = norm(seed_text)
    for name, n, line in all_code_lines:
        text = norm(CODE_MARKER.sub('', line, count=1)) or line
        if text not in seed_norm:
            errors.append(f'{name}:{n} (body line): not in the seed: {text[:80]!r}')
    return placed, skipped


def main(argv):
    repo = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    seeds_dir = repo / 'tests' / 'fixtures' / 'seeds'
    codes_dir = repo / 'data' / 'codes'
    errors = []
    for seed, codes in SEEDS.items():
        seed_path = seeds_dir / seed
        code_paths = [codes_dir / c for c in codes]
        missing = [p for p in [seed_path] + code_paths if not p.exists()]
        if missing:
            errors += [f'{p}: no such file' for p in missing]
            continue
        before = len(errors)
        placed, skipped = check_seed(seed_path, code_paths, errors)
        status = 'ok' if len(errors) == before else 'FAIL'
        extra = f', {skipped} contents lines dropped' if skipped else ''
        print(f'{status}: {seed} -> {", ".join(codes)}: {placed} lines placed{extra}')
    for e in errors:
        print(e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
