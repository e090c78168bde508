/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-supervisor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-supervisor.h"

/* A supervisor and how to reach them: what makes the details sound, and how they are said,
 * once, for the CLI, the window and the audit pack. */

#define MAX_TEXT 200

EthosSupervisor *
ethos_supervisor_new (void)
{
  return g_new0 (EthosSupervisor, 1);
}

void
ethos_supervisor_free (EthosSupervisor *supervisor)
{
  if (supervisor == NULL)
    return;
  g_free (supervisor->name);
  g_free (supervisor->email);
  g_free (supervisor->phone);
  g_free (supervisor->accreditation);
  g_free (supervisor);
}

/* Trims @text; an empty one is NULL (not given). */
static void
tidy (char **text)
{
  if (*text != NULL && g_strstrip (*text)[0] == '\0')
    g_clear_pointer (text, g_free);
}

static gboolean
check_text (const char *text, const char *what, GError **error)
{
  if (text == NULL || (g_utf8_validate (text, -1, NULL) && g_utf8_strlen (text, -1) <= MAX_TEXT
                       && strchr (text, '\n') == NULL))
    return TRUE;
  g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
               _("%s must be text of at most %d characters"), what, MAX_TEXT);
  return FALSE;
}

/* An address with one "@", something either side, a dot in the domain, no spaces: a check
 * against typing the wrong thing, not a proof that it is delivered. */
static gboolean
looks_like_email (const char *email)
{
  const char *at = strchr (email, '@');

  return at != NULL && at != email && strchr (at + 1, '@') == NULL
         && strchr (at + 1, '.') != NULL && at[1] != '.' && email[strlen (email) - 1] != '.'
         && strpbrk (email, " \t,;<>") == NULL;
}

/* Digits, with the spaces, "+", brackets and dashes people write them with: 7 to 15 digits. */
static gboolean
looks_like_phone (const char *phone)
{
  guint digits = 0;

  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr (" +()-", *p) == NULL)
        return FALSE;
    }
  return digits >= 7 && digits <= 15;
}

/* Whether @supervisor can be kept: a name, and details that look like what they say they
 * are. Trims each, and an empty detail is not given. */
gboolean
ethos_supervisor_check (EthosSupervisor *supervisor, GError **error)
{
  tidy (&supervisor->name);
  tidy (&supervisor->email);
  tidy (&supervisor->phone);
  tidy (&supervisor->accreditation);
  if (supervisor->name == NULL)
    {
      g_set_error_literal (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                           _("A supervisor needs a name"));
      return FALSE;
    }
  if (!check_text (supervisor->name, _("The supervisor’s name"), error)
      || !check_text (supervisor->email, _("The email address"), error)
      || !check_text (supervisor->phone, _("The phone number"), error)
      || !check_text (supervisor->accreditation, _("The accreditation"), error))
    return FALSE;
  if (supervisor->email != NULL && !looks_like_email (supervisor->email))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                   _("“%s” is not an email address"), supervisor->email);
      return FALSE;
    }
  if (supervisor->phone != NULL && !looks_like_phone (supervisor->phone))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                   _("“%s” is not a phone number"), supervisor->phone);
      return FALSE;
    }
  return TRUE;
}

/* How to reach them and what they are, in one line ("ann@example.org · 01234 567890 · BACP
 * senior accredited supervisor"), or NULL when nothing is given. */
char *
ethos_supervisor_describe_contact (const EthosSupervisor *supervisor)
{
  const char *parts[] = { supervisor->email, supervisor->phone, supervisor->accreditation };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, parts[i]);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}
