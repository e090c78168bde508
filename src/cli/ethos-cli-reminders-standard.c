/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ethos-cli.h"
#include "ethos-date.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-store.h"
#include "ethos-standard-reminders.h"

/* ethos-cli reminders standard: the usual reminders, from the dates the practitioner knows. */

/* --membership BODY=DATE, once per body; a bare DATE when there is one body (or none) to
 * mean. Fills @renewals (pointing into @given, which it changes) and returns TRUE, or says
 * what is wrong and returns FALSE with @exit_code set. */
static gboolean
read_memberships (const EthosCliContext *ctx,
                  char                 **given,
                  const char *const     *body_ids,
                  GArray                *renewals,
                  int                   *exit_code)
{
  guint n_bodies = body_ids != NULL ? g_strv_length ((GStrv) body_ids) : 0;

  for (guint i = 0; given != NULL && given[i] != NULL; i++)
    {
      EthosMembershipRenewal renewal = { NULL, given[i], FALSE };
      char *equals = strchr (given[i], '=');

      if (equals != NULL)
        {
          *equals = '\0';
          renewal.body_id = given[i];
          renewal.renewal = equals + 1;
          if (!g_strv_contains (body_ids, renewal.body_id))
            {
              *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                           _("%s is not one of your bodies: add it to your "
                                             "profile first"),
                                           renewal.body_id);
              return FALSE;
            }
        }
      else if (n_bodies > 1)
        {
          *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                       _("You belong to more than one body: say whose membership "
                                         "renews then, as --membership BODY=DATE"));
          return FALSE;
        }
      else if (n_bodies == 1)
        renewal.body_id = body_ids[0];
      for (guint j = 0; j < renewals->len; j++)
        if (g_strcmp0 (g_array_index (renewals, EthosMembershipRenewal, j).body_id,
                       renewal.body_id) == 0)
          {
            *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE,
                                         _("--membership is given twice for the same body"));
            return FALSE;
          }
      g_array_append_val (renewals, renewal);
    }
  return TRUE;
}

int
ethos_cli_reminders_standard (const EthosCliContext *ctx, int argc, char **argv)
{
  char *dbs = NULL, *insurance = NULL, *accreditation = NULL, *ico = NULL;
  char **memberships = NULL;
  char *as_of = NULL;
  char *tax = NULL;
  gboolean dry_run = FALSE, newly_self_employed = FALSE;
  GOptionEntry entries[] = {
    { "dbs", 0, 0, G_OPTION_ARG_STRING, &dbs, N_("The issue date of your last DBS certificate"), "D" },
    { "tax", 0, 0, G_OPTION_ARG_STRING, &tax,
      N_("How you file Self Assessment: online (the default), paper, mtd (Making Tax Digital) "
         "or none"),
      "HOW" },
    { "newly-self-employed", 0, 0, G_OPTION_ARG_NONE, &newly_self_employed,
      N_("Register for Self Assessment by 5 October"), NULL },
    { "insurance", 0, 0, G_OPTION_ARG_STRING, &insurance, N_("Your insurance's next renewal"), "D" },
    { "membership", 0, 0, G_OPTION_ARG_STRING_ARRAY, &memberships,
      N_("A body's membership's next renewal, once per body (just D with one body)"),
      "BODY=D" },
    { "accreditation", 0, 0, G_OPTION_ARG_STRING, &accreditation,
      N_("Your accreditation's next renewal"), "D" },
    { "ico", 0, 0, G_OPTION_ARG_STRING, &ico, N_("Your ICO fee's next renewal"), "D" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("Today (default: today)"), "D" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Show them; add nothing"), NULL },
    { NULL },
  };
  EthosStandardDates dates = { 0 };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (GPtrArray) standard = NULL;
  g_autoptr (GArray) renewals = g_array_new (FALSE, TRUE, sizeof (EthosMembershipRenewal));
  g_auto (GStrv) body_ids = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL,
                                _("Add the reminders every practitioner needs: DBS, insurance, "
                                  "membership, ICO, tax, and what your bodies' codes ask for."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc > 1)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
      goto out;
    }
  if (as_of == NULL)
    as_of = ethos_date_today_iso ();
  dates.dbs_certificate = dbs;
  dates.insurance_renewal = insurance;
  dates.accreditation_renewal = accreditation;
  dates.ico_renewal = ico;
  dates.newly_self_employed = newly_self_employed;
  if (tax != NULL && !ethos_tax_filing_from_string (tax, &dates.tax, &error))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if ((body_ids = ethos_store_list_body_ids (store, &error)) == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if (!read_memberships (ctx, memberships, (const char *const *) body_ids, renewals, &exit_code))
    goto out;
  dates.memberships = (const EthosMembershipRenewal *) renewals->data;
  dates.n_memberships = renewals->len;
  if ((standard = ethos_standard_reminders ((const char *const *) body_ids, as_of, &dates, &error))
      == NULL)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  for (guint i = 0; i < standard->len; i++)
    ethos_store_apply_default_leads (store, g_ptr_array_index (standard, i));
  /* Run twice, it adds nothing the second time. */
  if (!dry_run && ethos_store_add_missing_reminders (store, standard, &error) < 0)
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  for (guint i = 0; i < standard->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (standard, i);

      if (!dry_run && reminder->id == 0)
        continue;
      printf ("%-5" G_GINT64_FORMAT " %s  %-18s %s\n", reminder->id, reminder->due,
              ethos_reminder_kind_to_string (reminder->kind), reminder->title);
    }

out:
  g_free (dbs);
  g_free (insurance);
  g_strfreev (memberships);
  g_free (accreditation);
  g_free (ico);
  g_free (tax);
  g_free (as_of);
  return exit_code;
}
