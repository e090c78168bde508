# SPDX-License-Identifier: GPL-3.0-or-later
"""What the notifier's end-to-end tests share: a real notification server (python3-dbusmock's
notification_daemon) on a private session bus, a private system bus, a data folder of the
case's own, ethos-cli to fill it, and ethos-notifier run once or kept running under faketime."""

import os
import shutil
import subprocess
import tempfile
import time

import dbus
import dbusmock

CLI = os.environ["ETHOS_CLI"]
NOTIFIER = os.environ["ETHOS_NOTIFIER"]
ENV = dict(os.environ, TZ="Europe/London", LC_ALL="C.UTF-8")


def libfaketime():
    """libfaketime to preload directly, so that the notifier itself gets signals and the clock."""
    return subprocess.run(["sh", "-c", "ls /usr/lib/*/faketime/libfaketime.so.1"],
                          capture_output=True, text=True, check=True).stdout.split()[0]


def wait_for(predicate, timeout=10):
    deadline = time.monotonic() + timeout
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.1)
    return predicate()


class NotifierCase(dbusmock.DBusTestCase):
    @classmethod
    def setUpClass(cls):
        cls.start_session_bus()
        cls.start_system_bus()
        cls.dbus_con = cls.get_dbus(system_bus=False)

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="ethos-notifier-")
        self.data = os.path.join(self.dir, "data")
        self.env = dict(ENV, DBUS_SESSION_BUS_ADDRESS=os.environ["DBUS_SESSION_BUS_ADDRESS"],
                        DBUS_SYSTEM_BUS_ADDRESS=os.environ["DBUS_SYSTEM_BUS_ADDRESS"])

    def tearDown(self):
        for name in ("notifier", "logind", "server", "app"):
            process = getattr(self, name, None)
            if process:
                process.terminate()
                process.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)

    def start_server(self, capabilities=None):
        params = {"capabilities": capabilities} if capabilities else {}
        self.server, self.server_obj = self.spawn_server_template(
            "notification_daemon", params, stdout=subprocess.DEVNULL)
        self.mock = dbus.Interface(self.server_obj, dbusmock.MOCK_IFACE)

    def cli(self, *args):
        result = subprocess.run([CLI, "--data-dir", self.data, *args], env=self.env,
                                capture_output=True, text=True, check=True)
        return result.stdout.strip()

    def notifier_once(self, when):
        subprocess.run(["faketime", when, NOTIFIER, "--data-dir", self.data, "--once"],
                       env=self.env, check=True, timeout=30)

    def notifications(self):
        return [call for call in self.mock.GetCalls() if call[1] == "Notify"]

    def set_clock(self, when):
        """The running notifier's clock: @when, and on from there."""
        with open(self.clock, "w") as f:
            f.write("@%s\n" % when)

    def start_notifier(self, when, **env):
        """The long-running notifier, its clock at @when and read from a file (so that the test
        can move it on with set_clock() without setting the wall clock), its debug messages in
        self.log."""
        self.clock = os.path.join(self.dir, "clock")
        self.set_clock(when)
        self.log = os.path.join(self.dir, "notifier.log")
        env = dict(self.env, LD_PRELOAD=libfaketime(), FAKETIME_TIMESTAMP_FILE=self.clock,
                   FAKETIME_NO_CACHE="1", FAKETIME_DONT_FAKE_MONOTONIC="1",
                   G_MESSAGES_DEBUG="ethos-notifier", **env)
        with open(self.log, "w") as log:
            # GLib writes debug messages to stdout.
            self.notifier = subprocess.Popen([NOTIFIER, "--data-dir", self.data], env=env,
                                             stdout=log, stderr=subprocess.STDOUT)

    def logged(self, text):
        with open(self.log) as log:
            return text in log.read()

    def stop_notifier(self):
        self.notifier.terminate()
        self.notifier.wait(timeout=10)
        self.assertEqual(self.notifier.returncode, 0)
        self.notifier = None
