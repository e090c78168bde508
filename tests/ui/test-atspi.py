#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Ethos as a screen reader reads it: through AT-SPI, as Orca does.

Starts the accessibility bus in the test's private session, runs the real `ethos` on a demo diary
(and on a fresh data folder, for the welcome), walks the accessible tree of each page, each tab of
Preferences, the dialogs (Add a Reminder, Keyboard Shortcuts, CPD Plan, Client Hours, Export the
Audit Pack, About Ethos, Standard Reminders, Record an Event, the import preview of a table and
the archive's question, handed the file through app.import-file rather than GTK's chooser; Export
Diary as CSV is the audit pack's dialog under another title), the dialogs of encryption on a small
diary without a keyring (Encrypt Your Diary?, Your Recovery Key, and Unlock Your Diary at the next
start, whose passphrase then opens the diary) and the welcome, and fails on an interactive object
with no name (or only a widget's type name, which is what GTK says for an unnamed one), on a name
that repeats itself ("Light Light", "_Save Save") and on one that begins with a mnemonic's
underscore. It waits for what it looks for, never a fixed time (about 35 s on two cores). It also
presses Tab through the Diary's form and fails on a press that moves no focus a screen reader
hears (and through the passphrase fields: GTK 4.8 says "password text" only for its
GtkPasswordEntry, which Ethos cannot use, so a passphrase field must at least be named so), and
checks that "Saved" and toasts are sent as events (a description change on the focused object,
which Orca speaks). Needs Xvfb, a session bus, at-spi2-core, python3-pyatspi and xdotool.

Usage: test-atspi.py ETHOS ETHOS_CLI [--verbose]  (--verbose: every object read, and the time of each check)
"""

import os
import re
import subprocess
import sys
import tempfile
import time

ETHOS, CLI = sys.argv[1], sys.argv[2]
VERBOSE = "--verbose" in sys.argv
STARTED = time.time()


def start_bus():
    """The accessibility bus, its address given to this process and to the window."""
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        out = subprocess.run(["gdbus", "call", "--session", "--dest", "org.a11y.Bus",
                              "--object-path", "/org/a11y/bus",
                              "--method", "org.a11y.Bus.GetAddress"],
                             capture_output=True, text=True)
        m = re.search(r"'([^']+)'", out.stdout)
        if out.returncode == 0 and m:
            os.environ["AT_SPI_BUS_ADDRESS"] = m.group(1)
            return launcher
        time.sleep(0.1)
    print("Bail out! the accessibility bus did not start")
    sys.exit(1)


launcher = start_bus()
import pyatspi  # noqa: E402  (after the bus's address is set)
from gi.repository import Gio, GLib  # noqa: E402

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_LINK,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TEXT,
}
TYPE_NAME = re.compile(r"^(Gtk|Adw|Ethos)[A-Z][A-Za-z]*$")
# A label's raw text read as the name ("_Choose… Restore From a File"): a word that begins with a
# mnemonic's underscore (one inside a word may be a file's name).
MNEMONIC = re.compile(r"(^|[\s(“\"])_[^\W_]")


def doubled(name):
    """A run of words said twice in a row, in any case and with or without a mnemonic's
    underscore: "Light Light", "Mark done Done", "_Delete Entry Delete Entry" (GTK 4.8 joins a
    mnemonic button's raw label to its label child's text)."""
    words = re.findall(r"\w+", name.lower().replace("_", ""))
    for size in range(1, len(words) // 2 + 1):
        for start in range(len(words) - 2 * size + 1):
            if words[start:start + size] == words[start + size:start + 2 * size]:
                # A number said twice ("1 1") is a value, not a name read twice.
                if not all(w.isdigit() for w in words[start:start + size]):
                    return True
    return False


def pump(seconds):
    end = time.time() + seconds
    ctx = GLib.MainContext.default()
    while time.time() < end:
        while ctx.iteration(False):
            pass
        time.sleep(0.02)


def wait_until(done, seconds):
    """Pumps until done() says so or @seconds have passed; what done() said."""
    end = time.time() + seconds
    while not (result := done()) and time.time() < end:
        pump(0.05)
    return result


def key(*keys):
    """Presses @keys; what they do is waited for by the caller, by what it looks for."""
    subprocess.run(["xdotool", "key", "--delay", "30"] + list(keys), check=True)
    pump(0.1)


def find_app(name, pid, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if (app is not None and app.name == name and app.get_process_id() == pid
                        and app.childCount > 0):
                    return app
            except Exception:
                pass
        time.sleep(0.2)
    return None


def extents(obj):
    """Where @obj is in its window; None for an object with no place of its own (a
    GtkStackPage), False for one gone."""
    try:
        return obj.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except NotImplementedError:
        return None
    except Exception:
        return False


def showing(obj, box=False):
    """On screen: GTK 4.8 sets no SHOWING state, and keeps the stack's hidden pages in the
    tree, visible but with no size."""
    box = extents(obj) if box is False else box
    return box is None or (box is not False and box.width > 0 and box.height > 0)


def stack_pages(obj, count):
    """An AdwViewStack's pages, which keep the size they had once shown."""
    if count < 2:
        return None
    kids = [obj.getChildAtIndex(i) for i in range(count)]
    if all(k is not None and k.name == "AdwBin" for k in kids):
        return kids
    return None


ALL_PAGES, NO_PAGES = -1, -2


def shown(obj, tab=ALL_PAGES, path=()):
    """(object, role, name, path) for each object on screen under @obj, itself first. Of a view
    stack, only page @tab (ALL_PAGES: each; NO_PAGES: none, to find the switcher). A long
    list's rows past the window are given, but not their parts. Each question is a round trip
    to the window, so each object is asked each thing once."""
    try:
        role = obj.getRole()
        box = extents(obj)
        if not showing(obj, box):
            return
        name = obj.name or ""
        below = role == pyatspi.ROLE_LIST_ITEM and box is not None and box.y > 1000
        count = 0 if below else obj.childCount
    except Exception:
        return
    yield obj, role, name, path
    if below:
        return
    here = path + ((name,) if name and not TYPE_NAME.match(name) else ())
    pages = stack_pages(obj, count) if tab != ALL_PAGES else None
    if pages:
        if tab != NO_PAGES:
            yield from shown(pages[tab], tab, here)
        return
    for i in range(count):
        try:
            child = obj.getChildAtIndex(i)
        except Exception:
            continue
        if child is None:
            continue
        yield from shown(child, tab, here)


def page_tabs(win):
    """The window's page tabs on screen, in order (none inside its pages)."""
    return [o for o, role, _, _ in shown(win, NO_PAGES) if role == pyatspi.ROLE_PAGE_TAB]


def selected_tab(win):
    """Which of the window's pages is shown, by its switcher's selected tab."""
    for i, tab in enumerate(page_tabs(win)):
        if tab.getState().contains(pyatspi.STATE_SELECTED):
            return i
    return None


def walk(win, found, tab):
    """Interactive objects in @win that are showing, as (role, name, where)."""
    for obj, role, name, path in shown(win, ALL_PAGES if tab is None else tab):
        if role in INTERACTIVE:
            here = path + ((name,) if name and not TYPE_NAME.match(name) else ())
            found.append((obj.getRoleName(), name, " / ".join(here[-3:-1] if name else here[-2:])))


def window(app, title, timeout=10):
    """The window called @title, once it has something in it."""
    def find():
        for i in range(app.childCount):
            win = app.getChildAtIndex(i)
            try:
                if win is not None and win.name == title and win.childCount > 0 and showing(win):
                    return win
            except Exception:
                pass
        return None
    return wait_until(find, timeout)


def focus_window(title):
    """Gives @title the keyboard (Xvfb has no window manager to do it)."""
    out = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                          "^" + re.escape(title) + "$"], capture_output=True, text=True,
                         timeout=10)
    if out.stdout.strip():
        subprocess.run(["xdotool", "windowfocus", "--sync", out.stdout.split()[-1]],
                       check=False, stderr=subprocess.DEVNULL)
    pump(0.1)


def problems(app, title="Ethos"):
    found = []
    win = window(app, title)
    if win is None:
        return 0, [f"no window called “{title}”"]
    walk(win, found, selected_tab(win) if title == "Ethos" else None)
    bad = []
    for role, name, where in found:
        if VERBOSE:
            print(f"# [{role}] {name!r} in {where}")
        if not name.strip() or TYPE_NAME.match(name):
            bad.append(f"{role} with no name ({name or 'empty'}) in {where}")
        elif doubled(name):
            bad.append(f"{role} named twice: “{name}” in {where}")
        elif MNEMONIC.search(name):
            bad.append(f"{role} named with its mnemonic's underscore: “{name}” in {where}")
    return len(found), bad


class Tap:
    """TAP output; a problem is listed once, where it is first met (GTK 4.8 keeps a hidden
    stack page's place, so a page once shown is walked again with the next)."""

    def __init__(self):
        self.n = 0
        self.failed = 0
        self.seen = set()

    def check(self, what, bad, total=None):
        self.n += 1
        bad = [line for line in bad if line not in self.seen]
        self.seen.update(bad)
        counted = f" ({total} interactive objects)" if total is not None else ""
        if bad:
            self.failed += 1
            print(f"not ok {self.n} - {what}{counted}: {len(bad)} problems")
            for line in bad:
                print(f"#   {line}")
        else:
            print(f"ok {self.n} - {what}{counted}")
        if VERBOSE:
            print(f"# at {time.time() - STARTED:.1f} s")
        sys.stdout.flush()


def child_env(data_dir):
    env = dict(os.environ)
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    return env


def start_ethos(data_dir, title="Ethos"):
    proc = subprocess.Popen([ETHOS, "--data-dir", data_dir], env=child_env(data_dir),
                            stdout=subprocess.DEVNULL, stderr=None)
    app = find_app("ethos", proc.pid)
    if app is None or window(app, title) is None:
        print(f"Bail out! ethos showed no “{title}” on the accessibility bus")
        proc.kill()
        sys.exit(1)
    focus_window(title)
    pump(0.3)
    return proc, app


def click(obj):
    """Activates @obj as a screen reader's user would: its first action."""
    obj.queryAction().doAction(0)
    pump(0.1)


def selected(obj):
    try:
        return obj.getState().contains(pyatspi.STATE_SELECTED)
    except Exception:
        return False


def switch_page(app, number):
    """Ctrl+@number, and the page it shows."""
    key(f"ctrl+{number}")
    win = window(app, "Ethos")
    wait_until(lambda: selected_tab(win) == number - 1, 3)
    pump(0.2)


def tabs_of(win):
    """The window's page tabs, once each (a narrow and a wide switcher name the same pages)."""
    tabs = {}
    for tab in page_tabs(win):
        tabs.setdefault(tab.name, tab)
    return list(tabs.values())


def check_window(tap, app, title, what):
    """The window called @title, walked; with tabs, once each has been shown (GTK 4.8 keeps
    a stack page once shown in the tree, in its place, so one walk then reads every tab: a
    walk after each read the tabs before it again, 850 objects in all for Preferences)."""
    win = window(app, title)
    if win is None:
        tap.check(what, [f"no window called “{title}”"])
        return
    tabs = tabs_of(win) if title != "Ethos" else []
    if not tabs:
        total, bad = problems(app, title)
        tap.check(what, bad, total)
        return
    for tab in tabs:
        click(tab)
        wait_until(lambda: selected(tab), 2)
        pump(0.2)
    total, bad = problems(app, title)
    tap.check(f"{what}, its tabs " + ", ".join(tab.name for tab in tabs), bad, total)


def main():
    tap = Tap()
    tmp = tempfile.mkdtemp(prefix="ethos-atspi-")
    demo = os.path.join(tmp, "demo")
    subprocess.run([CLI, "--data-dir", demo, "demo", "--entries", "300"], check=True,
                   stdout=subprocess.DEVNULL)
    imports = import_files(tmp)
    proc, app = start_ethos(demo)
    try:
        run_window(tap, app, imports)
        turn_on_encryption(tap, app)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    unlock(tap, demo)

    fresh = os.path.join(tmp, "fresh")
    proc, app = start_ethos(fresh, "Set Up Ethos")
    try:
        check_window(tap, app, "Set Up Ethos", "the welcome")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"1..{tap.n}")
    launcher.terminate()
    sys.exit(1 if tap.failed else 0)


PASSPHRASE = "correct horse battery"


def heard_field(events, keys, name):
    """[] when @keys moved focus to a field named @name and said so, else the problem."""
    heard = events.press(*keys)
    if any(n == name for _, n in heard):
        return []
    return [f"{' '.join(keys)} sent no focus event naming “{name}” (heard: {heard!r})"]


def turn_on_encryption(tap, app):
    """Encryption turned on in Preferences → Privacy with no keyring: the dialog asking for a
    new passphrase twice, then the recovery key shown once it is done. Each walked; each
    passphrase field sends a focus event with its name when Tab reaches it."""
    focus_window("Ethos")
    key("ctrl+comma")
    prefs = window(app, "Preferences")
    privacy = prefs and wait_until(lambda: next(
        (t for t in tabs_of(prefs) if t.name == "Privacy"), None), 3)
    if privacy is None:
        tap.check("the dialog “Encrypt Your Diary?”", ["no Privacy in Preferences"])
        return
    click(privacy)
    turn_on = wait_until(lambda: find_shown(prefs, lambda role, name: role
                                            == pyatspi.ROLE_PUSH_BUTTON
                                            and name.startswith("Encrypt")), 3)
    if turn_on is None:
        tap.check("the dialog “Encrypt Your Diary?”", ["no button “Encrypt the Diary”"])
        return
    click(turn_on)
    title = "Encrypt Your Diary?"
    check_window(tap, app, title, f"the dialog “{title}”")
    focus_window(title)
    events = FocusEvents()
    try:
        # The dialog opens in the first field: out of it to Cancel, and back.
        bad = heard_field(events, ["shift+Tab"], "Cancel")
        bad += heard_field(events, ["Tab"], "New passphrase")
        subprocess.run(["xdotool", "type", "--delay", "10", PASSPHRASE], check=True)
        bad += heard_field(events, ["Tab"], "The same passphrase again")
        subprocess.run(["xdotool", "type", "--delay", "10", PASSPHRASE], check=True)
    finally:
        events.stop()
    tap.check("the new passphrase's fields send focus events", bad)
    key("Return")
    check_window(tap, app, "Your Recovery Key", "the dialog “Your Recovery Key”")
    copy = find_shown(window(app, "Your Recovery Key"), lambda role, name: role
                      == pyatspi.ROLE_PUSH_BUTTON and name.startswith("Copy"))
    if copy is not None:
        click(copy)
        copied = wait_until(lambda: find_shown(window(app, "Your Recovery Key"),
                                               lambda role, name: name.startswith("Copied")), 2)
        tap.check("the recovery key's Copy says it copied, once",
                  [] if copied is not None and copied.name == "Copied"
                  else [f"after Copy: {copied and copied.name!r}"])


def unlock(tap, data_dir):
    """Ethos started again on the diary encrypted with a passphrase: asked for before anything
    opens; the field sends a focus event with its name; the passphrase opens the diary."""
    title = "Unlock Your Diary"
    proc, app = start_ethos(data_dir, title)
    try:
        check_window(tap, app, title, f"the dialog “{title}”")
        events = FocusEvents()
        try:
            bad = heard_field(events, ["Tab"], "Quit")
            bad += heard_field(events, ["shift+Tab"], "Passphrase")
        finally:
            events.stop()
        subprocess.run(["xdotool", "type", "--delay", "10", PASSPHRASE], check=True)
        key("Return")
        if window(app, "Ethos", 10) is None:
            bad.append("the passphrase typed did not open the diary")
        tap.check("the passphrase field sends a focus event, and opens the diary", bad)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def dialog(tap, app, keys, title):
    focus_window("Ethos")
    key(*keys)
    check_window(tap, app, title, f"the dialog “{title}”")
    close(app, title)


def close(app, title):
    """Escape in the window called @title, and that window gone."""
    focus_window(title)
    key("Escape")
    wait_until(lambda: window(app, title, 0) is None, 3)


MENU_ITEM_ROLES = {pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_MENU_ITEM,
                   pyatspi.ROLE_RADIO_MENU_ITEM}


def menu_dialog(tap, app, item, title, menu=None):
    """The dialog called @title, opened by @item of the main menu (F10), or of the menu of the
    button named @menu, as a screen reader's user would."""
    focus_window("Ethos")
    win = window(app, "Ethos")
    if menu is None:
        key("F10")
    else:
        # GTK 4.8's menu button acts through the button inside it, named by it.
        button = find_shown(win, lambda role, name: name == menu and role in INTERACTIVE,
                            acting=True)
        if button is None:
            tap.check(f"the dialog “{title}”", [f"no button “{menu}”"])
            return
        click(button)
    entry = wait_until(lambda: find_shown(win, lambda role, name: role in MENU_ITEM_ROLES
                                          and name.replace("_", "") == item), 3)
    if entry is None:
        tap.check(f"the dialog “{title}”", [f"no “{item}” in the main menu"])
        key("Escape")
        return
    click(entry)
    check_window(tap, app, title, f"the dialog “{title}”")
    close(app, title)


# A CPD log kept in a spreadsheet: a title line, a header in its own words, a row that cannot
# be read.
RECORDS_CSV = """My CPD log 2025,,,,
Session date,Duration,Course / activity,Provider,What I learned
14/01/2025,1h 30m,Attachment workshop,Tavistock,Repair after ruptures
03/02/2025,1:30,Ethics webinar,BACP,
sometime in spring,1 hour,Peer reading group,,
"""


def import_files(tmp):
    """A table of records, and a small diary's archive (which the demo diary, not empty, is
    asked about and then refuses)."""
    table = os.path.join(tmp, "cpd-log.csv")
    with open(table, "w", encoding="utf-8") as f:
        f.write(RECORDS_CSV)
    small, archive = os.path.join(tmp, "small"), os.path.join(tmp, "everything.zip")
    subprocess.run([CLI, "--data-dir", small, "demo", "--entries", "3"], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([CLI, "--data-dir", small, "export", "all", "--output", archive], check=True,
                   stdout=subprocess.DEVNULL)
    return table, archive


def run_window(tap, app, imports):
    for number, page in ((1, "Overview"), (2, "Codes"), (3, "Diary"), (4, "Reminders")):
        switch_page(app, number)
        total, bad = problems(app)
        tap.check(f"the {page} page", bad, total)

    dialog(tap, app, ["ctrl+comma"], "Preferences")
    dialog(tap, app, ["ctrl+alt+n"], "Add a Reminder")
    dialog(tap, app, ["ctrl+question"], "Keyboard Shortcuts")
    for item, title in (("CPD Plan", "CPD Plan"), ("Client Hours", "Client Hours"),
                        ("Export Audit Pack (PDF)…", "Export the Audit Pack"),
                        ("About Ethos", "About Ethos")):
        menu_dialog(tap, app, item, title)
    menu_dialog(tap, app, "Standard Reminders…", "Standard Reminders", "New entry or reminder")
    focus_window("Ethos")
    switch_page(app, 4)
    button = find_shown(window(app, "Ethos"), lambda role, name: role == pyatspi.ROLE_PUSH_BUTTON
                        and "Event" in name)
    if button is None:
        tap.check("the Reminders page has Record an Event", ["no such button"])
    else:
        click(button)
        check_window(tap, app, "Record an Event", "the dialog “Record an Event”")
        close(app, "Record an Event")
    for path in imports:
        import_dialog(tap, app, path)

    # The Diary with a new supervision session open: its form.
    focus_window("Ethos")
    switch_page(app, 3)
    events = FocusEvents()
    key("ctrl+n")
    wait_until(lambda: ("text", "Minutes") in events.heard, 3)  # where a new session begins
    events.stop()
    pump(0.2)
    total, bad = problems(app)
    tap.check("the Diary page, a new session's form", bad, total)
    tap.check("the Diary form's fields send focus events", form_focus_events())

    # Said without focus moving: a save, then a toast (GTK 4.8 has no announcement; Ethos lends
    # the text to the focused object's description, which Orca 43 speaks).
    said = Announcements()
    try:
        key("End", "BackSpace", "BackSpace", "BackSpace", "2")  # the client hours, now focused
        said.wait_for(lambda text: text == "Saved", 4)
        tap.check("“Saving…” and “Saved” are said when an entry is saved",
                  said.missing(["Saving…", "Saved"]))
        focus_window("Ethos")
        switch_page(app, 4)
        done = find_shown(window(app, "Ethos"), lambda role, name: role == pyatspi.ROLE_PUSH_BUTTON
                          and name.startswith("Mark "))
        if done is None:
            tap.check("a toast is said", ["no reminder to mark done"])
        else:
            said.heard = []
            click(done)
            said.wait_for(lambda text: text.startswith("Done"), 3)
            tap.check("a toast is said (Done on a reminder)",
                      [] if any(t.startswith("Done") for t in said.heard)
                      else ["no event said the toast “Done”; heard: " + repr(said.heard)])
    finally:
        said.stop()


def activate_app_action(app, action, parameter):
    """Ethos's app.@action with the string @parameter, through D-Bus as another program would
    (a window started with --data-dir is not unique: its connection is found by its process)."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION)

    def call(name, method, args, reply):
        return bus.call_sync(name, "/org/freedesktop/DBus", "org.freedesktop.DBus", method,
                             args, GLib.VariantType(reply), Gio.DBusCallFlags.NONE, 2000,
                             None).unpack()[0]

    pid = app.get_process_id()
    for name in call("org.freedesktop.DBus", "ListNames", None, "(as)"):
        try:
            if (name.startswith(":") and call("org.freedesktop.DBus",
                                              "GetConnectionUnixProcessID",
                                              GLib.Variant("(s)", (name,)), "(u)") == pid):
                bus.call_sync(name, "/org/ethosapp/Ethos", "org.gtk.Actions", "Activate",
                              GLib.Variant("(sava{sv})",
                                           (action, [GLib.Variant("s", parameter)], {})),
                              None, Gio.DBusCallFlags.NONE, 2000, None)
                return True
        except GLib.Error:
            continue
    return False


def import_dialog(tap, app, path):
    """The import dialog for @path (what Import Records… opens once its chooser has given
    the file; GTK's chooser is GTK's), walked once the file is read and shown."""
    title = f"Import “{os.path.basename(path)}”"
    if not activate_app_action(app, "import-file", path):
        tap.check(f"the dialog “{title}”", ["app.import-file could not be activated"])
        return
    win = window(app, title)
    if win is None or not wait_until(lambda: find_shown(
            win, lambda role, name: role == pyatspi.ROLE_PUSH_BUTTON and name == "Import"), 5):
        tap.check(f"the dialog “{title}”", ["the file was not read and shown"])
    else:
        check_window(tap, app, title, f"the dialog “{title}”")
    close(app, title)


def find_shown(win, match, acting=False):
    """The first object on the shown page of @win that @match(role, name) takes, and that has
    an action if @acting (the pages not shown and the rows past the window are not walked:
    pyatspi.findDescendant walks every diary entry)."""
    tab = selected_tab(win)
    for obj, role, name, _ in shown(win, ALL_PAGES if tab is None else tab):
        if match(role, name) and (not acting or has_action(obj)):
            return obj
    return None


def has_action(obj):
    try:
        return obj.queryAction().nActions > 0
    except Exception:
        return False


class Announcements:
    """Texts said to a screen reader: a description that changes on the focused object (Orca
    speaks it, onDescriptionChanged)."""

    EVENT = "object:property-change:accessible-description"

    def __init__(self):
        self.heard = []
        pyatspi.Registry.registerEventListener(self.on_event, self.EVENT)

    def on_event(self, event):
        try:
            focused = event.source.getState().contains(pyatspi.STATE_FOCUSED)
        except Exception:
            focused = False
        if event.any_data and focused:
            self.heard.append(str(event.any_data))

    def wait_for(self, match, seconds):
        end = time.time() + seconds
        while time.time() < end and not any(match(t) for t in self.heard):
            pump(0.1)

    def missing(self, texts):
        return [f"“{t}” was not said (heard: {self.heard!r})" for t in texts
                if not any(h.startswith(t) for h in self.heard)]

    def stop(self):
        pyatspi.Registry.deregisterEventListener(self.on_event, self.EVENT)


class FocusEvents:
    """What a screen reader is told of focus: object:state-changed:focused, gained, with a
    name."""

    def __init__(self):
        self.heard = []
        pyatspi.Registry.registerEventListener(self.on_event, "object:state-changed:focused")

    def on_event(self, event):
        try:
            if event.detail1:
                self.heard.append((event.source.getRoleName(), event.source.name or ""))
        except Exception:
            self.heard.append(("gone", ""))

    def press(self, *keys):
        """The focus events @keys send: the first one with a name, and what follows it at
        once."""
        self.heard = []
        key(*keys)
        if wait_until(lambda: any(name and not TYPE_NAME.match(name)
                                  for _, name in self.heard), 1):
            pump(0.15)
        return self.heard

    def stop(self):
        pyatspi.Registry.deregisterEventListener(self.on_event, "object:state-changed:focused")


# The form's fields a press of Tab must be heard on, from the session's Minutes (where a new
# session puts the cursor) back to Date and on to the client hours.
FORM_FIELDS = ("Date", "Minutes", "Supervisor", "Format", "Way of Meeting",
               "Client Hours Since the Last Session")


def form_focus_events():
    """Each Tab (and Shift+Tab) through the new session's form must send a focus event naming
    what it reached: GTK 4.8 sends none for an AdwEntryRow's text."""
    events = FocusEvents()
    bad, names = [], []
    try:
        presses = [("shift+Tab", 2)] + [("Tab", 1)] * 7
        for keys, times in presses:
            for _ in range(times):
                heard = [(role, name) for role, name in events.press(keys)
                         if name and not TYPE_NAME.match(name)]
                if not heard:
                    where = names[-1] if names else "the form's first field"
                    bad.append(f"{keys} after “{where}” sent no focus event with a name")
                    names.append("?")
                else:
                    names.append(heard[-1][1])
                    if VERBOSE:
                        print(f"# {keys}: [{heard[-1][0]}] {heard[-1][1]!r}")
    finally:
        events.stop()
    missing = [field for field in FORM_FIELDS if field not in names]
    if missing and not bad:
        bad.append("no focus event named " + ", ".join(f"“{f}”" for f in missing)
                   + " (heard: " + ", ".join(names) + ")")
    return bad


if __name__ == "__main__":
    main()
