#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""ethos-notifier with an encrypted diary (issue 19): with its key in the keyring (a real
gnome-keyring-daemon on the test's private bus, unlocked with a test password) it notifies as
from a plain one, once and kept running; with a key only a passphrase unwraps, which it cannot ask
for, it says so once, keeps running, shows nothing and writes nothing."""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

from notifier_case import NOTIFIER, NotifierCase, wait_for

KEYRING_DAEMON = shutil.which("gnome-keyring-daemon")


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class NotifierEncryptedTest(NotifierCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.keyring_home = tempfile.mkdtemp(prefix="ethos-keyring-")
        run = os.path.join(cls.keyring_home, "run")
        os.mkdir(run, 0o700)
        env = dict(os.environ, HOME=cls.keyring_home, XDG_RUNTIME_DIR=run,
                   XDG_DATA_HOME=os.path.join(cls.keyring_home, "data"),
                   XDG_CONFIG_HOME=os.path.join(cls.keyring_home, "config"),
                   XDG_CACHE_HOME=os.path.join(cls.keyring_home, "cache"))
        out = subprocess.run([KEYRING_DAEMON, "--unlock", "--components=secrets"],
                             input="test password", env=env, capture_output=True, text=True,
                             check=True).stdout
        cls.keyring_pid = None
        for line in out.splitlines():
            if line.startswith("GNOME_KEYRING_PID="):
                cls.keyring_pid = int(line.split("=", 1)[1])

    @classmethod
    def tearDownClass(cls):
        if cls.keyring_pid:
            os.kill(cls.keyring_pid, 15)
        shutil.rmtree(cls.keyring_home, ignore_errors=True)
        super().tearDownClass()

    def setUp(self):
        super().setUp()
        self.start_server()
        self.db = os.path.join(self.data, "ethos.db")

    def assert_encrypted(self):
        with open(self.db, "rb") as f:
            self.assertNotEqual(f.read(16), b"SQLite format 3\0")

    def test_key_in_keyring(self):
        self.cli("reminders", "add", "--title", "DBS recheck", "--due", "2026-12-22",
                 "--kind", "dbs", "--lead", "30")
        self.cli("encryption", "enable")
        self.assert_encrypted()
        self.assertIn('"key_source" : "keyring"', self.cli("encryption", "status", "--json"))

        self.notifier_once("2026-11-22 09:30:00")
        self.assertEqual([str(call[2][3]) for call in self.notifications()],
                         ["DBS recheck due in 30 days"])

        # Kept running, it sees what the CLI writes to the encrypted diary.
        self.mock.ClearCalls()
        self.start_notifier("2026-11-22 09:30:00")
        self.assertTrue(wait_for(lambda: self.logged("logind is not running")))
        self.cli("reminders", "add", "--title", "ICO fee", "--due", "2026-12-22",
                 "--kind", "ico", "--lead", "30")
        self.assertTrue(wait_for(lambda: any(str(call[2][3]) == "ICO fee due in 30 days"
                                             for call in self.notifications())))
        self.assertIsNone(self.notifier.poll())
        self.stop_notifier()
        self.assert_encrypted()

    def test_passphrase_only(self):
        phrase = os.path.join(self.dir, "phrase")
        with open(phrase, "w") as f:
            f.write("correct horse battery staple\n")
        self.cli("reminders", "add", "--title", "DBS recheck", "--due", "2026-12-22",
                 "--kind", "dbs", "--lead", "30")
        self.cli("--passphrase-file", phrase, "encryption", "enable")
        self.assert_encrypted()
        before = digest(self.db)
        files = sorted(os.listdir(self.data))

        # Once: it cannot open the diary, and says why in one line.
        once = subprocess.run(["faketime", "2026-11-22 09:30:00", NOTIFIER, "--data-dir",
                               self.data, "--once"], env=self.env, capture_output=True,
                              text=True, timeout=30)
        self.assertEqual(once.returncode, 1)
        self.assertIn("encrypted with a passphrase", once.stderr)

        # Kept running: said once, still up, nothing shown, nothing written.
        self.start_notifier("2026-11-22 09:30:00")
        said = "The database at %s is encrypted and its key is not in the keyring" % self.db
        self.assertTrue(wait_for(lambda: self.logged(said)))
        os.utime(self.db)
        time.sleep(1.5)
        with open(self.log) as log:
            text = log.read()
        self.assertEqual(text.count(said), 1)
        self.assertNotIn("CRITICAL", text)
        self.assertIsNone(self.notifier.poll())
        self.assertEqual(self.notifications(), [])
        self.stop_notifier()
        self.assertEqual(digest(self.db), before)
        self.assertEqual(sorted(os.listdir(self.data)), files)


if __name__ == "__main__":
    if KEYRING_DAEMON is None:
        print("1..0 # SKIP no gnome-keyring-daemon")
        sys.exit(77)
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout, verbosity=2))
