#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""ethos-notifier end to end: a real notification server (python3-dbusmock's notification_daemon)
on a private session bus, logind's mock on a private system bus, and faketime for the clock. Each
stage is shown once, at its time; after time away only the latest missed stage; a resume from sleep
makes the running notifier look again; the Done action marks the reminder done; Open asks Ethos on
D-Bus, or starts it."""

import json
import os
import subprocess
import sys
import time
import unittest

import dbus
import dbusmock

from notifier_case import NOTIFIER, NotifierCase, libfaketime, wait_for


class NotifierTest(NotifierCase):
    def test_each_stage_once(self):
        self.start_server()
        self.cli("reminders", "add", "--title", "DBS recheck", "--due", "2026-12-22",
                 "--kind", "dbs", "--lead", "30,7")

        self.notifier_once("2026-11-22 09:30:00")
        shown = self.notifications()
        self.assertEqual(len(shown), 1)
        summary, body, hints = shown[0][2][3], shown[0][2][4], shown[0][2][6]
        self.assertEqual(summary, "DBS recheck due in 30 days")
        self.assertIn("22 December 2026", body)
        self.assertEqual(str(shown[0][2][0]), "Ethos")
        self.assertEqual(str(hints["desktop-entry"]), "org.ethosapp.Ethos")
        # No actions on a server without them: a plain notification.
        self.assertEqual(len(shown[0][2][5]), 0)

        # The same morning again: nothing new.
        self.notifier_once("2026-11-22 09:45:00")
        self.assertEqual(len(self.notifications()), 1)

        # Before the notification time on the day of the 7-day stage: nothing yet.
        self.notifier_once("2026-12-15 08:30:00")
        self.assertEqual(len(self.notifications()), 1)

        # A day later, after time away: exactly the missed 7-day stage, said as it is today:
        # six days are left, not seven.
        self.notifier_once("2026-12-16 10:00:00")
        shown = self.notifications()
        self.assertEqual(len(shown), 2)
        self.assertEqual(shown[1][2][3], "DBS recheck due in 6 days")

        self.notifier_once("2026-12-16 15:00:00")
        self.assertEqual(len(self.notifications()), 2)

        # Overdue: critical urgency.
        self.notifier_once("2026-12-24 09:05:00")
        shown = self.notifications()
        self.assertEqual(len(shown), 3)
        self.assertIn("overdue", shown[2][2][3])
        self.assertEqual(int(shown[2][2][6]["urgency"]), 2)

    def test_days_left_from_today(self):
        # Due on 22 December with leads of 30 and 7 days; the notifier first runs on the 18th,
        # the 7-day stage missed: 4 days are left, and it says so.
        self.start_server()
        self.cli("reminders", "add", "--title", "DBS certificate recheck", "--due", "2026-12-22",
                 "--kind", "dbs", "--lead", "30,7")
        self.notifier_once("2026-12-18 09:30:00")
        shown = self.notifications()
        self.assertEqual(len(shown), 1)
        self.assertEqual(shown[0][2][3], "DBS certificate recheck due in 4 days")

    def test_report_snoozes_end_before_deadline(self):
        # A report due tomorrow offers no snooze at all; one due in three days, a day's only.
        self.start_server("body actions")
        self.cli("reminders", "add", "--title", "Tell COSRT of the caution", "--due",
                 "2026-12-19", "--kind", "report", "--lead", "1")
        self.cli("reminders", "add", "--title", "Tell the ICO of the breach", "--due",
                 "2026-12-21", "--kind", "report", "--lead", "3")
        self.notifier_once("2026-12-18 09:30:00")
        shown = {n[2][3]: list(n[2][5]) for n in self.notifications()}
        self.assertEqual(len(shown), 2)
        tomorrow = shown["Tell COSRT of the caution due tomorrow"]
        self.assertIn("done", tomorrow)
        self.assertNotIn("snooze-day", tomorrow)
        self.assertNotIn("snooze-week", tomorrow)
        later = shown["Tell the ICO of the breach due in 3 days"]
        self.assertIn("snooze-day", later)
        self.assertNotIn("snooze-week", later)

    def test_notification_time(self):
        self.start_server()
        self.cli("profile", "set", "--notify-at", "18:30")
        self.cli("reminders", "add", "--title", "Membership renewal", "--due", "2026-12-22",
                 "--kind", "membership", "--lead", "30")
        # Not at 09:00 any more: at half past six in the evening.
        self.notifier_once("2026-11-22 09:30:00")
        self.assertEqual(len(self.notifications()), 0)
        self.notifier_once("2026-11-22 18:31:00")
        self.assertEqual(len(self.notifications()), 1)

    def test_snooze_holds_stages(self):
        self.start_server()
        rid = self.cli("reminders", "add", "--title", "Insurance renewal", "--due", "2026-12-01",
                       "--kind", "insurance")
        self.cli("reminders", "snooze", rid, "--until", "2026-11-25")
        self.notifier_once("2026-11-20 10:00:00")
        self.assertEqual(len(self.notifications()), 0)
        self.notifier_once("2026-11-25 09:10:00")
        self.assertEqual(len(self.notifications()), 1)

    def test_resume_replans(self):
        self.start_server()
        self.logind, logind_obj = self.spawn_server_template(
            "logind", {}, stdout=subprocess.DEVNULL, system_bus=True)
        logind = dbus.Interface(logind_obj, dbusmock.MOCK_IFACE)
        self.cli("reminders", "add", "--title", "DBS recheck", "--due", "2026-12-22",
                 "--kind", "dbs", "--lead", "30,7")
        self.start_notifier("2026-11-20 10:00:00")
        # The reply that follows the subscription: from here on a resume is heard.
        self.assertTrue(wait_for(lambda: self.logged("Listening to logind for resume")))
        time.sleep(1.5)  # any look after the notifier's own first writes
        self.assertEqual(len(self.notifications()), 0)

        # Asleep until the morning after the 7-day stage: the clock has moved on, and nobody set
        # it. libfaketime turns the timerfd's deadline into real time when it is armed, so moving
        # the fake clock neither fires nor cancels the timer planned for the 30-day stage: without
        # logind's word, nothing.
        self.set_clock("2026-12-16 10:00:00")
        time.sleep(2)
        self.assertEqual(len(self.notifications()), 0)
        # Going to sleep: nothing to do.
        logind.EmitSignal("org.freedesktop.login1.Manager", "PrepareForSleep", "b", [True])
        time.sleep(1)
        self.assertEqual(len(self.notifications()), 0)

        # Resumed: at once, and only the latest missed stage.
        logind.EmitSignal("org.freedesktop.login1.Manager", "PrepareForSleep", "b", [False])
        self.assertTrue(wait_for(self.notifications, timeout=5))
        shown = self.notifications()
        self.assertEqual(len(shown), 1)
        self.assertEqual(shown[0][2][3], "DBS recheck due in 6 days")
        # Once per stage, however often it resumes.
        logind.EmitSignal("org.freedesktop.login1.Manager", "PrepareForSleep", "b", [False])
        time.sleep(1.5)
        self.assertEqual(len(self.notifications()), 1)
        self.stop_notifier()

    def test_replans_after_cli_write(self):
        """A reminder added with the CLI while the notifier runs is planned at once: the store
        watches for other programs' writes, and without that the notifier would sleep for a
        day with nothing ahead."""
        self.start_server()
        self.start_notifier("2026-11-22 09:30:00")
        # Without logind on the private system bus: said once the main loop runs, by which time
        # the store is watched.
        self.assertTrue(wait_for(lambda: self.logged("logind is not running")))
        self.assertEqual(len(self.notifications()), 0)

        self.cli("reminders", "add", "--title", "ICO fee", "--due", "2026-12-22",
                 "--kind", "ico", "--lead", "30")
        self.assertTrue(wait_for(self.notifications, timeout=10))
        shown = self.notifications()
        self.assertEqual(len(shown), 1)
        self.assertEqual(shown[0][2][3], "ICO fee due in 30 days")
        self.stop_notifier()

    def test_no_system_bus(self):
        # Without a system bus (or logind) the notifier starts at once and works as before.
        self.start_server()
        self.cli("reminders", "add", "--title", "ICO fee", "--due", "2026-12-22",
                 "--kind", "ico", "--lead", "30")
        self.start_notifier("2026-11-22 09:30:00", DBUS_SYSTEM_BUS_ADDRESS="unix:path=/nonexistent")
        self.assertTrue(wait_for(self.notifications, timeout=10))
        self.assertTrue(wait_for(lambda: self.logged("No system bus")))
        time.sleep(1)
        shown = self.notifications()
        self.assertEqual(len(shown), 1)
        self.assertEqual(shown[0][2][3], "ICO fee due in 30 days")
        self.assertIsNone(self.notifier.poll())  # still running
        self.stop_notifier()

    def test_done_action(self):
        self.start_server("body actions")
        rid = self.cli("reminders", "add", "--title", "ICO fee", "--due", "2026-12-22",
                       "--kind", "ico")
        # libfaketime preloaded directly, so that the notifier itself gets the SIGTERM below.
        env = dict(self.env, LD_PRELOAD=libfaketime(), FAKETIME="@2026-12-22 09:30:00")
        notifier = subprocess.Popen([NOTIFIER, "--data-dir", self.data], env=env)
        try:
            for _ in range(100):
                if self.notifications():
                    break
                time.sleep(0.1)
            shown = self.notifications()
            self.assertEqual(len(shown), 1)
            actions = list(shown[0][2][5])
            self.assertIn("done", actions)
            self.assertIn("snooze-day", actions)
            self.mock.EmitSignal("org.freedesktop.Notifications", "ActionInvoked", "us",
                                 [dbus.UInt32(1), "done"])
            for _ in range(100):
                listed = json.loads(self.cli("reminders", "list", "--all", "--json",
                                             "--as-of", "2026-12-22"))
                if listed and listed[0]["status"] == "done":
                    break
                time.sleep(0.1)
            self.assertEqual(listed[0]["status"], "done")
        finally:
            notifier.terminate()
            notifier.wait(timeout=10)
        self.assertEqual(notifier.returncode, 0)

    def test_open_action(self):
        """Open starts the window at the reminder (ethos --reminder ID), in the same folder."""
        self.start_server("body actions")
        rid = self.cli("reminders", "add", "--title", "Report to COSRT", "--due", "2026-12-22",
                       "--kind", "report")
        # What the notifier starts is recorded by an "ethos" found first on PATH.
        bindir = os.path.join(self.dir, "bin")
        record = os.path.join(self.dir, "window-args")
        os.mkdir(bindir)
        with open(os.path.join(bindir, "ethos"), "w") as script:
            script.write('#!/bin/sh\nprintf "%%s\\n" "$@" > "%s"\n' % record)
        os.chmod(os.path.join(bindir, "ethos"), 0o755)
        lib = subprocess.run(["sh", "-c", "ls /usr/lib/*/faketime/libfaketime.so.1"],
                             capture_output=True, text=True, check=True).stdout.split()[0]
        env = dict(self.env, LD_PRELOAD=lib, FAKETIME="@2026-12-20 09:30:00",
                   PATH=bindir + os.pathsep + self.env["PATH"])
        notifier = subprocess.Popen([NOTIFIER, "--data-dir", self.data], env=env)
        try:
            for _ in range(100):
                if self.notifications():
                    break
                time.sleep(0.1)
            shown = self.notifications()
            self.assertEqual(len(shown), 1)
            self.assertIn("open", list(shown[0][2][5]))
            self.assertIn("default", list(shown[0][2][5]))
            self.mock.EmitSignal("org.freedesktop.Notifications", "ActionInvoked", "us",
                                 [dbus.UInt32(1), "open"])
            for _ in range(100):
                if os.path.exists(record) and os.path.getsize(record) > 0:
                    break
                time.sleep(0.1)
            with open(record) as f:
                args = f.read().split("\n")
            self.assertIn("--reminder=" + rid, args)
            self.assertIn("--data-dir=" + self.data, args)
            # Opening is not doing: the reminder is still open.
            listed = json.loads(self.cli("reminders", "list", "--json", "--as-of", "2026-12-20"))
            self.assertEqual(listed[0]["status"], "due-soon")
        finally:
            notifier.terminate()
            notifier.wait(timeout=10)

    def open_in_usual_folder(self, with_app):
        """A reminder in the usual folder ($XDG_DATA_HOME/ethos), its notification's Open
        invoked; with @with_app, an Ethos on the bus (python-dbusmock) that records what it is
        asked. Returns the reminder's id and where an "ethos" started from PATH records its
        arguments."""
        self.start_server("body actions")
        self.env["XDG_DATA_HOME"] = os.path.join(self.dir, "xdg")
        self.data = os.path.join(self.env["XDG_DATA_HOME"], "ethos")
        rid = self.cli("reminders", "add", "--title", "Report to COSRT", "--due", "2026-12-22",
                       "--kind", "report")
        if with_app:
            self.app = self.spawn_server("org.ethosapp.Ethos", "/org/ethosapp/Ethos",
                                         "org.freedesktop.Application", stdout=subprocess.DEVNULL)
            self.app_mock = dbus.Interface(
                self.dbus_con.get_object("org.ethosapp.Ethos", "/org/ethosapp/Ethos"),
                dbusmock.MOCK_IFACE)
            self.app_mock.AddMethod("org.freedesktop.Application", "ActivateAction", "sava{sv}",
                                    "", "")
        bindir = os.path.join(self.dir, "bin")
        record = os.path.join(self.dir, "window-args")
        os.mkdir(bindir)
        with open(os.path.join(bindir, "ethos"), "w") as script:
            script.write('#!/bin/sh\nprintf "%%s\\n" "$@" > "%s"\n' % record)
        os.chmod(os.path.join(bindir, "ethos"), 0o755)
        env = dict(self.env, LD_PRELOAD=libfaketime(), FAKETIME="@2026-12-20 09:30:00",
                   PATH=bindir + os.pathsep + self.env["PATH"])
        # No --data-dir: the usual folder.
        self.notifier = subprocess.Popen([NOTIFIER], env=env)
        self.assertTrue(wait_for(self.notifications))
        self.assertIn("open", list(self.notifications()[0][2][5]))
        self.mock.EmitSignal("org.freedesktop.Notifications", "ActionInvoked", "us",
                             [dbus.UInt32(1), "open"])
        return rid, record

    def test_open_action_dbus(self):
        """Open in the usual folder asks Ethos on D-Bus for app.show-reminder (the window open,
        or the installed Ethos that D-Bus starts for it), and starts no program."""
        rid, record = self.open_in_usual_folder(with_app=True)

        def asked():
            return [call for call in self.app_mock.GetCalls() if call[1] == "ActivateAction"]
        self.assertTrue(wait_for(asked))
        time.sleep(0.5)
        self.assertEqual(len(asked()), 1)
        action, parameter, platform_data = asked()[0][2]
        self.assertEqual(action, "show-reminder")
        self.assertEqual(len(parameter), 1)
        self.assertIsInstance(parameter[0], dbus.Int64)
        self.assertEqual(int(parameter[0]), int(rid))
        self.assertIsInstance(platform_data, dbus.Dictionary)
        self.assertFalse(os.path.exists(record))
        self.stop_notifier()

    def test_open_action_without_dbus(self):
        """With no Ethos on D-Bus to start (a build that is not installed), Open starts ethos
        --reminder ID, and names no folder: it is the usual one."""
        rid, record = self.open_in_usual_folder(with_app=False)
        self.assertTrue(wait_for(lambda: os.path.exists(record) and os.path.getsize(record) > 0))
        with open(record) as f:
            args = f.read().split("\n")
        self.assertIn("--reminder=" + rid, args)
        self.assertFalse([arg for arg in args if arg.startswith("--data-dir")])
        self.stop_notifier()

    def test_welsh(self):
        """A Welsh-speaking practitioner's notification: Welsh words, the due date in Welsh, and
        Welsh buttons (LOCPATH and ETHOS_LOCALEDIR come from the build, as for the i18n tests)."""
        self.start_server("body actions")
        self.cli("reminders", "add", "--title", "Ailwirio DBS", "--due", "2026-12-22",
                 "--kind", "dbs", "--lead", "30,7")
        env = dict(self.env, LC_ALL="cy_GB.UTF-8", LD_PRELOAD=libfaketime(),
                   FAKETIME="@2026-11-22 09:30:00")
        env.pop("LANGUAGE", None)
        notifier = subprocess.Popen([NOTIFIER, "--data-dir", self.data], env=env)
        try:
            self.assertTrue(wait_for(self.notifications))
            shown = self.notifications()
            self.assertEqual(len(shown), 1)
            summary, body, actions = shown[0][2][3], shown[0][2][4], list(shown[0][2][5])
            self.assertEqual(summary, "Ailwirio DBS yn ddyledus ymhen 30 diwrnod")
            self.assertIn("Yn ddyledus ar 22 Rhagfyr 2026", body)
            self.assertEqual(actions[actions.index("done") + 1], "Wedi’i wneud")
            self.assertEqual(actions[actions.index("snooze-day") + 1], "Gohirio am ddiwrnod")
        finally:
            notifier.terminate()
            notifier.wait(timeout=10)


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout, verbosity=2))
