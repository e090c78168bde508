/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-day-popover"

#include "config.h"

#include "ethos-accessible.h"
#include "ethos-date.h"
#include "ethos-day-popover.h"

/* A day chosen on a calendar in a popover, and a button that takes it: "picked" gives the day
 * (YYYY-MM-DD). The calendar alone would act on every arrow key that moves through it. Days
 * outside those the popover is given cannot be taken (the button is insensitive on them). Made
 * for snoozing a reminder to a day; nothing in it is about reminders. */

struct _EthosDayPopover
{
  GtkPopover   parent_instance;

  GtkCalendar *calendar;
  GtkWidget   *confirm;
  GDate        first; /* invalid: no first day */
  GDate        last;  /* invalid: no last day */
};

G_DEFINE_FINAL_TYPE (EthosDayPopover, ethos_day_popover, GTK_TYPE_POPOVER)

enum
{
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
selected_day (EthosDayPopover *self, GDate *day)
{
  g_autoptr (GDateTime) selected = gtk_calendar_get_date (self->calendar);

  g_date_clear (day, 1);
  g_date_set_dmy (day, (GDateDay) g_date_time_get_day_of_month (selected),
                  (GDateMonth) g_date_time_get_month (selected),
                  (GDateYear) g_date_time_get_year (selected));
}

static gboolean
can_take (EthosDayPopover *self, const GDate *day)
{
  return (!g_date_valid (&self->first) || g_date_compare (day, &self->first) >= 0)
         && (!g_date_valid (&self->last) || g_date_compare (day, &self->last) <= 0);
}

static void
on_day_changed_cb (EthosDayPopover *self)
{
  GDate day;

  selected_day (self, &day);
  gtk_widget_set_sensitive (self->confirm, can_take (self, &day));
}

static void
on_confirm_clicked_cb (EthosDayPopover *self)
{
  g_autofree char *iso = NULL;
  GDate day;

  selected_day (self, &day);
  if (!can_take (self, &day))
    return;
  iso = ethos_date_to_iso (&day);
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PICKED], 0, iso);
}

static void
ethos_day_popover_class_init (EthosDayPopoverClass *klass)
{
  signals[PICKED] = g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ethos_day_popover_init (EthosDayPopover *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  g_date_clear (&self->first, 1);
  g_date_clear (&self->last, 1);
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  ethos_accessible_name_calendar (self->calendar);
  self->confirm = gtk_button_new ();
  gtk_widget_add_css_class (self->confirm, "suggested-action");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (box), self->confirm);
  gtk_popover_set_child (GTK_POPOVER (self), box);
  gtk_popover_set_default_widget (GTK_POPOVER (self), self->confirm);
  g_signal_connect_swapped (self->calendar, "notify", G_CALLBACK (on_day_changed_cb), self);
  g_signal_connect_swapped (self->confirm, "clicked", G_CALLBACK (on_confirm_clicked_cb), self);
}

/* A popover with a calendar and a button labelled @confirm_label (with a mnemonic) that takes
 * the day chosen. */
GtkWidget *
ethos_day_popover_new (const char *confirm_label)
{
  EthosDayPopover *self = g_object_new (ETHOS_TYPE_DAY_POPOVER, NULL);

  gtk_button_set_label (GTK_BUTTON (self->confirm), confirm_label);
  gtk_button_set_use_underline (GTK_BUTTON (self->confirm), TRUE);
  ethos_accessible_name_by_label (self->confirm);
  return GTK_WIDGET (self);
}

/* The days that may be taken, from @first to @last (either NULL: no end that side); the
 * calendar opens on @first. */
void
ethos_day_popover_set_days (EthosDayPopover *self, const GDate *first, const GDate *last)
{
  g_return_if_fail (ETHOS_IS_DAY_POPOVER (self));

  g_date_clear (&self->first, 1);
  g_date_clear (&self->last, 1);
  if (first != NULL)
    self->first = *first;
  if (last != NULL)
    self->last = *last;
  if (first != NULL)
    {
      g_autoptr (GDateTime) day = g_date_time_new_local ((int) g_date_get_year (first),
                                                         (int) g_date_get_month (first),
                                                         (int) g_date_get_day (first), 0, 0, 0);

      gtk_calendar_select_day (self->calendar, day);
    }
  on_day_changed_cb (self);
}

/* What choosing @day on the calendar and pressing the button does (for tests). FALSE, with
 * nothing picked, when @day may not be taken. */
gboolean
ethos_day_popover_pick (EthosDayPopover *self, const GDate *day)
{
  g_autoptr (GDateTime) time = NULL;

  g_return_val_if_fail (ETHOS_IS_DAY_POPOVER (self), FALSE);

  time = g_date_time_new_local ((int) g_date_get_year (day), (int) g_date_get_month (day),
                                (int) g_date_get_day (day), 0, 0, 0);
  gtk_calendar_select_day (self->calendar, time);
  if (!gtk_widget_get_sensitive (self->confirm))
    return FALSE;
  g_signal_emit_by_name (self->confirm, "clicked");
  return TRUE;
}
