/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-records"

#include "config.h"

#include <glib/gi18n.h>
#include <stddef.h>

#include "ethos-core-enums.h"
#include "ethos-date.h"
#include "ethos-enum.h"
#include "ethos-records.h"

/* The records an audit asks for besides the diary (BACP's audit asks for proof of insurance;
 * bodies and employers ask for the DBS certificate): what makes them sound, and how they are
 * said, once, for the CLI, the window and the audit pack. */

#define FIELD(name, key) { key, offsetof (EthosRecords, name) }

const EthosRecordField ethos_record_fields[] = {
  FIELD (insurer, "insurance-insurer"),
  FIELD (policy, "insurance-policy"),
  FIELD (cover_from, "insurance-cover-from"),
  FIELD (cover_to, "insurance-cover-to"),
  FIELD (cover_amount, "insurance-cover-amount"),
  FIELD (dbs_certificate, "dbs-certificate"),
  FIELD (dbs_issued, "dbs-issued"),
  FIELD (dbs_level, "dbs-level"),
  FIELD (update_service, "dbs-update-service"),
  FIELD (update_service_renews, "dbs-update-service-renews"),
};

const guint ethos_n_record_fields = G_N_ELEMENTS (ethos_record_fields);

/* Longest a name, number or amount may be: a line on a page. */
#define MAX_TEXT 200

EthosRecords *
ethos_records_new (void)
{
  return g_new0 (EthosRecords, 1);
}

void
ethos_records_free (EthosRecords *records)
{
  if (records == NULL)
    return;
  for (guint i = 0; i < ethos_n_record_fields; i++)
    g_free (*ethos_records_field (records, i));
  g_free (records);
}

/* Field @field of @records, to read or to replace. */
char **
ethos_records_field (EthosRecords *records, guint field)
{
  g_return_val_if_fail (field < ethos_n_record_fields, NULL);

  return (char **) G_STRUCT_MEMBER_P (records, ethos_record_fields[field].offset);
}

static gboolean
check_text (const char *text, const char *what, GError **error)
{
  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL) || g_utf8_strlen (text, -1) > MAX_TEXT)
    {
      /* Translators: what it is ("the insurer"), and the most characters it may have */
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                   _("%s must be text of at most %d characters"), what, MAX_TEXT);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_date (const char *text, GDate *date, GError **error)
{
  return text == NULL || ethos_date_parse (text, date, error);
}

/* The certificate number as its 12 digits, spaces and dashes typed between them dropped. */
static gboolean
normalise_certificate (char **number, GError **error)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  gboolean digits_only = TRUE;

  if (*number == NULL)
    return TRUE;
  for (const char *p = *number; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != ' ' && *p != '-')
        digits_only = FALSE;
    }
  if (!digits_only || digits->len != 12)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                   _("“%s” is not a DBS certificate number: it has 12 digits, as printed on the "
                     "certificate"),
                   *number);
      return FALSE;
    }
  g_free (*number);
  *number = g_string_free (g_steal_pointer (&digits), FALSE);
  return TRUE;
}

/* Whether @records can be kept: names and numbers of a sensible length, real dates, cover that
 * ends after it starts, a certificate number of 12 digits (normalised), a known level. Empty
 * fields are not given (set to NULL). */
gboolean
ethos_records_check (EthosRecords *records, GError **error)
{
  GDate from, to, issued, renews;
  int level;

  for (guint i = 0; i < ethos_n_record_fields; i++)
    {
      char **field = ethos_records_field (records, i);

      if (*field != NULL && g_strstrip (*field)[0] == '\0')
        g_clear_pointer (field, g_free);
    }
  if (!check_text (records->insurer, _("The insurer"), error)
      || !check_text (records->policy, _("The policy number"), error)
      || !check_text (records->cover_amount, _("The amount of cover"), error)
      || !check_text (records->update_service, _("The Update Service subscription"), error)
      || !check_date (records->cover_from, &from, error)
      || !check_date (records->cover_to, &to, error)
      || !check_date (records->dbs_issued, &issued, error)
      || !check_date (records->update_service_renews, &renews, error)
      || !normalise_certificate (&records->dbs_certificate, error))
    return FALSE;
  if (records->cover_from != NULL && records->cover_to != NULL && g_date_compare (&to, &from) <= 0)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                   _("The cover must end after it starts (%s to %s)"), records->cover_from,
                   records->cover_to);
      return FALSE;
    }
  if (records->dbs_level != NULL
      && !ethos_enum_from_nick (ETHOS_TYPE_DBS_LEVEL, records->dbs_level, &level,
                                _("“%s” is not a level of DBS check: choose one of %s"), error))
    return FALSE;
  return TRUE;
}

/* A level's name in words ("Enhanced, with barred lists"). */
const char *
ethos_dbs_level_name (const char *nick)
{
  static const char *const names[] = {
    N_("Basic"), N_("Standard"), N_("Enhanced"), N_("Enhanced, with barred lists"),
  };
  int level;

  if (nick == NULL || !ethos_enum_from_nick (ETHOS_TYPE_DBS_LEVEL, nick, &level, "%s%s", NULL))
    return NULL;
  return _(names[level]);
}

static void
append_part (GString *out, const char *part)
{
  if (out->len > 0)
    /* Translators: between parts of a record ("Hiscox; policy PL-1") */
    g_string_append (out, _("; "));
  g_string_append (out, part);
}

static void
append_date (GString *out, const char *format, const char *iso)
{
  g_autofree char *when = NULL;
  g_autofree char *part = NULL;

  if (iso == NULL)
    return;
  when = ethos_date_format_iso (iso, ETHOS_DATE_LONG);
  part = g_strdup_printf (format, when);
  append_part (out, part);
}

/* The insurance in words, or NULL when none of it is given: "Insurer: Hiscox; policy PL-123;
 * cover from 1 April 2026 to 31 March 2027; £6 million". */
char *
ethos_records_describe_insurance (const EthosRecords *records)
{
  GString *out = g_string_new (NULL);

  if (records->insurer != NULL)
    {
      g_autofree char *part = g_strdup_printf (_("Insurer: %s"), records->insurer);

      append_part (out, part);
    }
  if (records->policy != NULL)
    {
      g_autofree char *part = g_strdup_printf (_("policy %s"), records->policy);

      append_part (out, part);
    }
  if (records->cover_from != NULL && records->cover_to != NULL)
    {
      g_autofree char *from = ethos_date_format_iso (records->cover_from, ETHOS_DATE_LONG);
      g_autofree char *to = ethos_date_format_iso (records->cover_to, ETHOS_DATE_LONG);
      g_autofree char *part = g_strdup_printf (_("cover from %s to %s"), from, to);

      append_part (out, part);
    }
  else
    {
      append_date (out, _("cover from %s"), records->cover_from);
      append_date (out, _("cover to %s"), records->cover_to);
    }
  if (records->cover_amount != NULL)
    {
      /* Translators: the amount of cover, as the schedule says it ("£6 million") */
      g_autofree char *part = g_strdup_printf (_("%s of cover"), records->cover_amount);

      append_part (out, part);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* The DBS certificate in words, or NULL when none of it is given: "DBS certificate
 * 001234567890 (Enhanced); issued 10 May 2024; Update Service subscription C1234; Update
 * Service renews 10 May 2027". */
char *
ethos_records_describe_dbs (const EthosRecords *records)
{
  GString *out = g_string_new (NULL);
  const char *level = ethos_dbs_level_name (records->dbs_level);

  if (records->dbs_certificate != NULL || level != NULL)
    {
      g_autofree char *part = NULL;

      if (level != NULL && records->dbs_certificate != NULL)
        /* Translators: the certificate's number, and the level of the check */
        part = g_strdup_printf (_("DBS certificate %s (%s)"), records->dbs_certificate, level);
      else if (level != NULL)
        part = g_strdup_printf (_("DBS certificate (%s)"), level);
      else
        part = g_strdup_printf (_("DBS certificate %s"), records->dbs_certificate);
      append_part (out, part);
    }
  append_date (out, _("issued %s"), records->dbs_issued);
  if (records->update_service != NULL)
    {
      g_autofree char *part = g_strdup_printf (_("Update Service subscription %s"),
                                               records->update_service);

      append_part (out, part);
    }
  append_date (out, _("Update Service renews %s"), records->update_service_renews);
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}
