/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-date.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-stages.h"
#include "ethos-rules-store.h"

/* ethos-cli profile set: the practitioner's name, bodies, membership numbers and classes, their
 * practice, the time reminders are shown and the start of each body's CPD period. Everything is
 * checked before anything is written. */

int
ethos_cli_profile_set (const EthosCliContext *ctx, int argc, char **argv)
{
  char *name = NULL;
  char *bodies = NULL;
  char **numbers = NULL;
  char **anchors = NULL;
  char *notify_at = NULL;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Your name, as on the audit pack"), "NAME" },
    { "bodies", 0, 0, G_OPTION_ARG_STRING, &bodies,
      N_("The bodies you belong to, first the one whose rules the diary shows first"), "ID,ID…" },
    { "membership", 0, 0, G_OPTION_ARG_STRING_ARRAY, &numbers,
      N_("A membership number (repeat for each body)"), "BODY=NUMBER" },
    { "notify-at", 0, 0, G_OPTION_ARG_STRING, &notify_at,
      N_("The time of day reminders are shown (default 09:00)"), "HH:MM" },
    { "period-start", 0, 0, G_OPTION_ARG_STRING_ARRAY, &anchors,
      N_("The first day of one of the body's CPD periods, such as a renewal date"), "BODY=DATE" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL, _("Set your name, bodies and membership numbers."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 1)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if ((memberships = ethos_store_list_memberships (store, &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }

  /* Everything is checked before anything is written. */
  if (bodies != NULL)
    {
      g_auto (GStrv) ids = g_strsplit (bodies, ",", -1);
      g_autoptr (GPtrArray) replaced = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_membership_free);

      for (guint i = 0; ids[i] != NULL; i++)
        {
          EthosMembership *membership;

          g_strstrip (ids[i]);
          if (ids[i][0] == '\0')
            continue;
          if (!ethos_cli_body_is_known (ids[i]))
            {
              exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                          _("Ethos does not know a body “%s” (see “ethos-cli profile "
                                            "bodies”)"),
                                          ids[i]);
              goto out;
            }
          membership = g_new0 (EthosMembership, 1);
          membership->body_id = g_strdup (ids[i]);
          /* Keep the number already given for a body that stays. */
          for (guint j = 0; j < memberships->len; j++)
            {
              EthosMembership *old = g_ptr_array_index (memberships, j);

              if (g_str_equal (old->body_id, ids[i]))
                membership->membership_number = g_strdup (old->membership_number);
            }
          g_ptr_array_add (replaced, membership);
        }
      g_ptr_array_set_size (memberships, 0);
      g_ptr_array_extend_and_steal (memberships, g_steal_pointer (&replaced));
    }
  for (guint i = 0; numbers != NULL && numbers[i] != NULL; i++)
    {
      char *equals = strchr (numbers[i], '=');
      gboolean found = FALSE;

      if (equals == NULL || equals == numbers[i])
        {
          exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                      _("“%s”: write --membership BODY=NUMBER"), numbers[i]);
          goto out;
        }
      *equals = '\0';
      for (guint j = 0; j < memberships->len; j++)
        {
          EthosMembership *membership = g_ptr_array_index (memberships, j);

          if (g_str_equal (membership->body_id, numbers[i]))
            {
              g_free (membership->membership_number);
              membership->membership_number = equals[1] != '\0' ? g_strdup (equals + 1) : NULL;
              found = TRUE;
            }
        }
      if (!found)
        {
          exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                      _("“%s” is not one of your bodies: add it with --bodies"),
                                      numbers[i]);
          goto out;
        }
    }

  if (notify_at != NULL)
    {
      int hour, minute;

      if (!ethos_due_time_parse (notify_at, &hour, &minute))
        {
          exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                      _("“%s” is not a time of day: write it as HH:MM"), notify_at);
          goto out;
        }
    }
  for (guint i = 0; anchors != NULL && anchors[i] != NULL; i++)
    {
      char *equals = strchr (anchors[i], '=');
      GDate date;

      if (equals == NULL || equals == anchors[i] || !ethos_cli_body_is_known ((*equals = '\0', anchors[i])))
        {
          exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                      _("“%s”: write --period-start BODY=YYYY-MM-DD for a body "
                                        "Ethos knows"),
                                      anchors[i]);
          goto out;
        }
      if (equals[1] != '\0' && !ethos_date_parse (equals + 1, &date, &error))
        {
          exit_code = ethos_cli_fail_error (ctx, error);
          goto out;
        }
    }
  for (guint i = 0; anchors != NULL && anchors[i] != NULL; i++)
    {
      const char *date = anchors[i] + strlen (anchors[i]) + 1;

      if (!ethos_store_set_cpd_anchor (store, anchors[i], date[0] != '\0' ? date : NULL, &error))
        {
          exit_code = ethos_cli_fail_error (ctx, error);
          goto out;
        }
    }
  if (notify_at != NULL && !ethos_store_set_notify_time (store, notify_at, &error))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if ((name != NULL && !ethos_store_set_name (store, name, &error))
      || ((bodies != NULL || numbers != NULL)
          && !ethos_store_set_memberships (store, memberships, &error)))
    exit_code = ethos_cli_fail_error (ctx, error);

out:
  g_free (name);
  g_free (bodies);
  g_strfreev (numbers);
  g_strfreev (anchors);
  g_free (notify_at);
  return exit_code;
}

