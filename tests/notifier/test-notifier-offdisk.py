#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""ethos-notifier makes the day's copy off this disk at its start: the day's backup was made
before the place for copies was set (so it was not copied then), and the notifier, started with
the place there, copies it. Its volume monitor calls the same trigger when a drive is mounted;
a test cannot plug a drive in, so that trigger is tested directly in test-offdisk
(/offdisk/drive-appears) and ethos_offdisk_mount_holds in test-offdisk-state."""

import os
import subprocess
import unittest

from notifier_case import CLI, NotifierCase, wait_for


class NotifierOffdiskTest(NotifierCase):
    def cli_at(self, when, *args):
        subprocess.run(["faketime", when, CLI, "--data-dir", self.data, *args], env=self.env,
                       capture_output=True, text=True, check=True)

    def test_copies_at_start(self):
        self.start_server()
        stick = os.path.join(self.dir, "stick")
        self.cli_at("2031-03-05 08:00:00", "reminders", "add", "--title", "Insurance renewal",
                    "--due", "2031-06-01", "--kind", "insurance", "--lead", "30")
        os.mkdir(stick, 0o700)
        self.cli_at("2031-03-05 08:10:00", "backup", "destination", "set", stick)
        self.assertEqual(os.listdir(stick), [])

        self.start_notifier("2031-03-05 09:30:00")
        self.assertTrue(wait_for(lambda: os.listdir(stick) != []))
        self.assertEqual(os.listdir(stick), ["ethos-2031-03-05T080000-daily.db"])
        self.assertTrue(wait_for(lambda: self.logged("Copied the diary's backup off this disk")))
        self.assertIsNone(self.notifier.poll())
        self.stop_notifier()

    def test_no_drive_at_start(self):
        """The place set but not there: nothing copied, nothing made in its place, and the
        notifier runs on."""
        self.start_server()
        stick = os.path.join(self.dir, "stick")
        self.cli_at("2031-03-05 08:00:00", "reminders", "add", "--title", "Insurance renewal",
                    "--due", "2031-06-01", "--kind", "insurance", "--lead", "30")
        os.mkdir(stick, 0o700)
        self.cli_at("2031-03-05 08:10:00", "backup", "destination", "set", stick)
        os.rmdir(stick)

        self.start_notifier("2031-03-05 09:30:00")
        self.assertTrue(wait_for(lambda: self.logged("logind is not running")))
        self.assertFalse(os.path.exists(stick))
        self.assertFalse(self.logged("Copied the diary's backup off this disk"))
        self.assertIsNone(self.notifier.poll())
        self.stop_notifier()


if __name__ == "__main__":
    unittest.main()
