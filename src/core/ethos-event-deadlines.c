/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-event-deadlines"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ethos-data.h"
#include "ethos-date.h"
#include "ethos-event-deadlines.h"
#include "ethos-reminder.h"

/* An event (a caution, a suspension, a data breach …) and the reporting deadlines it creates,
 * from the duties of the shipped codes (data/duties.ini) of the bodies the practitioner belongs
 * to; a personal data breach goes to the ICO within 72 hours, whatever the bodies. */

const char *const ethos_event_kinds[] = {
  "caution",     "charge",           "conviction",        "finding",
  "suspension",  "restriction",      "complaint-upheld",  "civil-proceedings",
  "police-action", "disciplinary",   "data-breach",       NULL,
};

/* The code whose duties bind each body. */
static const struct
{
  const char *body_id;
  const char *code_id;
} body_codes[] = {
  { "cosrt", "cosrt" },
  { "atrium", "atrium-practice" },
  { "ipt-uk", "ipt-uk" },
};

void
ethos_deadline_free (EthosDeadline *deadline)
{
  if (deadline == NULL)
    return;
  g_free (deadline->title);
  g_free (deadline->body_id);
  g_free (deadline->clause);
  g_free (deadline->due);
  g_free (deadline->due_time);
  g_free (deadline->note);
  g_free (deadline->leads);
  g_free (deadline);
}

gboolean
ethos_event_kind_is_valid (const char *kind)
{
  return kind != NULL && g_strv_contains (ethos_event_kinds, kind);
}

static const char *
body_for_code (const char *code_id, const char *const *body_ids)
{
  for (guint i = 0; i < G_N_ELEMENTS (body_codes); i++)
    if (g_str_equal (body_codes[i].code_id, code_id) && body_ids != NULL
        && g_strv_contains (body_ids, body_codes[i].body_id))
      return body_codes[i].body_id;
  return NULL;
}

static char *
days_after (const GDate *date, int days)
{
  GDate due = *date;

  g_date_add_days (&due, (guint) days);
  return ethos_date_to_iso (&due);
}

GPtrArray *
ethos_event_deadlines (const char         *kind,
                       const char         *date,
                       const char         *time,
                       const char *const  *body_ids,
                       GError            **error)
{
  g_autoptr (GPtrArray) deadlines = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_deadline_free);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GKeyFile) duties = g_key_file_new ();
  g_auto (GStrv) groups = NULL;
  GDate day;

  if (!ethos_event_kind_is_valid (kind))
    {
      g_autofree char *kinds = g_strjoinv (", ", (char **) ethos_event_kinds);

      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE,
                   _("“%s” is not a kind of event: choose one of %s"), kind != NULL ? kind : "",
                   kinds);
      return NULL;
    }
  if (!ethos_date_parse (date, &day, error))
    return NULL;

  ethos_data_init ();
  bytes = g_resources_lookup_data ("/org/ethosapp/Ethos/data/duties.ini", 0, error);
  if (bytes == NULL || !g_key_file_load_from_bytes (duties, bytes, G_KEY_FILE_NONE, error))
    return NULL;

  groups = g_key_file_get_groups (duties, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_auto (GStrv) events = g_key_file_get_string_list (duties, groups[i], "Events", NULL, NULL);
      g_auto (GStrv) place = g_strsplit (groups[i], "/", 2);
      g_autoptr (GError) missing = NULL;
      const char *body;
      EthosDeadline *deadline;
      int days;

      if (events == NULL || !g_strv_contains ((const char *const *) events, kind) || place[1] == NULL)
        continue;
      body = body_for_code (place[0], body_ids);
      if (body == NULL)
        continue;
      days = g_key_file_get_integer (duties, groups[i], "DeadlineDays", &missing);
      deadline = g_new0 (EthosDeadline, 1);
      deadline->title = ethos_data_get_string (duties, groups[i], "Title", "duty");
      deadline->body_id = g_strdup (body);
      deadline->clause = g_strdup_printf ("%s:%s", place[0], place[1]);
      deadline->due = days_after (&day, missing == NULL ? MAX (days, 0) : 0);
      deadline->due_time = g_strdup (time);
      deadline->note = ethos_data_get_string (duties, groups[i], "DeadlineNote", "deadline note");
      deadline->leads = g_key_file_get_string (duties, groups[i], "LeadDays", NULL);
      if (deadline->leads != NULL)
        g_strdelimit (deadline->leads, ";", ',');
      else
        deadline->leads = g_strdup ("");
      g_ptr_array_add (deadlines, deadline);
    }

  if (g_str_equal (kind, "data-breach"))
    {
      EthosDeadline *ico = g_new0 (EthosDeadline, 1);

      ico->title = g_strdup (_("Report the personal data breach to the ICO (within 72 hours), "
                               "if it is reportable"));
      ico->body_id = g_strdup ("ico");
      ico->due = days_after (&day, 3);
      /* Without the hour of discovery, the earliest reading of 72 hours. */
      ico->due_time = g_strdup (time != NULL ? time : "00:00");
      ico->note = g_strdup (_("within 72 hours of becoming aware of it, if the breach is "
                              "reportable: likely to risk people's rights and freedoms (a breach "
                              "that is not need not be reported, but is recorded)"));
      ico->leads = g_strdup ("2,1");
      g_ptr_array_add (deadlines, ico);
    }
  return g_steal_pointer (&deadlines);
}

/* The reminder a clause's duty implies (data/duties.ini), without its due date: what "Remind
 * me…" in the reader offers. NULL when the clause carries no duty. */
EthosReminder *
ethos_duty_reminder_for_clause (const char *code_id, const char *ref)
{
  g_autofree char *group = g_strdup_printf ("%s/%s", code_id, ref);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GKeyFile) duties = g_key_file_new ();
  g_autofree char *kind_word = NULL;
  EthosReminderKind kind;
  g_autofree char *interval = NULL;
  g_autofree char *leads = NULL;
  EthosReminder *reminder;

  ethos_data_init ();
  bytes = g_resources_lookup_data ("/org/ethosapp/Ethos/data/duties.ini", 0, NULL);
  if (bytes == NULL || !g_key_file_load_from_bytes (duties, bytes, G_KEY_FILE_NONE, NULL)
      || !g_key_file_has_group (duties, group))
    return NULL;
  kind_word = g_key_file_get_string (duties, group, "Kind", NULL);
  if (!ethos_reminder_kind_from_string (kind_word, &kind, NULL))
    kind = ETHOS_REMINDER_KIND_CUSTOM;
  reminder = ethos_reminder_new (kind);
  g_free (reminder->title);
  reminder->title = ethos_data_get_string (duties, group, "Title", "duty");
  if (reminder->title == NULL)
    reminder->title = g_strdup (_("Reminder"));
  interval = g_key_file_get_string (duties, group, "Interval", NULL);
  if (interval != NULL)
    {
      g_free (reminder->every);
      reminder->every = g_strdup (interval);
    }
  leads = g_key_file_get_string (duties, group, "LeadDays", NULL);
  if (leads != NULL)
    {
      g_strdelimit (leads, ";", ',');
      ethos_reminder_parse_leads (reminder, leads, NULL);
    }
  reminder->clause = g_strdup_printf ("%s:%s", code_id, ref);
  return reminder;
}

/* The reminder that keeps a deadline in view: a report, due when the deadline falls. */
EthosReminder *
ethos_deadline_to_reminder (const EthosDeadline *deadline)
{
  EthosReminder *reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_REPORT);

  g_free (reminder->title);
  reminder->title = g_strdup (deadline->title);
  reminder->due = g_strdup (deadline->due);
  reminder->due_time = g_strdup (deadline->due_time);
  reminder->clause = g_strdup (deadline->clause);
  g_free (reminder->notes);
  reminder->notes = g_strdup (deadline->note != NULL ? deadline->note : "");
  ethos_reminder_parse_leads (reminder, deadline->leads, NULL);
  return reminder;
}
