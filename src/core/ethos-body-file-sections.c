/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-body-rules"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-body-rules-private.h"
#include "ethos-recurrence.h"

/* A body file's groups that are not rules (ethos-body-file.c reads the rest): [Renewal], how
 * often accreditation is renewed, and [Accreditation], what it asks for. */

/* [Renewal]: how often accreditation is renewed and a declaration made, each a recurrence such
 * as "1y" or "5y", with its Source=. */
gboolean
ethos_body_file_read_renewal (GKeyFile *keyfile, EthosBodyRules *rules, GError **error)
{
  static const char *const keys[] = { "AccreditationEvery", "DeclarationEvery", "Source", NULL };
  g_auto (GStrv) present = g_key_file_get_keys (keyfile, "Renewal", NULL, NULL);
  char **fields[] = { &rules->accreditation_every, &rules->declaration_every };

  for (guint i = 0; present != NULL && present[i] != NULL; i++)
    if (!g_strv_contains (keys, present[i]))
      return ethos_body_file_refuse_key (rules->id, "Renewal", present[i], error);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = ethos_body_file_text (keyfile, "Renewal", keys[i]);
      EthosRecurrence recurrence;

      if (text == NULL || text[0] == '\0')
        continue;
      if (!ethos_recurrence_parse (text, &recurrence, NULL) || text[0] == '0')
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                       _("Body file “%s”: [Renewal] %s is a period such as 1y or 5y: “%s” is not "
                         "one"),
                       rules->id, keys[i], text);
          return FALSE;
        }
      *fields[i] = g_steal_pointer (&text);
    }
  rules->renewal_source = ethos_body_file_text (keyfile, "Renewal", "Source");
  if (rules->renewal_source == NULL || rules->renewal_source[0] == '\0')
    {
      g_free (rules->renewal_source);
      rules->renewal_source = g_strdup (rules->source);
    }
  return TRUE;
}

/* [Accreditation]: the client hours of supervised practice accreditation asks for, within how
 * many years, with its Source=. */
gboolean
ethos_body_file_read_accreditation (GKeyFile *keyfile, EthosBodyRules *rules, GError **error)
{
  static const char *const keys[] = { "ClientHours", "ClientHoursWithinYears", "Source", NULL };
  static const int most[] = { 10000, 20 };
  g_auto (GStrv) present = g_key_file_get_keys (keyfile, "Accreditation", NULL, NULL);
  int *fields[] = { &rules->accreditation_client_hours, &rules->accreditation_client_years };

  for (guint i = 0; present != NULL && present[i] != NULL; i++)
    if (!g_strv_contains (keys, present[i]))
      return ethos_body_file_refuse_key (rules->id, "Accreditation", present[i], error);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = ethos_body_file_text (keyfile, "Accreditation", keys[i]);
      guint64 value;

      if (text == NULL || text[0] == '\0')
        continue;
      if (!g_ascii_string_to_unsigned (text, 10, 1, most[i], &value, NULL))
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                       _("Body file “%s”: [Accreditation] %s is a whole number from 1 to %d: "
                         "“%s” is not one"),
                       rules->id, keys[i], most[i], text);
          return FALSE;
        }
      *fields[i] = (int) value;
    }
  rules->accreditation_source = ethos_body_file_text (keyfile, "Accreditation", "Source");
  if (rules->accreditation_source == NULL || rules->accreditation_source[0] == '\0')
    {
      g_free (rules->accreditation_source);
      rules->accreditation_source = g_strdup (rules->source);
    }
  return TRUE;
}
