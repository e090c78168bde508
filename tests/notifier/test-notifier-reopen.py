#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""ethos-notifier follows the database at its path: another database put in its place while it
runs (rm ethos.db*; mv new.db ethos.db), or the data folder removed and made again, is opened and
notified from, and what is written to it afterwards is seen. While there is none, or the file
there is not one it can open, the notifier stays up, says so once, and creates nothing."""

import glob
import os
import shutil
import subprocess
import sys
import time
import unittest

from notifier_case import CLI, NotifierCase, wait_for


class NotifierReopenTest(NotifierCase):
    def setUp(self):
        super().setUp()
        self.start_server()
        # Nothing due on 22 November in the database the notifier starts with.
        self.cli("reminders", "add", "--title", "Insurance renewal", "--due", "2027-06-01",
                 "--kind", "insurance", "--lead", "30")
        self.start_notifier("2026-11-22 09:30:00")
        # Said once the main loop runs, by which time the store is watched.
        self.assertTrue(wait_for(lambda: self.logged("logind is not running")))
        time.sleep(0.5)
        self.assertEqual(len(self.notifications()), 0)

    def another_database(self):
        """ethos.db made by ethos-cli in a folder of its own, with a reminder whose 30-day
        stage is due: where it is."""
        other = os.path.join(self.dir, "other")
        subprocess.run([CLI, "--data-dir", other, "reminders", "add", "--title", "DBS recheck",
                        "--due", "2026-12-22", "--kind", "dbs", "--lead", "30"],
                       env=self.env, capture_output=True, check=True)
        # The CLI has closed it: no log beside it to carry.
        self.assertEqual(glob.glob(os.path.join(other, "ethos.db-*")), [])
        return os.path.join(other, "ethos.db")

    def put_in_place(self, new):
        """rm ethos.db*; mv NEW ethos.db"""
        for name in glob.glob(os.path.join(self.data, "ethos.db*")):
            os.remove(name)
        os.rename(new, os.path.join(self.data, "ethos.db"))

    def summaries(self):
        return [str(call[2][3]) for call in self.notifications()]

    def assert_follows_new_database(self, before=()):
        before = list(before)
        self.assertTrue(wait_for(lambda: len(self.notifications()) > len(before), timeout=15))
        self.assertEqual(self.summaries(), before + ["DBS recheck due in 30 days"])
        # The new file is watched: a reminder the CLI adds to it now is shown at once.
        self.cli("reminders", "add", "--title", "ICO fee", "--due", "2026-12-22",
                 "--kind", "ico", "--lead", "30")
        self.assertTrue(wait_for(lambda: len(self.notifications()) == len(before) + 2))
        self.assertEqual(self.summaries(),
                         before + ["DBS recheck due in 30 days", "ICO fee due in 30 days"])
        self.assertIsNone(self.notifier.poll())

    def test_database_renamed_over(self):
        # A notification from the first database, whose Done would act on its reminder.
        self.cli("reminders", "add", "--title", "Supervision contract", "--due", "2026-12-22",
                 "--kind", "custom", "--lead", "30")
        self.assertTrue(wait_for(self.notifications))
        first = self.notifications()[0][2][3]

        self.put_in_place(self.another_database())
        self.assert_follows_new_database(before=[first])
        self.assertTrue(self.logged("Notifying from the database now at"))
        # The first database's notification is taken away with it.
        closed = [call for call in self.mock.GetCalls() if call[1] == "CloseNotification"]
        self.assertEqual([int(call[2][0]) for call in closed], [1])
        self.stop_notifier()

    def test_data_folder_removed(self):
        shutil.rmtree(self.data)
        gone = "The database at %s is gone" % os.path.join(self.data, "ethos.db")
        self.assertTrue(wait_for(lambda: self.logged(gone)))
        time.sleep(1.5)
        # Still running, said once, and no empty database made in the folder's place.
        self.assertIsNone(self.notifier.poll())
        with open(self.log) as log:
            self.assertEqual(log.read().count(gone), 1)
        self.assertFalse(os.path.exists(self.data))
        self.assertEqual(len(self.notifications()), 0)

        new = self.another_database()
        os.mkdir(self.data, 0o700)
        os.rename(new, os.path.join(self.data, "ethos.db"))
        self.assert_follows_new_database()
        self.stop_notifier()

    def test_file_it_cannot_open(self):
        """A file that is not an Ethos database: the store's reason, said once; the file is left
        as it is, and a database put in its place afterwards is notified from."""
        junk = os.path.join(self.dir, "junk.db")
        with open(junk, "wb") as f:
            f.write(b"not a database, " * 1024)
        self.put_in_place(junk)
        said = "%s is not an Ethos database, or it is damaged" % os.path.join(self.data,
                                                                               "ethos.db")
        self.assertTrue(wait_for(lambda: self.logged(said)))
        # Touched again: looked at again, and said no second time.
        os.utime(os.path.join(self.data, "ethos.db"))
        time.sleep(1.5)
        with open(self.log) as log:
            self.assertEqual(log.read().count(said), 1)
        with open(os.path.join(self.data, "ethos.db"), "rb") as f:
            self.assertEqual(f.read(), b"not a database, " * 1024)
        self.assertIsNone(self.notifier.poll())

        self.put_in_place(self.another_database())
        self.assert_follows_new_database()
        self.stop_notifier()


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout, verbosity=2))
