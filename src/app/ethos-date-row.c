/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-date-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-date-input.h"
#include "ethos-date-row.h"
#include "ethos-field.h"

/* A date field: typed as people write dates ("12/03/2026", "12 March", "yesterday"; see
 * ethos_date_parse_human), or picked from a calendar in a popover at its end. What is typed
 * stays as typed; ethos_date_row_read() gives the ISO day, or marks the row and names it in the
 * sentence that says why it cannot. A day picked is written in the row as ISO, as a stored date
 * is shown, and said with the "date-picked" signal, for forms that keep a field on leaving it. */

struct _EthosDateRow
{
  EthosEntryRow  parent_instance;

  GtkMenuButton *button;
  GtkCalendar   *calendar;
  char          *today;   /* ISO, or NULL for the clock's day */
  gboolean       showing; /* the calendar is being set to the row's day, not picked */
};

G_DEFINE_FINAL_TYPE (EthosDateRow, ethos_date_row, ETHOS_TYPE_ENTRY_ROW)

enum
{
  DATE_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
get_today (EthosDateRow *self, GDate *today)
{
  g_autofree char *clock = NULL;

  if (self->today == NULL || !ethos_date_parse (self->today, today, NULL))
    {
      clock = ethos_date_today_iso ();
      ethos_date_parse (clock, today, NULL);
    }
}

/* The calendar opens on the row's day, or on today while the row has none it can read. */
static void
on_popover_show_cb (EthosDateRow *self)
{
  g_autoptr (GDateTime) time = NULL;
  GDate today, date;

  get_today (self, &today);
  if (!ethos_date_parse_human (gtk_editable_get_text (GTK_EDITABLE (self)), &today, &date, NULL))
    date = today;
  time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);
  self->showing = TRUE;
  gtk_calendar_select_day (self->calendar, time);
  self->showing = FALSE;
}

static void
on_day_selected_cb (EthosDateRow *self)
{
  g_autoptr (GDateTime) time = NULL;
  g_autofree char *iso = NULL;

  if (self->showing)
    return;
  time = gtk_calendar_get_date (self->calendar);
  iso = ethos_date_time_to_iso (time);
  gtk_editable_set_text (GTK_EDITABLE (self), iso);
  gtk_popover_popdown (gtk_menu_button_get_popover (self->button));
  gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  g_signal_emit (self, signals[DATE_PICKED], 0);
}

static void
ethos_date_row_finalize (GObject *object)
{
  EthosDateRow *self = ETHOS_DATE_ROW (object);

  g_free (self->today);

  G_OBJECT_CLASS (ethos_date_row_parent_class)->finalize (object);
}

static void
ethos_date_row_class_init (EthosDateRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_date_row_finalize;

  /* A day was picked from the calendar (not typed): the row holds it now. */
  signals[DATE_PICKED] = g_signal_new ("date-picked", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ethos_date_row_init (EthosDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_show_cb), self);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose the date from a calendar"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->button));
}

GtkWidget *
ethos_date_row_new (const char *title)
{
  return g_object_new (ETHOS_TYPE_DATE_ROW, "title", title, NULL);
}

/* The day "today" and "yesterday" count from (ISO), for a form that is given its day; NULL
 * for the clock's. */
void
ethos_date_row_set_today (EthosDateRow *self, const char *today)
{
  g_return_if_fail (ETHOS_IS_DATE_ROW (self));

  g_free (self->today);
  self->today = g_strdup (today);
}

/* The day in the row, as ISO (YYYY-MM-DD), or "" when it is empty and not @required. When it
 * cannot be read, NULL, with @error naming the row, and the row marked; the text stays as
 * typed. */
char *
ethos_date_row_read (EthosDateRow *self, gboolean required, GError **error)
{
  const char *text;
  GDate today, date;
  gboolean ok;

  g_return_val_if_fail (ETHOS_IS_DATE_ROW (self), NULL);

  text = gtk_editable_get_text (GTK_EDITABLE (self));
  if (text[strspn (text, " \t")] == '\0')
    {
      if (!required)
        {
          ethos_field_check (ADW_PREFERENCES_ROW (self), TRUE, NULL);
          return g_strdup ("");
        }
      g_set_error_literal (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                           _("give the day, as 12/03/2026, 12 March 2026 or today"));
      ethos_field_check (ADW_PREFERENCES_ROW (self), FALSE, error);
      return NULL;
    }
  get_today (self, &today);
  ok = ethos_date_parse_human (text, &today, &date, error);
  if (!ethos_field_check (ADW_PREFERENCES_ROW (self), ok, error))
    return NULL;
  return ethos_date_to_iso (&date);
}

/* Shows the day @iso (NULL or "": none) as people read it, "22 November 2026": a day kept is
 * shown one way, however it was typed ("01/04/2026", "tomorrow"). */
void
ethos_date_row_show (EthosDateRow *self, const char *iso)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (ETHOS_IS_DATE_ROW (self));

  if (iso != NULL && iso[0] != '\0')
    shown = ethos_date_format_iso (iso, ETHOS_DATE_LONG);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), shown != NULL ? shown : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self), shown != NULL ? shown : "");
}

/* For tests: the calendar a day is picked from. */
GtkWidget *
ethos_date_row_get_calendar (EthosDateRow *self)
{
  g_return_val_if_fail (ETHOS_IS_DATE_ROW (self), NULL);

  return GTK_WIDGET (self->calendar);
}
