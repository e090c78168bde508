/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-core"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-offdisk.h"

/* The rule for copies off this disk (issue 19) and how it is said, for the window, the CLI and
 * the notifier alike: a dead or lost disk takes the backups beside the diary with it, so a copy
 * elsewhere matters, and one that has not been brought up to date for more than a week is warned
 * about, as is a place set where no copy has ever been made. Time is given, never read. */

static void
local_date (GDateTime *time, GTimeZone *zone, GDate *date)
{
  g_autoptr (GDateTime) local = g_date_time_to_timezone (time, zone);

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
}

/* When @last_copy was made, seen from @now: "today", "yesterday" or "on 3 March 2031". */
static char *
say_when (GDateTime *last_copy, GDateTime *now)
{
  GTimeZone *zone = g_date_time_get_timezone (now);
  GDate made, today;
  int days;

  local_date (last_copy, zone, &made);
  local_date (now, zone, &today);
  days = g_date_days_between (&made, &today);
  if (days <= 0)
    return g_strdup (C_ ("copy made", "today"));
  if (days == 1)
    return g_strdup (C_ ("copy made", "yesterday"));
  {
    g_autofree char *date = ethos_date_format (&made, ETHOS_DATE_LONG);

    /* Translators: when a copy was made: "on 3 March 2031". */
    return g_strdup_printf (C_ ("copy made", "on %s"), date);
  }
}

/* Where the copies off this disk stand, from the place set for them (@destination, NULL when
 * none is), when the newest copy there was made (@last_copy, NULL when none has been) and @now.
 * @sentence (if not NULL) gets it said, in one sentence that names the place. A copy dated after
 * @now (a clock set back) counts as made now. */
EthosOffdiskState
ethos_offdisk_judge (const char *destination, GDateTime *last_copy, GDateTime *now,
                     char **sentence)
{
  EthosOffdiskState state;
  g_autofree char *said = NULL;

  g_return_val_if_fail (now != NULL, ETHOS_OFFDISK_NOT_SET);

  if (destination == NULL)
    {
      state = ETHOS_OFFDISK_NOT_SET;
      said = g_strdup (_("Backups are kept on this disk only: choose a USB drive, or a folder "
                         "your cloud client syncs, for a copy off it."));
    }
  else if (last_copy == NULL)
    {
      state = ETHOS_OFFDISK_NEVER;
      said = g_strdup_printf (_("No copy has been made in %s yet: plug in the drive, or make "
                                "the folder, and Ethos copies the day’s backup there."),
                              destination);
    }
  else
    {
      g_autofree char *when = say_when (last_copy, now);

      if (g_date_time_difference (now, last_copy) > ETHOS_OFFDISK_STALE_DAYS * G_TIME_SPAN_DAY)
        {
          state = ETHOS_OFFDISK_STALE;
          /* Translators: the first %s is when ("on 3 March 2031"), the second a folder. */
          said = g_strdup_printf (_("The last copy off this disk was made %s, more than a week "
                                    "ago: plug in the drive with %s so that Ethos can bring it "
                                    "up to date."),
                                  when, destination);
        }
      else
        {
          state = ETHOS_OFFDISK_RECENT;
          /* Translators: the first %s is when ("today", "on 3 March 2031"), the second a
           * folder. */
          said = g_strdup_printf (_("The last copy off this disk was made %s, in %s."), when,
                                  destination);
        }
    }
  if (sentence != NULL)
    *sentence = g_steal_pointer (&said);
  return state;
}

/* Whether @state should be shown as a warning: a place is set and its copy is missing or old. */
gboolean
ethos_offdisk_state_is_warning (EthosOffdiskState state)
{
  return state == ETHOS_OFFDISK_NEVER || state == ETHOS_OFFDISK_STALE;
}

/* Whether the folder @destination is on the drive mounted at @mount_path (the mount point itself
 * or a folder under it): a mount that appears with it is the drive to copy to. */
gboolean
ethos_offdisk_mount_holds (const char *mount_path, const char *destination)
{
  g_autofree char *mount = NULL;
  g_autofree char *dest = NULL;
  g_autofree char *inside = NULL;

  if (mount_path == NULL || destination == NULL || !g_path_is_absolute (mount_path)
      || !g_path_is_absolute (destination))
    return FALSE;
  mount = g_canonicalize_filename (mount_path, NULL);
  dest = g_canonicalize_filename (destination, NULL);
  inside = g_str_has_suffix (mount, G_DIR_SEPARATOR_S)
             ? g_strdup (mount)
             : g_strconcat (mount, G_DIR_SEPARATOR_S, NULL);
  return g_str_equal (mount, dest) || g_str_has_prefix (dest, inside);
}

/* What became of the unencrypted copies in @destination when encryption was turned on: @removed
 * of them replaced by an encrypted copy, or, the place not @there (a drive unplugged), left
 * until the next copy there. NULL when there is nothing to say. */
char *
ethos_offdisk_plain_copies_sentence (const char *destination, gboolean there, guint removed)
{
  g_return_val_if_fail (destination != NULL, NULL);

  if (!there)
    return g_strdup_printf (_("%s is not there now, so the unencrypted copies made there before "
                              "are still there: the next copy made there replaces them."),
                            destination);
  if (removed == 0)
    return NULL;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u unencrypted copy in %s was replaced by an encrypted "
                                       "one.",
                                       "%u unencrypted copies in %s were replaced by an "
                                       "encrypted one.",
                                       removed),
                          removed, destination);
}
