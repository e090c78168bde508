#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The manual pages: each formats without a single groff or man warning, has the sections a
reader looks for, is for the program's version, and names every command and option the program
really has (read from its own --help), so that a page cannot fall behind the program.

usage: check-man.py PAGE PROGRAM [PAGE PROGRAM]..."""

import os
import re
import subprocess
import sys

SECTIONS = ["NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS", "FILES", "ENVIRONMENT", "EXAMPLES"]
ENV = dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="100")


def render(page):
    """The page as a reader sees it, and what man and groff said about it."""
    result = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", page], env=ENV,
                            capture_output=True, text=True)
    text = re.sub(r".\x08", "", result.stdout)
    text = text.replace("\u2010", "-").replace("\u2212", "-")
    return result.returncode, text, result.stderr


def options(help_text):
    """--long options under "Application Options:" (or Options:), without GLib's own --help."""
    found, inside = [], False
    for line in help_text.splitlines():
        if line.rstrip().endswith("Options:"):
            inside = "Help Options" not in line
            continue
        match = re.match(r"\s+(?:-\w, )?--([\w-]+)", line)
        if inside and match and match.group(1) not in ("help", "help-all", "help-gapplication"):
            found.append(match.group(1))
    return found


def run_help(program, *words):
    result = subprocess.run([program, *words, "--help"], env=ENV, capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"{' '.join([program, *words])} --help: {result.stderr.strip()}")
    return result.stdout


def commands(program, help_text):
    """(command, subcommand) pairs from ethos-cli --help ("codes list", "profile show|set|…",
    "scan [FILE|-]" with none), and from each command's own --help ("Commands: add, list, …"),
    which also lists those the first leaves out."""
    pairs, inside = [], False
    for line in help_text.splitlines():
        if line.startswith("Commands:"):
            inside = True
            continue
        if inside and line.startswith("Options:"):
            break
        match = re.match(r"  (\w[\w-]*)(?: ([a-z][a-z|-]*))?(?:\s|$)", line) if inside else None
        if match:
            subs = match.group(2).split("|") if match.group(2) else [None]
            pairs += [(match.group(1), sub) for sub in subs if (match.group(1), sub) not in pairs]
    for command in sorted({command for command, sub in pairs if sub is not None}):
        result = subprocess.run([program, command, "--help"], env=ENV, capture_output=True,
                                text=True)
        listed = re.search(r"^Commands: (.*)\.$", result.stdout, re.M)
        for sub in listed.group(1).split(", ") if listed else []:
            if (command, sub) not in pairs:
                pairs.append((command, sub))
    return pairs


def check(page, program):
    problems = []
    code, text, warnings = render(page)
    if code != 0 or warnings.strip():
        problems.append(f"man --warnings: {warnings.strip() or code}")
    flat = " ".join(text.split())
    for section in SECTIONS if not page.endswith("/ethos.1") else SECTIONS[:3]:
        if not re.search(rf"^{section}$", text, re.M):
            problems.append(f"no {section} section")

    # The version on the page is the program's.
    version = subprocess.run([program, "--version"], env=ENV, capture_output=True,
                             text=True).stdout.split()[-1:]
    header = re.search(r'^\.TH .*"Ethos ([^"]+)"', open(page).read(), re.M)
    if not header or [header.group(1)] != version:
        problems.append(f"the page is for Ethos {header and header.group(1)}, the program {version}")

    top = run_help(program)
    wanted = [("", name) for name in options(top)]
    # The terms of the COMMANDS section's lists, as they stand at the start of a line.
    terms = re.findall(r"^ {7}(\S.*)$", text, re.M)
    if os.path.basename(program) == "ethos-cli":
        for command, sub in commands(program, top):
            words = [command] + ([sub] if sub else [])
            if not any(re.match(re.escape(" ".join(words)) + r"(\s|$)", term) for term in terms):
                problems.append(f"the command “{' '.join(words)}” is not described")
            wanted += [(" ".join(words), name) for name in options(run_help(program, *words))]
        if len(wanted) < 50:
            problems.append(f"only {len(wanted)} options read from ethos-cli's help")
    for where, name in wanted:
        if f"--{name}" not in flat:
            problems.append(f"{where or os.path.basename(program)}: --{name} is not described")
    return problems


def main():
    args = sys.argv[1:]
    pairs = list(zip(args[::2], args[1::2]))
    print(f"1..{len(pairs)}")
    failed = False
    for number, (page, program) in enumerate(pairs, 1):
        problems = check(page, program)
        name = os.path.basename(page)
        if problems:
            failed = True
            print(f"not ok {number} - {name}")
            for problem in problems:
                print(f"# {problem}")
        else:
            print(f"ok {number} - {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
