#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""ethos-cli export ics, read back by a real iCalendar parser (python3-icalendar)."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import icalendar

CLI = os.environ["ETHOS_CLI"]


class IcsTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="ethos-ics-")
        self.data = os.path.join(self.dir, "data")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def cli(self, *args):
        return subprocess.run([CLI, "--data-dir", self.data, *args], capture_output=True,
                              text=True, check=True).stdout.strip()

    def test_round_trip(self):
        title = "Renew insurance; ask about online work, again — “Acme” \\ policy " + "x" * 80
        insurance = self.cli("reminders", "add", "--title", title, "--due", "2026-12-01",
                             "--kind", "insurance", "--every", "1y",
                             "--notes", "Policy 123\nCall before noon")
        report = self.cli("reminders", "add", "--title", "Report to COSRT", "--due",
                          "2026-03-15", "--time", "17:00", "--kind", "report",
                          "--clause", "cosrt:107")
        done = self.cli("reminders", "add", "--title", "Old", "--due", "2026-01-01")
        self.cli("reminders", "done", done, "--on", "2026-01-01")
        path = os.path.join(self.dir, "reminders.ics")
        self.cli("export", "ics", "--output", path)

        raw = open(path, "rb").read()
        for line in raw.split(b"\r\n"):
            self.assertLessEqual(len(line), 75)
        calendar = icalendar.Calendar.from_ical(raw)
        events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
        self.assertEqual(len(events), 2)

        first = events[f"ethos-reminder-{insurance}@ethosapp.org"]
        self.assertEqual(str(first["SUMMARY"]), title)
        self.assertEqual(str(first["DESCRIPTION"]), "Policy 123\nCall before noon")
        self.assertEqual(first.decoded("DTSTART").isoformat(), "2026-12-01")
        self.assertEqual(first["RRULE"]["FREQ"], ["YEARLY"])
        triggers = sorted(-a.decoded("TRIGGER").days for a in first.walk("VALARM"))
        self.assertEqual(triggers, [1, 7, 14, 30])

        second = events[f"ethos-reminder-{report}@ethosapp.org"]
        self.assertEqual(second.decoded("DTSTART").strftime("%Y-%m-%d %H:%M"), "2026-03-15 17:00")
        # The clause as a person cites it, for a calendar a person reads.
        self.assertIn("COSRT 107", str(second["DESCRIPTION"]))
        self.assertNotIn("cosrt:107", str(second["DESCRIPTION"]))


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout, verbosity=2))
