/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ethos-cli.h"
#include "ethos-code-store.h"
#include "ethos-date.h"
#include "ethos-profile-store.h"
#include "ethos-recurrence.h"
#include "ethos-reminder-store.h"

/* ethos-cli reminders add|done|snooze|edit|delete, and the dispatcher for the rest: list is in
 * ethos-cli-reminders-list.c, standard in ethos-cli-reminders-standard.c, leads in
 * ethos-cli-leads.c. */

typedef struct
{
  char    *title;
  char    *due;
  char    *time;
  char    *kind;
  char    *every;
  gboolean from_completion;
  char    *lead;
  char    *clause;
  char    *notes;
} ReminderOptions;

static void
reminder_options_clear (ReminderOptions *o)
{
  g_free (o->title);
  g_free (o->due);
  g_free (o->time);
  g_free (o->kind);
  g_free (o->every);
  g_free (o->lead);
  g_free (o->clause);
  g_free (o->notes);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReminderOptions, reminder_options_clear)

static void
replace (char **field, const char *value)
{
  if (value == NULL)
    return;
  g_free (*field);
  *field = value[0] != '\0' ? g_strdup (value) : NULL;
}

/* Applies the options to @reminder and checks the whole of it. */
static gboolean
apply (ReminderOptions *o, EthosReminder *reminder, gboolean kind_changed, GError **error)
{
  EthosRecurrence recurrence;

  if (o->kind != NULL && !ethos_reminder_kind_from_string (o->kind, &reminder->kind, error))
    return FALSE;
  /* The kind brings its lead days unless they are given. */
  if (kind_changed && o->lead == NULL)
    ethos_reminder_set_default_leads (reminder);
  if (o->title != NULL)
    {
      g_free (reminder->title);
      reminder->title = g_strdup (o->title);
    }
  if (o->due != NULL)
    {
      replace (&reminder->due, o->due);
      replace (&reminder->anchor, o->due);
    }
  replace (&reminder->due_time, o->time);
  replace (&reminder->clause, o->clause);
  if (o->notes != NULL)
    {
      g_free (reminder->notes);
      reminder->notes = g_strdup (o->notes);
    }
  if (o->every != NULL)
    {
      if (!ethos_recurrence_parse (o->every, &recurrence, error))
        return FALSE;
      g_free (reminder->every);
      reminder->every = ethos_recurrence_to_string (&recurrence);
    }
  if (o->from_completion)
    reminder->from_completion = TRUE;
  if (o->lead != NULL && !ethos_reminder_parse_leads (reminder, o->lead, error))
    return FALSE;
  return ethos_reminder_validate (reminder, error);
}

/* --clause as the code is cited ("COSRT 26"), made the link the store keeps. */
static gboolean
cite_clause (EthosStore *store, ReminderOptions *o, EthosReminder *reminder, GError **error)
{
  char *link;

  if (o->clause == NULL || reminder->clause == NULL)
    return TRUE;
  if ((link = ethos_store_find_cited_clause (store, reminder->clause, error)) == NULL)
    {
      g_prefix_error (error, "--clause: ");
      return FALSE;
    }
  g_free (reminder->clause);
  reminder->clause = link;
  return TRUE;
}

static GOptionEntry *
reminder_entries (ReminderOptions *o)
{
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &o->title, N_("What is due"), "T" },
    { "due", 0, 0, G_OPTION_ARG_STRING, &o->due, N_("The due date: YYYY-MM-DD, today or tomorrow"), "D" },
    { "time", 0, 0, G_OPTION_ARG_STRING, &o->time, N_("A time of day, for deadlines in hours"),
      "HH:MM" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o->kind,
      N_("dbs, dbs-update-service, insurance, membership, accreditation, ico, undertaking, "
         "report, supervision, cpd, tax or custom"),
      "K" },
    { "every", 0, 0, G_OPTION_ARG_STRING, &o->every, N_("Repeat every N days, weeks, months or years"),
      "Nd|Nw|Nm|Ny" },
    { "from-completion", 0, 0, G_OPTION_ARG_NONE, &o->from_completion,
      N_("Count the next one from the day it is done"), NULL },
    { "lead", 0, 0, G_OPTION_ARG_STRING, &o->lead, N_("Days before to remind you"), "N,N,…" },
    { "clause", 0, 0, G_OPTION_ARG_STRING, &o->clause, N_("The clause it comes from, as the code is cited: \"COSRT 26\""), "CLAUSE" },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &o->notes, N_("Notes"), "TEXT" },
    { NULL },
  };

  return g_memdup2 (entries, sizeof entries);
}

static EthosReminder *
get_reminder (const EthosCliContext *ctx, EthosStore *store, const char *text, int *exit_code)
{
  g_autoptr (GError) error = NULL;
  EthosReminder *reminder;
  gint64 id;

  if (!ethos_cli_parse_id (text, &id))
    {
      *exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("“%s” is not a reminder id"), text);
      return NULL;
    }
  if ((reminder = ethos_store_get_reminder (store, id, &error)) == NULL)
    *exit_code = ethos_cli_fail_error (ctx, error);
  return reminder;
}

static int
reminders_add (const EthosCliContext *ctx, int argc, char **argv)
{
  g_auto (ReminderOptions) o = { 0 };
  g_autofree GOptionEntry *entries = reminder_entries (&o);
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosReminder) reminder = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, NULL, _("Add a renewal, recheck or deadline."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("unexpected argument “%s”"), argv[1]);
  if (o.title == NULL || o.due == NULL)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("--title and --due are needed"));
  reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_CUSTOM);
  if (!apply (&o, reminder, TRUE, &error))
    return ethos_cli_fail_error (ctx, error);
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if (o.lead == NULL)
    ethos_store_apply_default_leads (store, reminder);
  if (!cite_clause (store, &o, reminder, &error)
      || !ethos_store_add_reminder (store, reminder, &error))
    return ethos_cli_fail_error (ctx, error);
  printf ("%" G_GINT64_FORMAT "\n", reminder->id);
  return ETHOS_EXIT_OK;
}

static int
reminders_edit (const EthosCliContext *ctx, int argc, char **argv)
{
  g_auto (ReminderOptions) o = { 0 };
  g_autofree GOptionEntry *entries = reminder_entries (&o);
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosReminder) reminder = NULL;
  g_autoptr (GError) error = NULL;
  EthosReminderKind old_kind;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "ID", _("Change what is given; keep the rest."),
                                &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one reminder id"));
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((reminder = get_reminder (ctx, store, argv[1], &exit_code)) == NULL)
    return exit_code;
  old_kind = reminder->kind;
  if (!apply (&o, reminder, FALSE, &error))
    return ethos_cli_fail_error (ctx, error);
  /* A new kind brings its lead days, as the practitioner set them, unless they are given. */
  if (old_kind != reminder->kind && o.lead == NULL)
    ethos_store_apply_default_leads (store, reminder);
  if (!cite_clause (store, &o, reminder, &error)
      || !ethos_store_update_reminder (store, reminder, &error))
    return ethos_cli_fail_error (ctx, error);
  return ETHOS_EXIT_OK;
}

static int
reminders_delete (const EthosCliContext *ctx, int argc, char **argv)
{
  GOptionEntry none[] = { { NULL } };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosReminder) reminder = NULL;
  g_autoptr (GError) error = NULL;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, none, "ID", _("Delete a reminder."), &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one reminder id"));
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    return exit_code;
  if ((reminder = get_reminder (ctx, store, argv[1], &exit_code)) == NULL)
    return exit_code;
  if (!ethos_store_delete_reminder (store, reminder->id, &error))
    return ethos_cli_fail_error (ctx, error);
  return ETHOS_EXIT_OK;
}

static int
reminders_done (const EthosCliContext *ctx, int argc, char **argv)
{
  char *on = NULL;
  GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The day it was done (default: today)"), "D" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosReminder) reminder = NULL;
  g_autoptr (GError) error = NULL;
  GDate done_on;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "ID",
                                _("Mark it done; a repeating one moves to its next due date."),
                                &argc, &argv, &exit_code))
    goto out;
  if (argc != 2)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one reminder id"));
      goto out;
    }
  if (on == NULL)
    on = ethos_date_today_iso ();
  if (!ethos_date_parse (on, &done_on, &error))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if ((reminder = get_reminder (ctx, store, argv[1], &exit_code)) == NULL)
    goto out;
  if (reminder->done)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("Reminder %s is done already"), argv[1]);
      goto out;
    }
  if (!ethos_store_complete_reminder (store, reminder, on, &error))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if (!reminder->done)
    printf (_("Done; next due %s\n"), reminder->due);

out:
  g_free (on);
  return exit_code;
}

static int
reminders_snooze (const EthosCliContext *ctx, int argc, char **argv)
{
  char *until = NULL;
  GOptionEntry entries[] = {
    { "until", 0, 0, G_OPTION_ARG_STRING, &until, N_("Remind again on this day"), "D" },
    { NULL },
  };
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosReminder) reminder = NULL;
  g_autoptr (GError) error = NULL;
  GDate date;
  int exit_code = ETHOS_EXIT_OK;

  if (!ethos_cli_parse_options (ctx, entries, "ID", _("Hold its reminders until a day."), &argc,
                                &argv, &exit_code))
    goto out;
  if (argc != 2 || until == NULL)
    {
      exit_code = ethos_cli_fail (ctx, ETHOS_EXIT_USAGE, _("name one reminder id, with --until"));
      goto out;
    }
  if (!ethos_date_parse (until, &date, &error))
    {
      exit_code = ethos_cli_fail_error (ctx, error);
      goto out;
    }
  if ((store = ethos_cli_open_store (ctx, &exit_code)) == NULL)
    goto out;
  if ((reminder = get_reminder (ctx, store, argv[1], &exit_code)) == NULL)
    goto out;
  g_free (reminder->snoozed_until);
  reminder->snoozed_until = g_strdup (until);
  if (!ethos_store_update_reminder (store, reminder, &error))
    exit_code = ethos_cli_fail_error (ctx, error);

out:
  g_free (until);
  return exit_code;
}

int
ethos_cli_reminders (const EthosCliContext *parent, int argc, char **argv)
{
  static const EthosCliCommand commands[] = {
    { "add", reminders_add },
    { "list", ethos_cli_reminders_list },
    { "done", reminders_done },
    { "snooze", reminders_snooze },
    { "edit", reminders_edit },
    { "delete", reminders_delete },
    { "standard", ethos_cli_reminders_standard },
    { "leads", ethos_cli_reminder_leads },
  };

  return ethos_cli_dispatch (parent, "reminders", commands, G_N_ELEMENTS (commands), argc, argv);
}
