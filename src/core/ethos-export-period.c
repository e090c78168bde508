/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-export-period"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-diary-totals.h"
#include "ethos-export-period.h"

/* The period an export covers, from a choice the practitioner makes: the last twelve months
 * (the calendar months an audit asks for, this one with them), this CPD period (a year, or the years a body's cycle runs), everything since
 * the first entry, or days they give. Each ends today but the one they give; each is worked
 * out from the day it is given, never the clock's. */

const char *
ethos_export_period_title (EthosExportPeriod period)
{
  switch (period)
    {
    case ETHOS_EXPORT_PERIOD_LAST_12_MONTHS:
      return _("Last 12 months");
    case ETHOS_EXPORT_PERIOD_CPD_YEAR:
      return _("This CPD period");
    case ETHOS_EXPORT_PERIOD_SINCE_RECORDS_BEGAN:
      return _("Since records began");
    case ETHOS_EXPORT_PERIOD_CUSTOM:
      return _("Custom");
    case ETHOS_EXPORT_N_PERIODS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The first day of the CPD period holding today, of the first body (in the profile's order)
 * that has a length of period and whose period the practitioner placed (gave a day it starts):
 * a body with none, as BACP, has no CPD year to offer. */
static gboolean
cpd_year_start (const EthosExportFacts *facts, char start[11])
{
  for (guint i = 0; i < facts->n_bodies; i++)
    if (facts->rules[i] != NULL && facts->cpd_anchors[i] != NULL
        && ethos_cpd_period_bounds (facts->rules[i], facts->cpd_anchors[i], facts->today, start,
                                    NULL))
      return TRUE;
  return FALSE;
}

/* Whether @period can be worked out from @facts: this CPD year needs the day the period starts,
 * "since records began" an entry. */
gboolean
ethos_export_period_available (EthosExportPeriod period, const EthosExportFacts *facts)
{
  char start[11];

  g_return_val_if_fail (facts != NULL && facts->today != NULL, FALSE);

  switch (period)
    {
    case ETHOS_EXPORT_PERIOD_CPD_YEAR:
      return cpd_year_start (facts, start);
    case ETHOS_EXPORT_PERIOD_SINCE_RECORDS_BEGAN:
      return facts->diary_start != NULL;
    case ETHOS_EXPORT_PERIOD_LAST_12_MONTHS:
    case ETHOS_EXPORT_PERIOD_CUSTOM:
      return TRUE;
    case ETHOS_EXPORT_N_PERIODS:
    default:
      return FALSE;
    }
}

static gboolean
read_day (const char *text, const char *missing, char out[11], GError **error)
{
  GDate date;
  g_autofree char *iso = NULL;

  if (text == NULL || text[0] == '\0')
    {
      g_set_error_literal (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE, missing);
      return FALSE;
    }
  if (!ethos_date_parse (text, &date, error))
    return FALSE;
  iso = ethos_date_to_iso (&date);
  g_strlcpy (out, iso, 11);
  return TRUE;
}

/* The first and last days (ISO) @period covers, given @facts; for a custom period, from
 * @custom_from to @custom_to (ISO), which must be in that order. FALSE with @error when it
 * cannot be worked out: a period not available, or custom days missing or the wrong way round. */
gboolean
ethos_export_period_range (EthosExportPeriod       period,
                           const EthosExportFacts *facts,
                           const char             *custom_from,
                           const char             *custom_to,
                           char                    from[11],
                           char                    to[11],
                           GError                **error)
{
  GDate today;

  g_return_val_if_fail (facts != NULL && facts->today != NULL, FALSE);

  if (!ethos_date_parse (facts->today, &today, error))
    return FALSE;
  g_strlcpy (to, facts->today, 11);
  switch (period)
    {
    case ETHOS_EXPORT_PERIOD_LAST_12_MONTHS:
      {
        g_autofree char *first = NULL;

        /* Twelve calendar months, this one the last: an audit reads months whole. */
        g_date_set_day (&today, 1);
        g_date_subtract_months (&today, 11);
        first = ethos_date_to_iso (&today);
        g_strlcpy (from, first, 11);
        return TRUE;
      }
    case ETHOS_EXPORT_PERIOD_CPD_YEAR:
      if (cpd_year_start (facts, from))
        return TRUE;
      g_set_error_literal (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                           _("Ethos does not know when your CPD period starts: give the day in "
                             "Preferences"));
      return FALSE;
    case ETHOS_EXPORT_PERIOD_SINCE_RECORDS_BEGAN:
      if (facts->diary_start == NULL)
        {
          g_set_error_literal (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                               _("The diary has no entries yet"));
          return FALSE;
        }
      /* An entry dated ahead of today (a course booked) does not start the period later. */
      g_strlcpy (from, strcmp (facts->diary_start, facts->today) < 0 ? facts->diary_start
                                                                      : facts->today,
                 11);
      return TRUE;
    case ETHOS_EXPORT_PERIOD_CUSTOM:
      if (!read_day (custom_from, _("Give the first day of the period"), from, error)
          || !read_day (custom_to, _("Give the last day of the period"), to, error))
        return FALSE;
      if (strcmp (from, to) > 0)
        {
          g_autofree char *from_text = ethos_date_format_iso (from, ETHOS_DATE_LONG);
          g_autofree char *to_text = ethos_date_format_iso (to, ETHOS_DATE_LONG);

          g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                       _("The period cannot start on %s, after it ends on %s"), from_text,
                       to_text);
          return FALSE;
        }
      return TRUE;
    case ETHOS_EXPORT_N_PERIODS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* "1 January 2026 to 6 December 2026", for the dialog and the toast. */
char *
ethos_export_period_describe (const char *from, const char *to)
{
  g_autofree char *from_text = ethos_date_format_iso (from, ETHOS_DATE_LONG);
  g_autofree char *to_text = ethos_date_format_iso (to, ETHOS_DATE_LONG);

  return g_strdup_printf (_("%s to %s"), from_text, to_text);
}
