/* SPDX-License-Identifier: GPL-3.0-or-later */

/* bench-interaction: how long a key takes to reach the screen, measured from outside the program,
 * as a person sees it: the key is pressed through XTest and the repaints are watched through
 * XDamage on the root window, whose pixels are read back, so that a repaint that changes nothing
 * can be told from one that does.
 *
 *   bench-interaction [--rounds N] [--settle MS] [--window MS] [--after MS] [--trace 1|2]
 *                     [--content-top PX] STEPS_FILE PROGRAM [ARG…]
 *
 * It starts PROGRAM, waits for its first top-level window and for the screen to be still, gives
 * that window the keyboard, then runs STEPS_FILE, one step a line:
 *
 *   press KEY…               presses each key (as "ctrl+3", "a", "BackSpace"), then waits until
 *                            the screen is still; nothing is measured
 *   sleep MS                 waits
 *   resize WIDTH HEIGHT      gives the program's window that size (no window manager here), then
 *                            waits until the screen is still: two programs compared at one size
 *                            draw as many pixels a frame
 *   measure LABEL=KEY…       N rounds of pressing each KEY in turn, each measured, and reported
 *                            under its LABEL (a LABEL of "-" is pressed but not reported)
 *
 * For each key measured, from the moment it is sent:
 *   first    the first repaint;
 *   drawn    the last repaint that changed a pixel (the screen as it is left);
 *   still    the last repaint, after which the screen was still for the settle time (300 ms);
 *   idle     the repaints that changed no pixel within the window (1 s) after "drawn": work
 *            nobody sees;
 *   late     the repaints within the window (1 s) after the key's work should have been on
 *            screen: --after MS (for a page switch, when the bare view switcher is done), or
 *            else the first pause of 100 ms.
 * It prints one line per label, the medians over the rounds:
 *
 *   LABEL first MS drawn MS still MS idle N late N idle_max N
 *
 * (idle_max: the most idle repaints of any round, for a floor that ends some rounds with more
 * frames that change nothing than others; content: the first repaint that changed pixels below
 * the window's header bar, --content-top MS pixels from its top (60): a letter typed, where a
 * first repaint may be only the title's "modified" mark)
 *
 * (--trace 1 also writes each key's repaints on stderr, in ms, "=" marking those that changed
 * nothing; --trace 2 adds where the pixels changed) and exits 1 when the program does not start or a step fails, 2 on bad usage. The program is
 * stopped at the end. Keys are never sent before the screen has been still for the settle time,
 * so that each key's repaints are its own. The benchmark harness (run-bench.py) calls it. */

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
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/extensions/Xdamage.h>
#include <X11/extensions/Xfixes.h>

#define MAX_KEYS 16
#define MAX_ROUNDS 64
#define MAX_EVENTS 4096
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

typedef struct
{
  Display *display;
  Window   root;
  Damage   damage;
  int      damage_event;
  int      width, height;
  XImage  *shadow; /* the root window's pixels as last read */
  double   settle_ms, window_ms;
  double   after_ms;  /* when a key's work should be on screen, for "late"; < 0: not given */
  int      trace;    /* each key's repaints on stderr */
  Window   window;   /* the program's top-level window */
  int      content_y; /* where the window's content begins, under its header bar (root) */
} Watcher;

typedef struct
{
  double time;    /* ms after the key */
  int    changed; /* whether any pixel changed */
  int    x, y, width, height; /* the pixels that changed, bounded */
} Repaint;

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
sleep_ms (double ms)
{
  struct timespec ts = { (time_t) (ms / 1000), (long) (ms * 1e6) % 1000000000L };

  while (nanosleep (&ts, &ts) != 0 && errno == EINTR)
    ;
}

/* Reads @rect back and compares it with the shadow copy, which it then updates: whether any
 * pixel changed, and if so where (@changed grows to bound them). */
static int
read_back (Watcher *w, const XRectangle *rect, XRectangle *changed)
{
  int bytes = w->shadow->bits_per_pixel / 8, any = 0;
  XImage *image;

  if (rect->width == 0 || rect->height == 0)
    return 0;
  image = XGetImage (w->display, w->root, rect->x, rect->y, rect->width, rect->height, AllPlanes,
                     ZPixmap);
  if (image == NULL)
    return 1;
  for (int y = 0; y < rect->height; y++)
    {
      unsigned char *fresh = (unsigned char *) image->data + (size_t) y * image->bytes_per_line;
      unsigned char *old = (unsigned char *) w->shadow->data
                           + (size_t) (rect->y + y) * w->shadow->bytes_per_line
                           + (size_t) rect->x * bytes;
      size_t len = (size_t) rect->width * bytes, a = 0, b = len;

      if (memcmp (fresh, old, len) == 0)
        continue;
      while (fresh[a] == old[a])
        a++;
      while (fresh[b - 1] == old[b - 1])
        b--;
      memcpy (old, fresh, len);
      {
        int x0 = rect->x + (int) (a / bytes), x1 = rect->x + (int) ((b + bytes - 1) / bytes);
        int y0 = rect->y + y;

        if (!any && changed->width == 0)
          *changed = (XRectangle) { x0, y0, x1 - x0, 1 };
        else
          {
            int cx1 = MAX (changed->x + changed->width, x1);
            int cy1 = MAX (changed->y + changed->height, y0 + 1);

            changed->x = MIN (changed->x, x0);
            changed->y = MIN (changed->y, y0);
            changed->width = cx1 - changed->x;
            changed->height = cy1 - changed->y;
          }
      }
      any = 1;
    }
  XDestroyImage (image);
  return any;
}

/* Takes the damage reported so far into @repaint: whether it changed any pixel, and where. */
static void
take_damage (Watcher *w, Repaint *repaint)
{
  XserverRegion region = XFixesCreateRegion (w->display, NULL, 0);
  XRectangle *rects, changed = { 0, 0, 0, 0 };
  int n = 0;

  XDamageSubtract (w->display, w->damage, None, region);
  rects = XFixesFetchRegion (w->display, region, &n);
  repaint->changed = 0;
  for (int i = 0; i < n; i++)
    repaint->changed |= read_back (w, &rects[i], &changed);
  repaint->x = changed.x;
  repaint->y = changed.y;
  repaint->width = changed.width;
  repaint->height = changed.height;
  if (rects != NULL)
    XFree (rects);
  XFixesDestroyRegion (w->display, region);
}

/* Watches repaints from @start (a now_ms() time) until the screen has been still for the settle
 * time and at least @at_least ms have passed, or @limit ms. Returns how many it saw. */
static int
watch (Watcher *w, double start, double at_least, double limit, Repaint *out, int max)
{
  double last = start;
  int n = 0;

  for (;;)
    {
      double t;

      while (XPending (w->display))
        {
          XEvent event;

          XNextEvent (w->display, &event);
          if (event.type == w->damage_event + XDamageNotify)
            {
              double seen = now_ms ();
              Repaint repaint = { 0 };

              take_damage (w, &repaint);
              repaint.time = seen - start;
              if (n < max)
                out[n++] = repaint;
              last = seen;
            }
        }
      t = now_ms ();
      if ((t - last >= w->settle_ms && t - start >= at_least) || t - start >= limit)
        return n;
      struct pollfd fd = { ConnectionNumber (w->display), POLLIN, 0 };
      poll (&fd, 1, 2);
    }
}

static void
wait_still (Watcher *w, double limit)
{
  static Repaint scratch[MAX_EVENTS];

  watch (w, now_ms (), 0, limit, scratch, MAX_EVENTS);
}

static int
press (Display *display, const char *spec)
{
  char buffer[128];
  KeyCode codes[8];
  int n = 0;

  snprintf (buffer, sizeof buffer, "%s", spec);
  for (char *save = NULL, *token = strtok_r (buffer, "+", &save); token != NULL && n < 8;
       token = strtok_r (NULL, "+", &save))
    {
      const char *name = strcmp (token, "ctrl") == 0    ? "Control_L"
                         : strcmp (token, "shift") == 0 ? "Shift_L"
                         : strcmp (token, "alt") == 0   ? "Alt_L"
                                                        : token;
      KeySym sym = XStringToKeysym (name);

      if (sym == NoSymbol || (codes[n] = XKeysymToKeycode (display, sym)) == 0)
        {
          fprintf (stderr, "bench-interaction: unknown key “%s”\n", token);
          return 0;
        }
      n++;
    }
  for (int i = 0; i < n; i++)
    XTestFakeKeyEvent (display, codes[i], True, CurrentTime);
  for (int i = n - 1; i >= 0; i--)
    XTestFakeKeyEvent (display, codes[i], False, CurrentTime);
  XFlush (display);
  return 1;
}

static int
compare (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values, int n)
{
  if (n == 0)
    return -1;
  qsort (values, n, sizeof *values, compare);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* The figures of one key's repaints, which were watched until the screen had been still for
 * the settle time. */
static void
judge (const Watcher *w, const Repaint *repaints, int n, double *first, double *drawn,
       double *still, double *idle, double *late, double *content)
{
  double settled = w->after_ms;
  int last_change = -1;

  *first = n > 0 ? repaints[0].time : -1;
  *content = -1;
  for (int i = 0; i < n && *content < 0; i++)
    if (repaints[i].changed && repaints[i].y + repaints[i].height > w->content_y)
      *content = repaints[i].time;
  *still = n > 0 ? repaints[n - 1].time : -1;
  for (int i = 0; i < n; i++)
    if (repaints[i].changed)
      last_change = i;
  *drawn = last_change >= 0 ? repaints[last_change].time : -1;
  *idle = 0;
  for (int i = last_change + 1; i < n; i++)
    if (last_change < 0 || repaints[i].time - *drawn <= w->window_ms)
      (*idle)++;
  /* Without --after, the page is taken as drawn at the first pause of 100 ms. */
  for (int i = 0; settled < 0 && i < n; i++)
    if (i == n - 1 || repaints[i + 1].time - repaints[i].time >= 100)
      settled = repaints[i].time;
  *late = 0;
  for (int i = 0; i < n; i++)
    if (repaints[i].time > settled && repaints[i].time <= settled + w->window_ms)
      (*late)++;
  if (w->trace)
    {
      for (int i = 0; i < n; i++)
        fprintf (stderr, w->trace > 1 ? " %.0f%s[%dx%d+%d+%d]" : " %.0f%s", repaints[i].time,
                 repaints[i].changed ? "" : "=", repaints[i].width, repaints[i].height,
                 repaints[i].x, repaints[i].y);
      fprintf (stderr, "\n");
    }
}

static int
measure (Watcher *w, int rounds, char **specs, int n_specs)
{
  static Repaint repaints[MAX_EVENTS];
  static double figures[MAX_KEYS][6][MAX_ROUNDS];
  const char *keys[MAX_KEYS];
  char labels[MAX_KEYS][64];

  if (n_specs > MAX_KEYS)
    n_specs = MAX_KEYS;
  for (int k = 0; k < n_specs; k++)
    {
      char *equals = strchr (specs[k], '=');

      if (equals == NULL)
        {
          fprintf (stderr, "bench-interaction: “%s” is not LABEL=KEY\n", specs[k]);
          return 0;
        }
      snprintf (labels[k], sizeof labels[k], "%.*s", (int) (equals - specs[k]), specs[k]);
      keys[k] = equals + 1;
    }
  for (int r = 0; r < rounds; r++)
    for (int k = 0; k < n_specs; k++)
      {
        double start;
        int n;

        wait_still (w, 10000);
        start = now_ms ();
        if (w->trace)
          fprintf (stderr, "%s:", labels[k]);
        if (!press (w->display, keys[k]))
          return 0;
        n = watch (w, start, w->window_ms + w->settle_ms, 10000, repaints, MAX_EVENTS);
        judge (w, repaints, n, &figures[k][0][r], &figures[k][1][r], &figures[k][2][r],
               &figures[k][3][r], &figures[k][4][r], &figures[k][5][r]);
      }
  for (int k = 0; k < n_specs; k++)
    if (strcmp (labels[k], "-") != 0)
      {
        double idle_max = 0;

        for (int r = 0; r < rounds; r++)
          idle_max = MAX (idle_max, figures[k][3][r]);
        printf ("%s first %.1f drawn %.1f still %.1f idle %.1f late %.1f idle_max %.1f "
                "content %.1f\n",
                labels[k], median (figures[k][0], rounds), median (figures[k][1], rounds),
                median (figures[k][2], rounds), median (figures[k][3], rounds),
                median (figures[k][4], rounds), idle_max, median (figures[k][5], rounds));
      }
  fflush (stdout);
  return 1;
}

/* Runs one line of the steps file. */
static int
step (Watcher *w, int rounds, char *line)
{
  char *words[MAX_KEYS + 2];
  int n = 0;

  for (char *save = NULL, *word = strtok_r (line, " \t\n", &save); word != NULL && n < MAX_KEYS + 2;
       word = strtok_r (NULL, " \t\n", &save))
    words[n++] = word;
  if (n == 0 || words[0][0] == '#')
    return 1;
  if (strcmp (words[0], "press") == 0)
    {
      for (int i = 1; i < n; i++)
        {
          if (!press (w->display, words[i]))
            return 0;
          wait_still (w, 10000);
        }
      return 1;
    }
  if (strcmp (words[0], "resize") == 0 && n == 3 && atoi (words[1]) > 0 && atoi (words[2]) > 0)
    {
      XResizeWindow (w->display, w->window, atoi (words[1]), atoi (words[2]));
      XSync (w->display, False);
      sleep_ms (500);
      wait_still (w, 20000);
      return 1;
    }
  if (strcmp (words[0], "sleep") == 0 && n == 2)
    {
      sleep_ms (atof (words[1]));
      return 1;
    }
  if (strcmp (words[0], "measure") == 0 && n > 1)
    return measure (w, rounds, words + 1, n - 1);
  fprintf (stderr, "bench-interaction: cannot read the step “%s”\n", words[0]);
  return 0;
}

/* Starts @argv and waits for its first top-level window; 0 when none comes. */
static Window
start (Display *display, char **argv, pid_t *pid)
{
  double begun;

  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, False);
  if ((*pid = fork ()) == 0)
    {
      execvp (argv[0], argv);
      _exit (127);
    }
  begun = now_ms ();
  while (now_ms () - begun < 30000)
    {
      while (XPending (display))
        {
          XEvent event;
          XWindowAttributes attributes;

          XNextEvent (display, &event);
          if (event.type == MapNotify && !event.xmap.override_redirect
              && XGetWindowAttributes (display, event.xmap.window, &attributes)
              && attributes.width > 10 && attributes.height > 10)
            return event.xmap.window;
        }
      if (waitpid (*pid, NULL, WNOHANG) == *pid)
        return 0;
      struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };
      poll (&fd, 1, 20);
    }
  return 0;
}

static void
stop (pid_t pid)
{
  kill (pid, SIGTERM);
  for (int i = 0; i < 40; i++)
    {
      if (waitpid (pid, NULL, WNOHANG) == pid)
        return;
      sleep_ms (50);
    }
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
}

static int
usage (void)
{
  fprintf (stderr, "usage: bench-interaction [--rounds N] [--settle MS] [--window MS] [--after MS] "
                   "[--trace 1|2] [--content-top PX] STEPS_FILE PROGRAM [ARG…]\n");
  return 2;
}

int
main (int argc, char **argv)
{
  Watcher w = { .settle_ms = 300, .window_ms = 1000, .after_ms = -1 };
  int content_top = 60;
  int rounds = 5, event_base, error_base, major = 2, minor = 0, ok = 1, i;
  char line[1024];
  Window window;
  FILE *steps;
  pid_t pid;

  for (i = 1; i + 1 < argc && strncmp (argv[i], "--", 2) == 0; i += 2)
    {
      if (strcmp (argv[i], "--rounds") == 0)
        rounds = atoi (argv[i + 1]);
      else if (strcmp (argv[i], "--settle") == 0)
        w.settle_ms = atof (argv[i + 1]);
      else if (strcmp (argv[i], "--after") == 0)
        w.after_ms = atof (argv[i + 1]);
      else if (strcmp (argv[i], "--trace") == 0)
        w.trace = atoi (argv[i + 1]);
      else if (strcmp (argv[i], "--window") == 0)
        w.window_ms = atof (argv[i + 1]);
      else if (strcmp (argv[i], "--content-top") == 0)
        content_top = atoi (argv[i + 1]);
      else
        return usage ();
    }
  if (argc - i < 2 || rounds < 1 || rounds > MAX_ROUNDS || w.settle_ms <= 0)
    return usage ();
  if ((steps = fopen (argv[i], "r")) == NULL)
    {
      fprintf (stderr, "bench-interaction: %s: %s\n", argv[i], strerror (errno));
      return 2;
    }
  if ((w.display = XOpenDisplay (NULL)) == NULL)
    {
      fprintf (stderr, "bench-interaction: cannot open the display\n");
      return 1;
    }
  if (!XDamageQueryExtension (w.display, &w.damage_event, &error_base)
      || !XFixesQueryExtension (w.display, &event_base, &error_base)
      || !XFixesQueryVersion (w.display, &major, &minor)
      || !XTestQueryExtension (w.display, &event_base, &error_base, &major, &minor))
    {
      fprintf (stderr, "bench-interaction: the X server lacks XDamage, XFixes or XTest\n");
      return 1;
    }
  w.root = DefaultRootWindow (w.display);
  w.width = DisplayWidth (w.display, DefaultScreen (w.display));
  w.height = DisplayHeight (w.display, DefaultScreen (w.display));
  if ((window = w.window = start (w.display, argv + i + 1, &pid)) == 0)
    {
      fprintf (stderr, "bench-interaction: %s showed no window\n", argv[i + 1]);
      return 1;
    }
  w.shadow = XGetImage (w.display, w.root, 0, 0, w.width, w.height, AllPlanes, ZPixmap);
  w.damage = XDamageCreate (w.display, w.root, XDamageReportNonEmpty);
  /* No window manager gives it the keyboard: it is given here, once it is on screen. The
   * pointer rests where a person's would, over the middle of the window, so that what a page
   * does under it (a hover, scroll bars shown while it moves) is counted. */
  sleep_ms (200);
  XSetInputFocus (w.display, window, RevertToPointerRoot, CurrentTime);
  {
    XWindowAttributes attributes;
    Window child;
    int x = w.width / 2, y = w.height / 2;

    if (XGetWindowAttributes (w.display, window, &attributes))
      XTranslateCoordinates (w.display, window, w.root, attributes.width / 2,
                             attributes.height / 2, &x, &y, &child);
    {
      int top_x, top_y;

      XTranslateCoordinates (w.display, window, w.root, 0, 0, &top_x, &top_y, &child);
      w.content_y = top_y + content_top;
    }
    XTestFakeMotionEvent (w.display, DefaultScreen (w.display), x, y, CurrentTime);
  }
  wait_still (&w, 20000);

  while (ok && fgets (line, sizeof line, steps) != NULL)
    ok = step (&w, rounds, line);
  fclose (steps);
  stop (pid);
  XCloseDisplay (w.display);
  return ok ? 0 : 1;
}
