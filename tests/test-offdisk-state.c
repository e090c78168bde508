/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-offdisk-state"

#include "config.h"

#include <string.h>

#include "ethos-core-enums.h"
#include "ethos-enum.h"
#include "ethos-offdisk.h"

/* Where the copies off this disk stand (issue 19): the rule and its sentence, from fixed nows.
 * A copy more than a week old, or none made where a place is set, is a warning; the sentence
 * says when the last one was made and where. */

static const char stick[] = "/media/ann/STICK/ethos";

static GDateTime *
at (int day, int hour, int minute)
{
  return g_date_time_new_local (2031, 3, day, hour, minute, 0);
}

static EthosOffdiskState
judge (const char *dest, GDateTime *last, GDateTime *now, char **sentence)
{
  return ethos_offdisk_judge (dest, last, now, sentence);
}

static void
test_not_set (void)
{
  g_autoptr (GDateTime) now = at (20, 9, 0);
  g_autoptr (GDateTime) last = at (1, 9, 0);
  g_autofree char *said = NULL;

  /* No place set: said, but no warning, whatever copies were made before. */
  g_assert_cmpint (judge (NULL, last, now, &said), ==, ETHOS_OFFDISK_NOT_SET);
  g_assert_false (ethos_offdisk_state_is_warning (ETHOS_OFFDISK_NOT_SET));
  g_assert_nonnull (strstr (said, "this disk only"));
  g_assert_cmpstr (ethos_enum_to_nick (ETHOS_TYPE_OFFDISK_STATE, ETHOS_OFFDISK_NOT_SET), ==,
                   "not-set");
}

static void
test_never (void)
{
  g_autoptr (GDateTime) now = at (20, 9, 0);
  g_autofree char *said = NULL;

  g_assert_cmpint (judge (stick, NULL, now, &said), ==, ETHOS_OFFDISK_NEVER);
  g_assert_true (ethos_offdisk_state_is_warning (ETHOS_OFFDISK_NEVER));
  g_assert_cmpstr (said, ==, "No copy has been made in /media/ann/STICK/ethos yet: plug in the "
                             "drive, or make the folder, and Ethos copies the day’s backup there.");
}

/* Today, yesterday, a date; at seven days to the minute still recent, a minute later stale. */
static void
test_ages (void)
{
  g_autoptr (GDateTime) now = at (20, 9, 0);
  struct
  {
    int day, hour, minute;
    EthosOffdiskState state;
    const char *said;
  } cases[] = {
    { 20, 8, 59, ETHOS_OFFDISK_RECENT,
      "The last copy off this disk was made today, in /media/ann/STICK/ethos." },
    { 20, 0, 1, ETHOS_OFFDISK_RECENT,
      "The last copy off this disk was made today, in /media/ann/STICK/ethos." },
    { 19, 23, 59, ETHOS_OFFDISK_RECENT,
      "The last copy off this disk was made yesterday, in /media/ann/STICK/ethos." },
    { 15, 12, 0, ETHOS_OFFDISK_RECENT,
      "The last copy off this disk was made on 15 March 2031, in /media/ann/STICK/ethos." },
    { 13, 9, 0, ETHOS_OFFDISK_RECENT,
      "The last copy off this disk was made on 13 March 2031, in /media/ann/STICK/ethos." },
    { 13, 8, 59, ETHOS_OFFDISK_STALE,
      "The last copy off this disk was made on 13 March 2031, more than a week ago: plug in the "
      "drive with /media/ann/STICK/ethos so that Ethos can bring it up to date." },
    { 1, 9, 0, ETHOS_OFFDISK_STALE,
      "The last copy off this disk was made on 1 March 2031, more than a week ago: plug in the "
      "drive with /media/ann/STICK/ethos so that Ethos can bring it up to date." },
    /* A clock set back: a copy "from the future" is counted as made now. */
    { 22, 9, 0, ETHOS_OFFDISK_RECENT,
      "The last copy off this disk was made today, in /media/ann/STICK/ethos." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GDateTime) last = at (cases[i].day, cases[i].hour, cases[i].minute);
      g_autofree char *said = NULL;

      g_assert_cmpint (judge (stick, last, now, &said), ==, cases[i].state);
      g_assert_cmpstr (said, ==, cases[i].said);
    }
  g_assert_false (ethos_offdisk_state_is_warning (ETHOS_OFFDISK_RECENT));
  g_assert_true (ethos_offdisk_state_is_warning (ETHOS_OFFDISK_STALE));
  g_assert_cmpstr (ethos_enum_to_nick (ETHOS_TYPE_OFFDISK_STATE, ETHOS_OFFDISK_STALE), ==,
                   "stale");
}

/* A copy made at 23:30 on the 12th in UTC, read at a now in London summer time (the 13th,
 * 00:30 there): it is said by the day where the practitioner is. */
static void
test_local_day (void)
{
  g_autoptr (GTimeZone) london = g_time_zone_new_identifier ("Europe/London");
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (GDateTime) last = g_date_time_new (utc, 2031, 6, 12, 23, 30, 0);
  g_autoptr (GDateTime) now = g_date_time_new (london, 2031, 6, 13, 9, 0, 0);
  g_autofree char *said = NULL;

  g_assert_cmpint (judge (stick, last, now, &said), ==, ETHOS_OFFDISK_RECENT);
  g_assert_cmpstr (said, ==, "The last copy off this disk was made today, in /media/ann/STICK/ethos.");
}

/* Which mount is the drive: the mount point or a folder under it, not a name that merely
 * begins the same. */
static void
test_mount_holds (void)
{
  g_assert_true (ethos_offdisk_mount_holds ("/media/ann/STICK", stick));
  g_assert_true (ethos_offdisk_mount_holds ("/media/ann/STICK/", stick));
  g_assert_true (ethos_offdisk_mount_holds ("/media/ann/STICK/ethos", stick));
  g_assert_true (ethos_offdisk_mount_holds ("/media/ann/STICK", "/media/ann/STICK/./ethos/"));
  g_assert_false (ethos_offdisk_mount_holds ("/media/ann/STICK2", stick));
  g_assert_false (ethos_offdisk_mount_holds ("/media/ann/STI", stick));
  g_assert_false (ethos_offdisk_mount_holds ("/media/ann/STICK/ethos/old", stick));
  g_assert_false (ethos_offdisk_mount_holds ("/media/bob/DISK", stick));
  g_assert_false (ethos_offdisk_mount_holds (NULL, stick));
  g_assert_false (ethos_offdisk_mount_holds ("/media/ann/STICK", NULL));
  g_assert_false (ethos_offdisk_mount_holds ("media/ann/STICK", stick));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/offdisk-state/not-set", test_not_set);
  g_test_add_func ("/offdisk-state/never", test_never);
  g_test_add_func ("/offdisk-state/ages", test_ages);
  g_test_add_func ("/offdisk-state/local-day", test_local_day);
  g_test_add_func ("/offdisk-state/mount-holds", test_mount_holds);

  return g_test_run ();
}
