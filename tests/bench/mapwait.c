/* SPDX-License-Identifier: GPL-3.0-or-later */

/* mapwait: start a program and print how long it took, in milliseconds, from exec to its first
 * top-level window mapped on the X server. With --rss-after MS it then waits MS milliseconds and
 * prints the program's resident memory and its peak, in kB. The program is stopped afterwards.
 *
 *   mapwait [--timeout MS] [--rss-after MS] PROGRAM [ARG…]
 *
 * Prints "startup_ms N" (and "rss_kb N", "peak_rss_kb N"); exits 1 when no window appears in time
 * or the program ends first, 2 on bad usage. The benchmark harness (run-bench.py) calls it. */

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <X11/Xlib.h>

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static long
status_kb (pid_t pid, const char *key)
{
  char path[64], line[256];
  size_t len = strlen (key);
  long value = -1;
  FILE *file;

  snprintf (path, sizeof path, "/proc/%d/status", (int) pid);
  if ((file = fopen (path, "r")) == NULL)
    return -1;
  while (fgets (line, sizeof line, file) != NULL)
    if (strncmp (line, key, len) == 0 && line[len] == ':')
      value = strtol (line + len + 1, NULL, 10);
  fclose (file);
  return value;
}

static void
stop (pid_t pid)
{
  kill (pid, SIGTERM);
  for (int i = 0; i < 40; i++)
    {
      if (waitpid (pid, NULL, WNOHANG) == pid)
        return;
      usleep (50 * 1000);
    }
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
}

/* A window of the program's own, not a 1×1 helper or a menu. */
static int
is_top_level (Display *display, XMapEvent *map)
{
  XWindowAttributes attributes;

  if (map->override_redirect)
    return 0;
  if (!XGetWindowAttributes (display, map->window, &attributes))
    return 0;
  return attributes.width > 10 && attributes.height > 10;
}

int
main (int argc, char **argv)
{
  long timeout_ms = 30000, rss_after_ms = -1;
  Display *display;
  double start, mapped = -1;
  pid_t pid;
  int i = 1;

  for (; i + 1 < argc && strncmp (argv[i], "--", 2) == 0; i += 2)
    {
      if (strcmp (argv[i], "--timeout") == 0)
        timeout_ms = atol (argv[i + 1]);
      else if (strcmp (argv[i], "--rss-after") == 0)
        rss_after_ms = atol (argv[i + 1]);
      else
        break;
    }
  if (i >= argc || strncmp (argv[i], "--", 2) == 0 || timeout_ms <= 0)
    {
      fprintf (stderr, "usage: mapwait [--timeout MS] [--rss-after MS] PROGRAM [ARG…]\n");
      return 2;
    }
  if ((display = XOpenDisplay (NULL)) == NULL)
    {
      fprintf (stderr, "mapwait: cannot open the X display\n");
      return 1;
    }
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, False);

  start = now_ms ();
  if ((pid = fork ()) == 0)
    {
      execvp (argv[i], argv + i);
      fprintf (stderr, "mapwait: %s: %s\n", argv[i], strerror (errno));
      _exit (127);
    }
  if (pid < 0)
    {
      fprintf (stderr, "mapwait: fork: %s\n", strerror (errno));
      return 1;
    }

  while (mapped < 0)
    {
      struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };
      double left = start + timeout_ms - now_ms ();

      while (XPending (display) > 0)
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify && is_top_level (display, &event.xmap))
            {
              mapped = now_ms ();
              break;
            }
        }
      if (mapped >= 0)
        break;
      if (left <= 0 || waitpid (pid, NULL, WNOHANG) == pid)
        {
          fprintf (stderr, "mapwait: %s showed no window\n", argv[i]);
          stop (pid);
          return 1;
        }
      poll (&fd, 1, left < 100 ? (int) left + 1 : 100);
    }
  printf ("startup_ms %.1f\n", mapped - start);

  if (rss_after_ms >= 0)
    {
      usleep (rss_after_ms * 1000);
      printf ("rss_kb %ld\npeak_rss_kb %ld\n", status_kb (pid, "VmRSS"), status_kb (pid, "VmHWM"));
    }
  fflush (stdout);
  stop (pid);
  XCloseDisplay (display);
  return 0;
}
