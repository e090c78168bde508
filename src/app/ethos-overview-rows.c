/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-overview-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-info-row.h"
#include "ethos-overview-rows.h"

/* The Overview's rows, each rendering part of the standing (src/core/ethos-standing.c): this
 * month's supervision for each body and the last session, CPD in the current period, the
 * reminders that need attention and the renewals. Every sentence and status comes from there;
 * here is only how it looks. */

#define LEVEL_BAR_WIDTH 120

/* Each row carries a key that says everything it shows, so that the page can keep a row that
 * would be made the same again (and its size, its focus) rather than make it anew. */
static void
add_to_key (GtkWidget *row, const char *part)
{
  const char *key = g_object_get_data (G_OBJECT (row), "ethos-row-key");

  g_object_set_data_full (G_OBJECT (row), "ethos-row-key",
                          g_strconcat (key != NULL ? key : "", "\x1f", part, NULL), g_free);
}

/* The key of a row made here: two rows with the same key look and act the same. */
const char *
ethos_overview_rows_get_key (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "ethos-row-key");
}

static GtkWidget *
add_row (GtkListBox *list, const char *title, const char *subtitle)
{
  /* Names and messages are shown as they are, never read as markup. */
  GtkWidget *row = ethos_info_row_new (title, subtitle);

  add_to_key (row, title);
  add_to_key (row, subtitle != NULL ? subtitle : "");
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
  {
    g_autofree char *part = g_strdup_printf ("reminder %" G_GINT64_FORMAT, id);

    add_to_key (row, part);
  }
}

/* An icon for a status that says something: met, or not met. In progress, not set and exempt
 * say it in words only. */
static void
add_status_icon (GtkWidget *row, EthosCheckStatus status)
{
  gboolean met = status == ETHOS_CHECK_STATUS_MET;
  const char *description;
  GtkWidget *icon;

  if (status == ETHOS_CHECK_STATUS_MET)
    description = _("Met");
  else if (status == ETHOS_CHECK_STATUS_NOT_MET)
    description = _("Not met");
  else if (status == ETHOS_CHECK_STATUS_UNKNOWN)
    description = _("Not known");
  else
    return;
  icon = gtk_image_new_from_icon_name (met ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, met ? "success" : "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (icon, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  ethos_info_row_add_suffix (ETHOS_INFO_ROW (row), icon);
  add_to_key (row, description);
}

/* A row saying that what @title names could not be read, and why. */
void
ethos_overview_rows_add_unreadable (GtkListBox *list, const char *title, const char *message)
{
  GtkWidget *row = add_row (list, title,
                            message != NULL ? message : _("Ethos could not read this"));

  add_status_icon (row, ETHOS_CHECK_STATUS_UNKNOWN);
}

/* This month's supervision for @body, and last month's too when it was not met. */
void
ethos_overview_rows_add_supervision (GtkListBox *list, const EthosBodyStanding *body)
{
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (body->error != NULL)
    {
      ethos_overview_rows_add_unreadable (list, body->name, body->error);
      return;
    }
  if (ethos_check_status_counts (body->last_month.status))
    /* Translators: this month's supervision, then last month's that was not met */
    subtitle = g_strdup_printf (_("%s · %s"), body->supervision.summary,
                                body->last_month.summary);
  else
    subtitle = g_strdup (body->supervision.summary);
  row = add_row (list, body->name, subtitle);
  add_status_icon (row, MAX (body->supervision.status, body->last_month.status)
                          == ETHOS_CHECK_STATUS_NOT_MET
                          ? ETHOS_CHECK_STATUS_NOT_MET
                          : body->supervision.status);
}

static GtkWidget *
create_level_bar (int minutes, int target_minutes)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);

  /* Only "full" (met) is coloured: a period under way is not a warning. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar),
                           MIN ((double) MAX (minutes, 0) / target_minutes, 1.0));
  gtk_widget_set_size_request (bar, LEVEL_BAR_WIDTH, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("CPD hours done of the target"), -1);
  return bar;
}

/* CPD for @body in its period holding today, with a level bar towards its target. */
void
ethos_overview_rows_add_cpd (GtkListBox *list, const EthosBodyStanding *body)
{
  GtkWidget *row;

  if (body->error != NULL)
    {
      ethos_overview_rows_add_unreadable (list, body->name, body->error);
      return;
    }
  row = add_row (list, body->name, body->cpd.summary);
  if (body->cpd.status == ETHOS_CHECK_STATUS_NOT_MET)
    add_status_icon (row, ETHOS_CHECK_STATUS_NOT_MET);
  if (body->cpd.target_minutes > 0)
    {
      g_autofree char *part = g_strdup_printf ("bar %d/%d", body->cpd.minutes,
                                               body->cpd.target_minutes);

      ethos_info_row_add_suffix (ETHOS_INFO_ROW (row),
                                 create_level_bar (body->cpd.minutes, body->cpd.target_minutes));
      add_to_key (row, part);
    }
}

void
ethos_overview_rows_add_last_supervision (GtkListBox *list, const EthosStanding *standing)
{
  add_row (list, _("Last supervision"), standing->last_supervision_text);
}

/* The reminders that need attention (overdue, due today or soon) in @attention_list, and the
 * renewals (DBS, insurance, membership, accreditation) with their due dates in @renewals_list.
 * How many rows each list has now is given in @n_attention and @n_renewals. */
void
ethos_overview_rows_add_reminders (GtkListBox          *attention_list,
                                   GtkListBox          *renewals_list,
                                   const EthosStanding *standing,
                                   guint               *n_attention,
                                   guint               *n_renewals)
{
  guint attention = 0, renewal = 0;

  for (guint i = 0; i < standing->reminders->len; i++)
    {
      const EthosReminderStanding *reminder = g_ptr_array_index (standing->reminders, i);
      g_autofree char *when = ethos_date_format_iso (reminder->due, ETHOS_DATE_LONG);
      GtkWidget *row;

      if (ethos_reminder_status_needs_attention (reminder->status))
        {
          g_autofree char *subtitle = g_strdup_printf ("%s · %s", reminder->when, when);

          row = add_row (attention_list, reminder->title, subtitle);
          if (reminder->status == ETHOS_REMINDER_STATUS_OVERDUE)
            add_status_icon (row, ETHOS_CHECK_STATUS_NOT_MET);
          link_to_reminder (row, reminder->id);
          attention++;
        }
      if (reminder->renewal)
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
