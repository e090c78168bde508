#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The benchmark harness behind "build-aux/dev bench" (run inside a private X server and D-Bus
session). Prints a readable table and, as its last line, one JSON object with every figure.

  run-bench.py BUILDDIR [--json] [--data-dir DIR] [--runs N]

Without --data-dir it makes diaries of 1,000, 10,000 and 100,000 entries (ethos-cli demo) and
measures everything; with --data-dir it measures only the in-process latencies, on that diary.
With --interaction it measures only the time from a key to the screen (on the 100,000-entry diary,
or on a copy of --data-dir's).
"""
import argparse
import re
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

SIZES = (1000, 10000, 100000)


def say(text):
    print(f"\033[1m==> {text}\033[0m", file=sys.stderr, flush=True)


def figures_from(lines):
    """'name p50 p95' lines from bench-codes, bench-diary and bench-limits, as JSON keys."""
    figures = {}
    for line in lines.splitlines():
        name, p50, p95 = line.split()
        if name == "share":
            figures[p50] = float(p95)
        elif name == "totals":
            figures["totals_ms"] = float(p50)
            figures["totals_p95_ms"] = float(p95)
        else:
            figures[f"{name}_p50_ms"] = float(p50)
            figures[f"{name}_p95_ms"] = float(p95)
    return figures


def in_process(build, data_dir):
    """Codes search, opening the database, diary search, totals, reminders, the Diary's first
    page: all on the same diary. Then the largest input Ethos takes (a code at the import limits,
    a note of 100,000 characters without a space in the audit pack), each in a store of its own;
    and importing 10,000 rows from a CSV into a new diary."""
    out = subprocess.run([f"{build}/tests/bench/bench-codes", data_dir], check=True,
                         capture_output=True, text=True).stdout
    out += subprocess.run([f"{build}/tests/bench/bench-diary", data_dir], check=True,
                          capture_output=True, text=True).stdout
    out += subprocess.run([f"{build}/tests/bench/bench-limits"], check=True,
                          capture_output=True, text=True).stdout
    out += subprocess.run([f"{build}/tests/bench/bench-import"], check=True,
                          capture_output=True, text=True).stdout
    return figures_from(out)


def write_to_pages(build, data_dir, scratch):
    """The window on a copy of @data_dir: from the store's "changed" to the pages updated and to
    the next frame, for a new entry and a reminder marked done."""
    copy = os.path.join(scratch, "write-copy")
    shutil.copytree(data_dir, copy)
    out = subprocess.run([f"{build}/tests/bench/bench-write", copy], check=True,
                         capture_output=True, text=True).stdout
    return figures_from(out)


def encrypted_vs_plain(build, scratch):
    """bench-encryption: open, diary search, totals and a write on the same diary, plain and
    encrypted (issue 19: each within 1.15x), and the ratios. Nothing when built without."""
    run = subprocess.run([f"{build}/tests/bench/bench-encryption",
                          os.path.join(scratch, "encryption")], capture_output=True, text=True)
    if run.returncode == 77:
        return {}
    run.check_returncode()
    figures = figures_from(run.stdout)
    for what in ("open", "diary_search", "totals", "write"):
        figures[f"encrypted_ratio_{what}"] = round(
            figures[f"encrypted_{what}_p50_ms"] / figures[f"plain_{what}_p50_ms"], 3)
    return figures


def encrypted_startup(build, data_dir, scratch, rounds=9):
    """The window's start-up on the same diary, plain and encrypted with its key in a keyring (a
    private Secret Service: tests/run-with-keyring.sh), rounds alternated (issue 19: within
    1.15x). Nothing without gnome-keyring or when built without encryption."""
    top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    plain = os.path.join(scratch, "startup-plain")
    crypt = os.path.join(scratch, "startup-encrypted")
    shutil.copytree(data_dir, plain)
    shutil.copytree(data_dir, crypt)
    env = dict(os.environ, GSETTINGS_BACKEND="memory", GSETTINGS_SCHEMA_DIR=f"{build}/data")
    run = subprocess.run([os.path.join(top, "tests", "run-with-keyring.sh"),
                          os.path.join(top, "tests", "bench", "encrypted-startup.sh"),
                          build, plain, crypt, str(rounds)],
                         env=env, capture_output=True, text=True)
    if run.returncode == 77:
        say("no gnome-keyring-daemon: no encrypted start-up figure")
        return {}
    if run.returncode != 0:
        raise RuntimeError(f"encrypted start-up: {run.stderr.strip()}")
    times = {"plain": [], "encrypted": []}
    for line in run.stdout.splitlines():
        which, ms = line.split()
        times[which].append(float(ms))
    plain_ms = statistics.median(times["plain"])
    encrypted_ms = statistics.median(times["encrypted"])
    return {"plain_startup_ms": plain_ms, "encrypted_startup_ms": encrypted_ms,
            "encrypted_ratio_startup": round(encrypted_ms / plain_ms, 3)}


# What bench-interaction does in each program (see its header): every page made once, then each
# switch; a letter typed and erased in the Diary's search and in the Codes'; a letter typed in a
# new CPD activity's "What You Learned" (five Tabs from its title) and in the peer.
PAGE_STEPS = """press ctrl+2 ctrl+3 ctrl+4 ctrl+1
measure {p}overview=ctrl+1 {p}codes=ctrl+2 {p}diary=ctrl+3 {p}reminders=ctrl+4
"""
ETHOS_STEPS = PAGE_STEPS.format(p="page_") + """press ctrl+3 ctrl+f
measure diary_search=s diary_erase=BackSpace
press Escape ctrl+2 ctrl+f
measure codes_search=d codes_erase=BackSpace
press Escape ctrl+3 ctrl+shift+n Tab Tab Tab Tab Tab
measure editor_typing=a -=BackSpace
"""
PEER_STEPS = """resize {width} {height}
measure peer_typing=a -=BackSpace
"""
PAGES = ("overview", "codes", "diary", "reminders")


def default_window_size():
    """The window's size on a first start: the schema's defaults."""
    schema = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data",
                          "org.ethosapp.Ethos.gschema.xml")
    with open(schema) as source:
        text = source.read()
    return tuple(int(re.search(rf'name="window-{side}".*?<default>(\d+)</default>', text,
                               re.S).group(1)) for side in ("width", "height"))


def run_interaction(tool, steps, command, env, scratch, after=None, rounds=7):
    """bench-interaction's lines, as {label: {first, drawn, still, idle, late, idle_max, content}}."""
    path = os.path.join(scratch, "interaction.steps")
    with open(path, "w") as out:
        out.write(steps)
    options = ["--rounds", str(rounds)] + (["--after", str(after)] if after is not None else [])
    result = subprocess.run([tool, *options, path, *command], env=env,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"bench-interaction {command[0]}: {result.stderr.strip()}")
    figures = {}
    for line in result.stdout.splitlines():
        words = line.split()
        figures[words[0]] = {words[i]: float(words[i + 1]) for i in range(1, len(words) - 1, 2)}
    return figures


def interaction(build, data_dir, scratch):
    """From a key to the screen, measured from outside (bench-interaction: XTest and XDamage) with
    the cursor's blink off: page switches (against the bare view switcher's), a letter in each
    search, a letter typed in the entry editor against gnome-text-editor. Nothing when the tool
    was not built (no X development libraries)."""
    tool = f"{build}/tests/bench/bench-interaction"
    if not os.path.exists(tool):
        say("bench-interaction was not built (libxtst-dev, libxdamage-dev, libxfixes-dev): "
            "no interaction figures")
        return {}
    home = os.path.join(scratch, "interaction")
    config = os.path.join(home, "config")
    os.makedirs(os.path.join(config, "gtk-4.0"), exist_ok=True)
    # A blinking cursor fades in and out, repainting for as long as a text field has focus.
    with open(os.path.join(config, "gtk-4.0", "settings.ini"), "w") as out:
        out.write("[Settings]\ngtk-cursor-blink=false\n")
    env = dict(os.environ, GSETTINGS_BACKEND="memory", GSETTINGS_SCHEMA_DIR=f"{build}/data",
               XDG_CONFIG_HOME=config, XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_STATE_HOME=os.path.join(home, "state"),
               XDG_CACHE_HOME=os.path.join(home, "cache"))
    # Typing keeps a draft: a copy, so that the diary measured elsewhere stays as it was.
    copy = os.path.join(scratch, "interaction-copy")
    shutil.copytree(data_dir, copy)
    seen = run_interaction(tool, PAGE_STEPS.format(p="floor_"),
                           [f"{build}/tests/bench/bench-floor-window", "--pages"], env, scratch)
    # A page is drawn once the bare switcher would be done: what repaints after that is Ethos's.
    floor = max(seen[f"floor_{page}"]["still"] for page in PAGES)
    seen.update(run_interaction(tool, ETHOS_STEPS,
                                [f"{build}/src/app/ethos", "--data-dir", copy], env, scratch,
                                after=floor))
    peer = shutil.which("gnome-text-editor")
    if peer:
        # Software rendering draws the whole window each frame: the peer gets Ethos's window size,
        # so that a frame has as many pixels to draw in both.
        width, height = default_window_size()
        seen.update(run_interaction(tool, PEER_STEPS.format(width=width, height=height),
                                    [peer, "--standalone"], env, scratch))
    else:
        say("gnome-text-editor is not installed: no peer for typing")

    figures = {}
    figures["page_switch_floor_still_ms"] = floor
    for page in PAGES:
        figures[f"page_{page}_first_ms"] = seen[f"page_{page}"]["first"]
        figures[f"page_{page}_still_ms"] = seen[f"page_{page}"]["still"]
    figures["page_switch_still_max_ms"] = max(seen[f"page_{p}"]["still"] for p in PAGES)
    # Issue 21's "nothing repaints once it is drawn": repaints after the page's last changed
    # pixel, which change nothing (bench-interaction's "idle": work nobody sees), beyond the bare
    # switcher's own: its animation ends on frames that change nothing, one or two as the round
    # falls (the most in any round of the bare window's is what it may bring). Repaints after
    # the bare switcher's end ("late") are shown too: the switcher's last frame may land a
    # frame after the bare window's median, which the page-switch goal already bounds.
    figures["page_switch_floor_idle_repaints"] = max(seen[f"floor_{p}"]["idle_max"]
                                                     for p in PAGES)
    figures["page_repaints_after_drawn"] = max(
        max(0.0, seen[f"page_{p}"]["idle"] - seen[f"floor_{p}"]["idle_max"]) for p in PAGES)
    figures["page_repaints_after_switcher"] = max(seen[f"page_{p}"]["late"] for p in PAGES)
    for search in ("diary_search", "codes_search"):
        figures[f"{search}_letter_first_ms"] = seen[search]["first"]
        figures[f"{search}_letter_still_ms"] = seen[search]["still"]
    for search in ("diary", "codes"):
        figures[f"{search}_search_erase_still_ms"] = seen[f"{search}_erase"]["still"]
    # A letter typed reaches the screen with the first repaint under the header bar ("content"):
    # gnome-text-editor's first repaint is its title's "modified" mark, a frame before its
    # letter; Ethos's is the letter. Both first repaints are shown too.
    figures["editor_typing_ms"] = seen["editor_typing"]["content"]
    figures["editor_typing_first_ms"] = seen["editor_typing"]["first"]
    if "peer_typing" in seen:
        figures["peer_typing_ms"] = seen["peer_typing"]["content"]
        figures["peer_typing_first_ms"] = seen["peer_typing"]["first"]
        figures["editor_typing_ratio_peer"] = round(seen["editor_typing"]["content"]
                                                    / seen["peer_typing"]["content"], 3)
    GOALS["page_switch_still_max_ms"] = f"≤ {floor + 50:,.0f} (the switcher's own + 50)"
    return figures


def make_diary(build, path, entries):
    subprocess.run([f"{build}/src/cli/ethos-cli", "--data-dir", path, "demo", "--entries",
                    str(entries)], check=True, stdout=subprocess.DEVNULL)


def proc_status(pid, key):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return -1


def notifier_at_rest(build, data_dir, seconds=20):
    """RSS and voluntary context switches (wake-ups) of an idle notifier over 20 s: one reminder,
    due in years, so that nothing is shown meanwhile."""
    subprocess.run([f"{build}/src/cli/ethos-cli", "--data-dir", data_dir, "reminders", "add",
                    "--title", "DBS recheck", "--due", "2036-01-01", "--kind", "dbs"], check=True,
                   stdout=subprocess.DEVNULL)
    notifier = subprocess.Popen([f"{build}/src/notifier/ethos-notifier", "--data-dir", data_dir])
    try:
        time.sleep(2)
        before = proc_status(notifier.pid, "voluntary_ctxt_switches")
        time.sleep(seconds)
        after = proc_status(notifier.pid, "voluntary_ctxt_switches")
        rss = proc_status(notifier.pid, "VmRSS")
    finally:
        notifier.terminate()
        notifier.wait()
    return {"notifier_rss_kb": rss, "notifier_wakeups_20s": after - before}


def map_once(build, command, env):
    """One start: milliseconds to the first mapped window, then RSS 1.5 s later."""
    result = subprocess.run([f"{build}/tests/bench/mapwait", "--timeout", "30000",
                             "--rss-after", "1500", *command], env=env, capture_output=True,
                            text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} did not start: {result.stderr.strip()}")
    values = dict(line.split() for line in result.stdout.splitlines())
    return float(values["startup_ms"]), int(values["peak_rss_kb"])


def startup(build, diaries, runs, scratch):
    """Every program once per round, rounds interleaved (and rotated) so that the machine's noise
    falls on all of them alike. The first round warms the disk cache and is not counted."""
    env = dict(os.environ, GSETTINGS_BACKEND="memory",
               GSETTINGS_SCHEMA_DIR=f"{build}/data")
    programs = {"floor": [f"{build}/tests/bench/bench-floor-window"]}
    for size in SIZES:
        programs[f"ethos_{size}"] = [f"{build}/src/app/ethos", "--data-dir", diaries[size]]
    peer = shutil.which("gnome-text-editor")
    if peer:
        # Its own folders, so that it restores no session and opens no recent files.
        peer_home = os.path.join(scratch, "peer")
        os.makedirs(peer_home, exist_ok=True)
        programs["peer"] = ["env", f"XDG_CONFIG_HOME={peer_home}/config",
                            f"XDG_DATA_HOME={peer_home}/data", f"XDG_STATE_HOME={peer_home}/state",
                            f"XDG_CACHE_HOME={peer_home}/cache", peer, "--new-window"]
    else:
        say("gnome-text-editor is not installed: no peer figures")

    times = {name: [] for name in programs}
    rss = {name: [] for name in programs}
    names = list(programs)
    for round_ in range(runs + 1):
        order = names[round_ % len(names):] + names[:round_ % len(names)]
        for name in order:
            ms, kb = map_once(build, programs[name], env)
            if round_ > 0:
                times[name].append(ms)
                rss[name].append(kb)
            time.sleep(0.3)
        if round_ > 0:
            print(f"  round {round_}: " + ", ".join(f"{n} {times[n][-1]:.0f}" for n in names),
                  file=sys.stderr, flush=True)
    return ({n: statistics.median(v) for n, v in times.items()},
            {n: int(statistics.median(v)) for n, v in rss.items()})


def table(figures, goals):
    rows = [("measure", "value", "goal")]
    for key in sorted(figures):
        value = figures[key]
        text = f"{value:,.3f}" if isinstance(value, float) else f"{value:,}"
        rows.append((key, text, goals.get(key, "")))
    width = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        print(f"{r[0]:<{width[0]}}  {r[1]:>{width[1]}}  {r[2]}")


GOALS = {
    "codes_search_p50_ms": "≤ 2",
    "codes_search_p95_ms": "≤ 5",
    "codes_relevance_top3_pct": "≥ 95",
    "codes_relevance_empty_pct": "0",
    "codes_import_at_limit_p50_ms": "≤ 2,000",
    "codes_search_a_at_limit_p50_ms": "≤ 500",
    "audit_pack_long_note_p50_ms": "≤ 2,000",
    "import_10000_rows_p50_ms": "< 2,000",
    "page_repaints_after_drawn": "0",
    "diary_search_letter_still_ms": "≤ 250",
    "codes_search_letter_still_ms": "≤ 250",
    "editor_typing_ratio_peer": "≤ 1.5",
    "diary_search_p50_ms": "≤ 10",
    "diary_search_p95_ms": "≤ 20",
    "diary_search_best_p50_ms": "≤ 10",
    "diary_search_best_p95_ms": "≤ 20",
    "totals_ms": "≤ 50",
    "standing_evaluate_3_bodies_p50_ms": "≤ 10",
    "write_entry_to_pages_p50_ms": "≤ 16",
    "write_done_to_pages_p50_ms": "≤ 16",
    "notifier_rss_kb": "≤ 12,000",
    "notifier_wakeups_20s": "≤ 3",
    "startup_ratio_100k_floor": "≤ 1.25",
    "encrypted_ratio_startup": "≤ 1.15",
    "encrypted_ratio_diary_search": "≤ 1.15",
    "encrypted_ratio_totals": "≤ 1.15",
    "encrypted_ratio_write": "≤ 1.15",
    "startup_ratio_100k_peer": "< 1",
    "startup_ratio_100k_1k": "≤ 1.10",
    "rss_ratio_100k_floor": "≤ 1.5",
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("builddir")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--data-dir")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--interaction", action="store_true")
    args = parser.parse_args()
    build = os.path.abspath(args.builddir)

    if args.interaction:
        scratch = tempfile.mkdtemp(prefix="ethos-bench-")
        try:
            data_dir = args.data_dir
            if data_dir is None:
                say("Making a 100,000-entry diary (ethos-cli demo)")
                data_dir = os.path.join(scratch, "diary-100000")
                make_diary(build, data_dir, 100000)
            say("From a key to the screen (XTest and XDamage), with gnome-text-editor")
            figures = interaction(build, data_dir, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    elif args.data_dir:
        if not os.path.isdir(args.data_dir):
            print(f"bench: {args.data_dir} is not a folder", file=sys.stderr)
            return 2
        figures = in_process(build, args.data_dir)
    else:
        scratch = tempfile.mkdtemp(prefix="ethos-bench-")
        try:
            diaries = {}
            for size in SIZES:
                say(f"Making a {size:,}-entry diary (ethos-cli demo)")
                diaries[size] = os.path.join(scratch, f"diary-{size}")
                make_diary(build, diaries[size], size)
            say("In-process latencies on the 100,000-entry diary")
            figures = in_process(build, diaries[100000])
            say("Watching an idle notifier for 20 s")
            figures.update(notifier_at_rest(build, os.path.join(scratch, "notifier")))
            say(f"Start-up: {args.runs} interleaved rounds")
            medians, rss = startup(build, diaries, args.runs, scratch)
            say("A write reaching the pages, on a copy of the 100,000-entry diary")
            figures.update(write_to_pages(build, diaries[100000], scratch))
            say("Encrypted against plain: the same 100,000-entry diary made twice")
            figures.update(encrypted_vs_plain(build, scratch))
            say("The window's start-up, plain and encrypted (its key in a private keyring)")
            if "encrypted_ratio_open" in figures:
                figures.update(encrypted_startup(build, diaries[100000], scratch))
            say("From a key to the screen (XTest and XDamage), with gnome-text-editor")
            figures.update(interaction(build, diaries[100000], scratch))
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        figures["startup_floor_ms"] = medians["floor"]
        figures["startup_ms_1k"] = medians["ethos_1000"]
        figures["startup_ms"] = medians["ethos_10000"]
        figures["startup_ms_100k"] = medians["ethos_100000"]
        figures["rss_kb_floor"] = rss["floor"]
        figures["rss_kb_1k"] = rss["ethos_1000"]
        figures["rss_kb_100k"] = rss["ethos_100000"]
        figures["startup_ratio_100k_floor"] = round(medians["ethos_100000"] / medians["floor"], 3)
        figures["startup_ratio_100k_1k"] = round(medians["ethos_100000"] / medians["ethos_1000"], 3)
        figures["rss_ratio_100k_floor"] = round(rss["ethos_100000"] / rss["floor"], 3)
        if "peer" in medians:
            figures["startup_peer_ms"] = medians["peer"]
            figures["rss_kb_peer"] = rss["peer"]
            figures["startup_ratio_100k_peer"] = round(medians["ethos_100000"] / medians["peer"], 3)

    if not args.json:
        table(figures, GOALS)
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
