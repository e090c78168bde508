#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""build-aux/data-strings.py [--check]: the display strings of Ethos's data files, for translators.

data/themes.ini and data/duties.ini are GLib key files that xgettext cannot read. This writes their
display strings (theme names and descriptions, duty titles and deadline notes) into
src/core/ethos-data-strings.c, a C file of NC_() marks that po/POTFILES.in lists; the programs
translate each string with g_dpgettext2() and the same context as they read it
(ethos_data_get_string ()).

Run it after changing either data file. With --check it writes nothing and fails, naming the
strings, when the C file is not what the data files give (the data-strings test runs this).
"""
import os
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join("src", "core", "ethos-data-strings.c")

# (file, key, msgctxt, what the translator is told)
SOURCES = [
    ("data/themes.ini", "Name", "theme", "a theme's name, in the Codes sidebar"),
    ("data/themes.ini", "Description", "theme description", "what a theme covers"),
    ("data/duties.ini", "Title", "duty", "a reminder's title, from a code's duty"),
    ("data/duties.ini", "DeadlineNote", "deadline note", "a code's time limit, in its words"),
]


def read_key_file(path):
    """[(group, key, value)] in file order: only what Ethos's data files use (no escapes)."""
    entries = []
    group = None
    with open(os.path.join(TOP, path), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("["):
                group = line.strip()[1:-1]
                continue
            key, sep, value = line.partition("=")
            if not sep:
                sys.exit(f"{path}:{number}: not a key=value line")
            if "\\" in value:
                sys.exit(f"{path}:{number}: escapes are not supported here")
            entries.append((group, key.strip(), value.strip()))
    return entries


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate():
    lines = [
        "/* SPDX-License-Identifier: GPL-3.0-or-later */",
        "/* Written by build-aux/data-strings.py from data/themes.ini and data/duties.ini: do not",
        " * edit; run the script after changing either file (the data-strings test checks it).",
        " *",
        " * The data files' display strings, for xgettext: the files stay in English and each",
        " * string is translated as it is read (ethos_data_get_string ()). Compiled, so that a",
        " * string that would not build fails early; never used at run time. */",
        "",
        '#include "config.h"',
        "",
        "#include <glib/gi18n.h>",
        "",
        "static const char *const data_strings[] G_GNUC_UNUSED = {",
    ]
    seen = set()
    for path, key, context, what in SOURCES:
        for group, found, value in read_key_file(path):
            if found != key or not value or (context, value) in seen:
                continue
            seen.add((context, value))
            lines.append(f"  /* Translators: {what} ({os.path.basename(path)} [{group}]) */")
            lines.append(f"  NC_({c_string(context)}, {c_string(value)}),")
    lines += ["};", ""]
    return "\n".join(lines)


def main():
    text = generate()
    path = os.path.join(TOP, OUTPUT)
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        try:
            with open(path, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = ""
        if current == text:
            return 0
        wanted = {l for l in text.splitlines() if l.startswith("  NC_(")}
        have = {l for l in current.splitlines() if l.startswith("  NC_(")}
        for line in sorted(wanted - have):
            print(f"missing from {OUTPUT}: {line.strip()}")
        for line in sorted(have - wanted):
            print(f"no longer in the data files: {line.strip()}")
        print(f"{OUTPUT} is out of date: run build-aux/data-strings.py")
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
