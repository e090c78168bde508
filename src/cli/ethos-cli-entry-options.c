/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-limits.h"
#include "ethos-cli-entry-options.h"
#include "ethos-date.h"
#include "ethos-duration.h"

/* The option table of an entry's commands, and what was given read into an entry: numbers are
 * checked as they are read, and only what was given changes. */

void
ethos_cli_entry_options_clear (EthosCliEntryOptions *o)
{
  g_free (o->date);
  g_free (o->end_date);
  g_free (o->minutes);
  g_free (o->hours);
  g_free (o->supervisor);
  g_free (o->format);
  g_free (o->group_size);
  g_free (o->mode);
  g_free (o->client_hours);
  g_free (o->notes);
  g_free (o->actions);
  g_free (o->reflection);
  g_free (o->title);
  g_free (o->provider);
  g_free (o->kind);
  g_free (o->outcomes);
  g_free (o->impact);
  g_free (o->topics);
  g_free (o->plan);
  g_strfreev (o->clauses);
  g_strfreev (o->evidence);
  g_free (o->from);
  g_free (o->to);
}

static void
set_text (char **field, const char *value)
{
  if (value == NULL)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

/* A length of time given with --@option, in @unit when bare ("90", "1:30", "1h30"); refused,
 * the sentence names the option. */
static gboolean
read_duration (const char         *option,
               const char         *text,
               EthosDurationUnit   unit,
               int                 max_minutes,
               int                *minutes,
               GError            **error)
{
  if (ethos_duration_parse (text, unit, max_minutes, minutes, error))
    return TRUE;
  g_prefix_error (error, "--%s: ", option);
  return FALSE;
}

/* Applies what was given on the command line to @entry; checks numbers as it reads them. */
gboolean
ethos_cli_entry_options_apply (EthosCliEntryOptions *o, EthosEntry *entry, GError **error)
{
  if (o->date != NULL)
    set_text (&entry->date, o->date);
  if (entry->kind == ETHOS_ENTRY_SUPERVISION)
    {
      if (o->minutes != NULL
          && !read_duration ("minutes", o->minutes, ETHOS_DURATION_MINUTES,
                             ethos_entry_max_minutes (entry), &entry->minutes, error))
        return FALSE;
      set_text (&entry->supervisor, o->supervisor);
      if ((o->format != NULL
           && !ethos_supervision_format_from_string (o->format, &entry->format, error))
          || (o->mode != NULL
              && !ethos_supervision_mode_from_string (o->mode, &entry->mode, error)))
        return FALSE;
      if (o->group_size != NULL && !ethos_count_parse (o->group_size, ETHOS_GROUP_SIZE_MIN,
                                                          ETHOS_GROUP_SIZE_MAX, &entry->group_size, error))
        {
          g_prefix_error (error, "--group-size: ");
          return FALSE;
        }
      if (o->client_hours != NULL
          && !read_duration ("client-hours", o->client_hours, ETHOS_DURATION_HOURS,
                             ETHOS_CLIENT_MINUTES_MAX, &entry->client_minutes, error))
        return FALSE;
      set_text (&entry->notes, o->notes);
      set_text (&entry->actions, o->actions);
    }
  else
    {
      set_text (&entry->end_date, o->end_date);
      set_text (&entry->title, o->title);
      set_text (&entry->provider, o->provider);
      set_text (&entry->cpd_kind, o->kind);
      set_text (&entry->outcomes, o->outcomes);
      set_text (&entry->impact, o->impact);
      set_text (&entry->topics, o->topics);
      /* A plan item's id (ethos-cli cpd plan list), or none to unlink. */
      if (o->plan != NULL)
        {
          guint64 plan_id = 0;

          if (g_str_equal (o->plan, "none"))
            entry->plan_id = -1;
          else if (g_ascii_string_to_unsigned (o->plan, 10, 1, G_MAXINT64, &plan_id, NULL))
            entry->plan_id = (gint64) plan_id;
          else
            {
              g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                           _("--plan: “%s” is not a plan item’s id (see ethos-cli cpd plan "
                             "list), or none"),
                           o->plan);
              return FALSE;
            }
        }
      /* The most hours depend on the days the entry spans, set above. */
      if (o->hours != NULL
          && !read_duration ("hours", o->hours, ETHOS_DURATION_HOURS, ethos_entry_max_minutes (entry),
                             &entry->minutes, error))
        return FALSE;
    }
  set_text (&entry->reflection, o->reflection);
  if (o->clauses != NULL)
    {
      g_ptr_array_set_size (entry->clauses, 0);
      for (guint i = 0; o->clauses[i] != NULL; i++)
        g_ptr_array_add (entry->clauses, g_strdup (o->clauses[i]));
    }
  return ethos_entry_validate (entry, error);
}

/* Adds to @table the options an entry of @kind takes, or with @listing those of its list. */
static void
add_entry_options (GArray *table, EthosEntryKind kind, EthosCliEntryOptions *o, gboolean listing)
{
  GOptionEntry common[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &o->date, N_("The date: YYYY-MM-DD, today or yesterday"), "D" },
    { "reflection", 0, 0, G_OPTION_ARG_STRING, &o->reflection, N_("Your reflection"), "TEXT" },
    { "clause", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->clauses,
      N_("A clause it relates to, as the code is cited: \"COSRT 26\" (repeat for more)"),
      "CLAUSE" },
  };
  GOptionEntry supervision[] = {
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &o->minutes, N_("How long: minutes (90) or hours and minutes (1:30, 1h30)"), "N" },
    { "supervisor", 0, 0, G_OPTION_ARG_STRING, &o->supervisor, N_("Your supervisor, by name or by id (ethos-cli supervisors list)"), "NAME|ID" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &o->format, N_("individual, group or peer"), "F" },
    { "group-size", 0, 0, G_OPTION_ARG_STRING, &o->group_size,
      N_("Supervisees in the group, you included (never the supervisor or facilitator)"), "N" },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &o->mode, N_("in-person, video or phone"), "M" },
    { "client-hours", 0, 0, G_OPTION_ARG_STRING, &o->client_hours,
      N_("Client hours since the last session"), "H" },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &o->notes, N_("What you brought"), "TEXT" },
    { "actions", 0, 0, G_OPTION_ARG_STRING, &o->actions, N_("Actions agreed"), "TEXT" },
  };
  GOptionEntry cpd[] = {
    { "hours", 0, 0, G_OPTION_ARG_STRING, &o->hours, N_("How long: hours (1.5) or hours and minutes (1:30, 1h30)"), "H" },
    { "end-date", 0, 0, G_OPTION_ARG_STRING, &o->end_date, N_("Last day, for several days"), "D" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &o->title, N_("What it was"), "TEXT" },
    { "provider", 0, 0, G_OPTION_ARG_STRING, &o->provider, N_("Who provided it"), "TEXT" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o->kind,
      N_("formal, work-based, professional, self-directed or other"), "K" },
    { "outcomes", 0, 0, G_OPTION_ARG_STRING, &o->outcomes, N_("What you learned"), "TEXT" },
    { "impact", 0, 0, G_OPTION_ARG_STRING, &o->impact, N_("The impact on your practice"), "TEXT" },
    { "topics", 0, 0, G_OPTION_ARG_STRING, &o->topics,
      N_("What it was on, for a body that counts hours of it: cbt-skills (CBT skills "
         "workshops); empty for none"),
      "T,T…" },
    { "evidence", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->evidence,
      N_("A certificate or other file to keep (repeat for more)"), "FILE" },
    { "plan", 0, 0, G_OPTION_ARG_STRING, &o->plan,
      N_("The item of your CPD plan it carries out (ethos-cli cpd plan list), or none"),
      "ID" },
  };
  GOptionEntry list[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &o->from, N_("From this date"), "D" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &o->to, N_("Up to this date"), "D" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o->json, N_("Print JSON"), NULL },
  };

  if (listing)
    {
      g_array_append_vals (table, list, G_N_ELEMENTS (list));
      return;
    }
  g_array_append_vals (table, common, G_N_ELEMENTS (common));
  if (kind == ETHOS_ENTRY_SUPERVISION)
    g_array_append_vals (table, supervision, G_N_ELEMENTS (supervision));
  else
    g_array_append_vals (table, cpd, G_N_ELEMENTS (cpd));
}

gboolean
ethos_cli_entry_options_parse (const EthosCliContext  *ctx,
                               EthosEntryKind          kind,
                               EthosCliEntryOptions   *o,
                               gboolean                listing,
                               const char             *parameters,
                               const char             *summary,
                               int                    *argc,
                               char                 ***argv,
                               int                    *exit_code)
{
  g_autoptr (GArray) table = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));

  add_entry_options (table, kind, o, listing);
  return ethos_cli_parse_options (ctx, (GOptionEntry *) table->data, parameters, summary, argc,
                                  argv, exit_code);
}
