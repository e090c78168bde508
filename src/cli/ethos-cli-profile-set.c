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
#include "ethos-records-store.h"
#include "ethos-reminder-stages.h"
#include "ethos-rules-store.h"

/* ethos-cli profile set: the practitioner's name, bodies, membership numbers and classes, their
 * practice, their insurance and DBS records, the time reminders are shown and the start of each
 * body's CPD period. Everything is checked before anything is written. */

/* The records as kept, with what was given on the command line in place of each (an empty
 * value removes one), checked: NULL, said, when a field is wrong. */
static EthosRecords *
merge_records (EthosStore *store, char **given, GError **error)
{
  g_autoptr (EthosRecords) records = ethos_store_get_records (store, error);

  if (records == NULL)
    return NULL;
  for (guint i = 0; i < ethos_n_record_fields; i++)
    if (given[i] != NULL)
      {
        char **field = ethos_records_field (records, i);

        g_free (*field);
        *field = g_strdup (given[i]);
      }
  if (!ethos_records_check (records, error))
    return NULL;
  return g_steal_pointer (&records);
}

int
ethos_cli_profile_set (const EthosCliContext *ctx, int argc, char **argv)
{
  char *name = NULL;
  char *bodies = NULL;
  char **numbers = NULL;
  char **anchors = NULL;
  char *notify_at = NULL;
  char **classes = NULL;
  char *practice_text = NULL;
  char *fraction_text = NULL;
  /* In ethos_record_fields' order. */
  char *given[10] = { NULL };
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
    { "class", 0, 0, G_OPTION_ARG_STRING_ARRAY, &classes,
      N_("Your membership class in a body (“ethos-cli profile rules BODY” lists them); "
         "BODY= for none"),
      "BODY=CLASS" },
    { "practice", 0, 0, G_OPTION_ARG_STRING, &practice_text,
      N_("full-time or part-time practice"), "PRACTICE" },
    { "practice-fraction", 0, 0, G_OPTION_ARG_STRING, &fraction_text,
      N_("For part-time practice, the share of full time (0.4 or 40%)"), "F" },
    { "insurer", 0, 0, G_OPTION_ARG_STRING, &given[0], N_("Your indemnity insurer"), "NAME" },
    { "policy", 0, 0, G_OPTION_ARG_STRING, &given[1], N_("Your insurance policy number"),
      "NUMBER" },
    { "cover-from", 0, 0, G_OPTION_ARG_STRING, &given[2], N_("The day your cover starts"), "D" },
    { "cover-to", 0, 0, G_OPTION_ARG_STRING, &given[3], N_("The day your cover ends"), "D" },
    { "cover-amount", 0, 0, G_OPTION_ARG_STRING, &given[4],
      N_("The amount of cover, as the schedule says it"), "TEXT" },
    { "dbs-certificate", 0, 0, G_OPTION_ARG_STRING, &given[5],
      N_("Your DBS certificate's number (12 digits)"), "NUMBER" },
    { "dbs-issued", 0, 0, G_OPTION_ARG_STRING, &given[6], N_("The day it was issued"), "D" },
    { "dbs-level", 0, 0, G_OPTION_ARG_STRING, &given[7],
      N_("basic, standard, enhanced or enhanced-barred"), "LEVEL" },
    { "update-service", 0, 0, G_OPTION_ARG_STRING, &given[8],
      N_("Your DBS Update Service subscription id"), "ID" },
    { "update-service-renews", 0, 0, G_OPTION_ARG_STRING, &given[9],
      N_("The day your Update Service subscription renews"), "D" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (EthosRecords) records = NULL;
  g_autoptr (GError) error = NULL;
  EthosPractice practice = ETHOS_PRACTICE_NOT_SET;
  gboolean records_given = FALSE;
  int percent = 0;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Set your name, bodies, membership numbers and classes, your "
                                  "practice, and your insurance and DBS records."),
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
  G_STATIC_ASSERT (G_N_ELEMENTS (given) == 10);
  g_assert (ethos_n_record_fields == G_N_ELEMENTS (given));
  for (guint i = 0; i < G_N_ELEMENTS (given); i++)
    records_given |= given[i] != NULL;
  if (records_given && (records = merge_records (store, given, &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
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
  for (guint i = 0; classes != NULL && classes[i] != NULL; i++)
    {
      char *equals = strchr (classes[i], '=');
      gboolean member = FALSE;

      if (equals == NULL || equals == classes[i])
        {
          exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                      _("“%s”: write --class BODY=CLASS"), classes[i]);
          goto out;
        }
      *equals = '\0';
      for (guint j = 0; j < memberships->len; j++)
        member |= g_str_equal (((EthosMembership *) g_ptr_array_index (memberships, j))->body_id,
                               classes[i]);
      if (!member)
        {
          exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                      _("“%s” is not one of your bodies: add it with --bodies"),
                                      classes[i]);
          goto out;
        }
      if (equals[1] != '\0')
        {
          g_autoptr (EthosBodyRules) rules = ethos_body_rules_load_shipped (classes[i], &error);

          if (rules == NULL)
            {
              exit_code = ethos_cli_fail_error (ctx, error);
              goto out;
            }
          if (!ethos_body_rules_check_class (rules, equals + 1, &error))
            {
              exit_code = ethos_cli_fail_error (ctx, error);
              goto out;
            }
        }
    }
  if (practice_text != NULL && !ethos_practice_from_string (practice_text, &practice, &error))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if (fraction_text != NULL)
    {
      if (practice_text == NULL)
        practice = ethos_store_get_practice (store, NULL);
      if (practice != ETHOS_PRACTICE_PART_TIME)
        {
          exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                      _("--practice-fraction is for part-time practice: add "
                                        "--practice part-time"));
          goto out;
        }
      if (!ethos_fraction_parse (fraction_text, &percent, &error))
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
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  for (guint i = 0; classes != NULL && classes[i] != NULL; i++)
    {
      const char *klass = classes[i] + strlen (classes[i]) + 1;

      if (!ethos_store_set_membership_class (store, classes[i], klass[0] != '\0' ? klass : NULL,
                                             &error))
        {
          exit_code = ethos_cli_fail_error (ctx, error);
          goto out;
        }
    }
  if ((practice_text != NULL || fraction_text != NULL)
      && !ethos_store_set_practice (store, practice, percent, &error))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if (records != NULL && !ethos_store_set_records (store, records, &error))
    exit_code = ethos_cli_fail_error (ctx, error);

out:
  for (guint i = 0; i < G_N_ELEMENTS (given); i++)
    g_free (given[i]);
  g_strfreev (classes);
  g_free (practice_text);
  g_free (fraction_text);
  g_free (name);
  g_free (bodies);
  g_strfreev (numbers);
  g_strfreev (anchors);
  g_free (notify_at);
  return exit_code;
}

