/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-overview-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-entry-store.h"
#include "ethos-info-row.h"
#include "ethos-overview-rows.h"
#include "ethos-reminder-store.h"
#include "ethos-totals-store.h"

/* The Overview's rows, each read from the store and added to a list the page gives: this
 * month's supervision and the last session, CPD in the current period, and the reminders due
 * soon and the renewals. What counts towards the headline is noted in an EthosOverviewStanding;
 * ethos-overview-page.c says what counts, and why. */

#define LEVEL_BAR_WIDTH 120

/* Hours to one decimal place, whole hours without it. Rounded down, so that a target is never
 * shown as reached before it is. */
static char *
format_hours (int minutes)
{
  int tenths = MAX (minutes, 0) * 10 / 60;

  if (tenths % 10 == 0)
    return g_strdup_printf ("%d", tenths / 10);
  return g_strdup_printf ("%.1f", tenths / 10.0);
}

/* The number that picks the plural form for @minutes shown as hours: 1 only for one hour. */
static gulong
hours_plural (int minutes)
{
  return (gulong) ((MAX (minutes, 0) + 59) / 60);
}

static const char *
body_title (const EthosBodyRules *rules)
{
  return rules->short_name[0] != '\0' ? rules->short_name : rules->name;
}

static GtkWidget *
add_row (GtkListBox *list, const char *title, const char *subtitle)
{
  /* Names and messages are shown as they are, never read as markup. */
  GtkWidget *row = ethos_info_row_new (title, subtitle);

  gtk_list_box_append (list, row);
  return row;
}

/* A reminder's row opens it on the Reminders page. */
static void
link_to_reminder (GtkWidget *row, gint64 id)
{
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The target first: an action named without its parameter is refused with a warning. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-reminder");
  ethos_info_row_add_suffix (ETHOS_INFO_ROW (row), arrow);
}

static void
add_status_icon (GtkWidget *row, gboolean met, const char *description)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (met ? "emblem-ok-symbolic"
                                                      : "dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, met ? "success" : "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (icon, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  ethos_info_row_add_suffix (ETHOS_INFO_ROW (row), icon);
}

/* A row saying that what @title names could not be read, and why. */
void
ethos_overview_rows_add_unreadable (GtkListBox *list, const char *title, const GError *error)
{
  GtkWidget *row = add_row (list, title,
                            error != NULL ? error->message : _("Ethos could not read this"));

  add_status_icon (row, FALSE, _("Not known"));
}

static char *
describe_month (const EthosMonthTotal *total)
{
  gulong target = (gulong) MAX (total->target_minutes, 0);

  if (total->minimum == ETHOS_CHECK_NOT_SET)
    {
      if (total->n_sessions == 0)
        return g_strdup (_("Nothing recorded this month · no monthly minimum set"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%d minute credited · no monthly minimum set",
                                           "%d minutes credited · no monthly minimum set",
                                           (gulong) MAX (total->credited_minutes, 0)),
                              total->credited_minutes);
    }
  if (total->minimum == ETHOS_CHECK_MET)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %d minute credited",
                                         "%d of %d minutes credited", target),
                            total->credited_minutes, total->target_minutes);
  if (total->n_sessions == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Nothing recorded so far this month · %d minute needed",
                                         "Nothing recorded so far this month · %d minutes needed",
                                         target),
                            total->target_minutes);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%d of %d minute credited so far this month",
                                       "%d of %d minutes credited so far this month", target),
                          total->credited_minutes, total->target_minutes);
}

/* The body's other checks, said only when they fail: group share, the ratio to client hours. */
static char *
with_month_checks (char *subtitle, const EthosMonthTotal *total, const EthosBodyRules *rules)
{
  GString *text = g_string_new (subtitle);

  g_free (subtitle);
  if (total->group_share == ETHOS_CHECK_NOT_MET)
    g_string_append_printf (text, _(" · group supervision is %d%% of it (at most %d%%)"),
                            total->group_share_percent, rules->max_group_share_percent);
  if (total->ratio == ETHOS_CHECK_NOT_MET)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         " · %d minute needed for the client hours recorded",
                                         " · %d minutes needed for the client hours recorded",
                                         (gulong) MAX (total->ratio_target_minutes, 0)),
                            total->ratio_target_minutes);
  return g_string_free (text, FALSE);
}

static char *
with_period_checks (char *subtitle, const EthosCpdPeriod *period, const EthosBodyRules *rules)
{
  GString *text = g_string_new (subtitle);

  g_free (subtitle);
  if (period->kinds == ETHOS_CHECK_NOT_MET)
    /* Translators: the kinds of CPD done so far in the period, and the body's minimum */
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, " · %u kind of activity so far (%d needed)",
                                         " · %u kinds of activity so far (%d needed)",
                                         period->n_kinds),
                            period->n_kinds, rules->cpd_min_kinds);
  if (period->no_gaps == ETHOS_CHECK_NOT_MET)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, " · a gap of %d month or more without CPD",
                                         " · a gap of %d months or more without CPD",
                                         (gulong) MAX (rules->cpd_flag_gap_months, 0)),
                            rules->cpd_flag_gap_months);
  if (period->annual == ETHOS_CHECK_NOT_MET)
    g_string_append (text, _(" · a year below the yearly minimum"));
  return g_string_free (text, FALSE);
}

/* This month's supervision (@month, YYYY-MM) for the body of @rules. A minimum not met counts
 * towards the headline only once the month is more than half gone. */
void
ethos_overview_rows_add_supervision (GtkListBox            *list,
                                     EthosStore            *store,
                                     const EthosBodyRules  *rules,
                                     const char            *month,
                                     gboolean               month_half_gone,
                                     EthosOverviewStanding *standing)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) months = ethos_store_supervision_totals (store, rules, month, month, &error);
  g_autofree char *subtitle = NULL;
  const EthosMonthTotal *total;
  GtkWidget *row;

  if (months == NULL || months->len == 0)
    {
      ethos_overview_rows_add_unreadable (list, body_title (rules), error);
      return;
    }
  total = &g_array_index (months, EthosMonthTotal, 0);
  subtitle = with_month_checks (describe_month (total), total, rules);
  row = add_row (list, body_title (rules), subtitle);

  if (total->minimum != ETHOS_CHECK_NOT_SET)
    standing->any_minimum = TRUE;
  if (total->minimum == ETHOS_CHECK_MET)
    add_status_icon (row, TRUE, _("Monthly minimum met"));
  else if (total->minimum == ETHOS_CHECK_NOT_MET && month_half_gone)
    {
      add_status_icon (row, FALSE, _("Monthly minimum not met"));
      g_ptr_array_add (standing->short_bodies, g_strdup (body_title (rules)));
    }
  else if (total->minimum == ETHOS_CHECK_NOT_MET)
    standing->short_so_far = TRUE;
}

static GtkWidget *
create_level_bar (int minutes, int target_minutes)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);

  /* Only "full" (met) is coloured: a period under way is not a warning (see the top of
   * ethos-overview-page.c). */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar),
                           MIN ((double) MAX (minutes, 0) / target_minutes, 1.0));
  gtk_widget_set_size_request (bar, LEVEL_BAR_WIDTH, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("CPD hours done of the target"), -1);
  return bar;
}

/* CPD for the body of @rules in its period holding @today, read from @from on (both
 * YYYY-MM-DD), against the body's target. */
void
ethos_overview_rows_add_cpd (GtkListBox           *list,
                             EthosStore           *store,
                             const EthosBodyRules *rules,
                             const char           *from,
                             const char           *today)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) periods = ethos_store_cpd_totals (store, rules, from, today, &error);
  g_autofree char *hours = NULL;
  g_autofree char *subtitle = NULL;
  const EthosCpdPeriod *period;
  GtkWidget *row;

  if (periods == NULL || periods->len == 0)
    {
      ethos_overview_rows_add_unreadable (list, body_title (rules), error);
      return;
    }
  /* The last period is the one holding today. */
  period = &g_array_index (periods, EthosCpdPeriod, periods->len - 1);
  hours = format_hours (period->minutes);

  if (period->target_minutes <= 0)
    {
      if (period->minutes <= 0)
        subtitle = g_strdup (_("Nothing recorded yet · no target set"));
      else
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour · no target set",
                                                 "%s hours · no target set",
                                                 hours_plural (period->minutes)),
                                    hours);
      subtitle = with_period_checks (g_steal_pointer (&subtitle), period, rules);
      add_row (list, body_title (rules), subtitle);
      return;
    }

  {
    g_autofree char *target = format_hours (period->target_minutes);

    if (period->minutes <= 0)
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "0 of %s hour · nothing recorded yet",
                                               "0 of %s hours · nothing recorded yet",
                                               hours_plural (period->target_minutes)),
                                  target);
    else
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s hour", "%s of %s hours",
                                               hours_plural (period->target_minutes)),
                                  hours, target);
  }
  subtitle = with_period_checks (g_steal_pointer (&subtitle), period, rules);
  row = add_row (list, body_title (rules), subtitle);
  ethos_info_row_add_suffix (ETHOS_INFO_ROW (row),
                             create_level_bar (period->minutes, period->target_minutes));
}

/* The last supervision session on or before @today, and how long ago it was. */
void
ethos_overview_rows_add_last_supervision (GtkListBox *list, EthosStore *store, const GDate *today)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *before = NULL;
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  EthosEntry *entry;
  GDate tomorrow = *today;
  GDate date;
  int days;

  /* The newest session on or before today: one booked ahead is not the last one. */
  g_date_add_days (&tomorrow, 1);
  before = ethos_date_to_iso (&tomorrow);
  entries = ethos_store_list_entries_page (store, ETHOS_ENTRY_SUPERVISION, before, 0, 1, &error);
  if (entries == NULL)
    {
      ethos_overview_rows_add_unreadable (list, _("Last supervision"), error);
      return;
    }
  if (entries->len == 0)
    {
      add_row (list, _("Last supervision"), _("No supervision recorded yet"));
      return;
    }

  entry = g_ptr_array_index (entries, 0);
  if (!ethos_date_parse (entry->date, &date, NULL))
    {
      add_row (list, _("Last supervision"), entry->date);
      return;
    }
  when = ethos_date_format (&date, ETHOS_DATE_LONG);
  days = g_date_days_between (&date, today);
  if (days <= 0)
    subtitle = g_strdup_printf (_("%s (today)"), when);
  else if (days == 1)
    subtitle = g_strdup_printf (_("%s (yesterday)"), when);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%d day ago)", "%s (%d days ago)",
                                             (gulong) days),
                                when, days);
  add_row (list, _("Last supervision"), subtitle);
}

/* Reminders overdue or due within a month, as of @today (YYYY-MM-DD), in @attention_list, and
 * the renewals (DBS, insurance, membership) with the date they hold until in @renewals_list.
 * Overdue ones count towards the headline. How many rows each list has now is given in
 * @n_attention and @n_renewals. */
void
ethos_overview_rows_add_reminders (GtkListBox            *attention_list,
                                   GtkListBox            *renewals_list,
                                   EthosStore            *store,
                                   const char            *today,
                                   EthosOverviewStanding *standing,
                                   guint                 *n_attention,
                                   guint                 *n_renewals)
{
  static const char *const renewals[] = { "dbs", "insurance", "membership", "accreditation", NULL };
  g_autoptr (GPtrArray) reminders = NULL;
  GDate now;
  guint attention = 0, renewal = 0;

  reminders = ethos_store_list_reminders (store, FALSE, NULL);
  ethos_date_parse (today, &now, NULL);
  for (guint i = 0; reminders != NULL && i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);
      g_autofree char *when = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GDate due;
      int days;

      if (!ethos_date_parse (reminder->due, &due, NULL))
        continue;
      days = g_date_days_between (&now, &due);
      when = ethos_date_format (&due, ETHOS_DATE_LONG);
      if (days <= 30)
        {
          if (days < 0)
            subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day · %s",
                                                     "Overdue by %d days · %s", (gulong) -days),
                                        -days, when);
          else if (days == 0)
            subtitle = g_strdup_printf (_("Due today · %s"), when);
          else
            subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day · %s",
                                                     "Due in %d days · %s", (gulong) days),
                                        days, when);
          row = add_row (attention_list, reminder->title, subtitle);
          if (days < 0)
            {
              add_status_icon (row, FALSE, _("Overdue"));
              standing->overdue++;
            }
          link_to_reminder (row, reminder->id);
          attention++;
        }
      if (g_strv_contains (renewals, reminder->kind))
        {
          g_autofree char *until = g_strdup_printf (_("Due %s"), when);

          row = add_row (renewals_list, reminder->title, until);
          link_to_reminder (row, reminder->id);
          renewal++;
        }
    }
  *n_attention = attention;
  *n_renewals = renewal;
}
