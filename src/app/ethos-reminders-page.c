/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminders-page"

#include "config.h"

#include "ethos-date.h"
#include "ethos-day-clock.h"
#include "ethos-reminder-store.h"
#include "ethos-reminders-page-private.h"

/* The Reminders page: boxed lists by status (Overdue, Due soon, Later, Snoozed, Done), each
 * row with Done and a snooze menu; adding a reminder and recording an event open dialogs. The
 * status, how it is said and which snoozes are offered are core's (ethos-reminder-status.c).
 * Each list is bound to its group of an EthosReminderGroups, which a write changes by the rows
 * it touched alone: the other rows, the focus and the scroll stay. This file reads the
 * reminders and shows one from a notification; the lists are made in
 * ethos-reminders-page-lists.c, the actions are in ethos-reminders-page-actions.c. */

G_DEFINE_FINAL_TYPE (EthosRemindersPage, ethos_reminders_page, GTK_TYPE_WIDGET)

char *
ethos_reminders_page_today_iso (EthosRemindersPage *self)
{
  if (self->today != NULL)
    return g_strdup (self->today);
  return ethos_date_today_iso ();
}

void
ethos_reminders_page_parse_today (EthosRemindersPage *self, GDate *today)
{
  g_autofree char *iso = ethos_reminders_page_today_iso (self);

  if (!ethos_date_parse (iso, today, NULL))
    g_assert_not_reached ();
}

/* Reads the reminders again; the groups change the rows that now read differently. */
static void
reload (EthosRemindersPage *self)
{
  g_autoptr (GPtrArray) reminders = NULL;
  g_autoptr (GError) error = NULL;
  GDate today;

  ethos_reminders_page_parse_today (self, &today);
  reminders = ethos_store_list_reminders (self->store, TRUE, &error);
  gtk_widget_set_visible (self->problem, reminders == NULL);
  if (reminders == NULL)
    {
      adw_status_page_set_description (ADW_STATUS_PAGE (self->problem), error->message);
      reminders = g_ptr_array_new ();
    }
  /* Rows made from now on are as of today; on a new day the groups make again each row that
   * reads differently ("due in 3 days" is now "due in 2 days"). */
  self->shown_day = today;
  ethos_reminder_groups_update (self->groups, reminders, &today);
  gtk_widget_set_visible (self->empty, error == NULL && reminders->len == 0);
  gtk_widget_set_visible (self->event, reminders->len > 0);
}

static void
end_fading (gpointer row)
{
  gtk_widget_remove_css_class (row, "fading");
  g_object_unref (row);
}

/* Takes the mark off the row shown from a notification: it fades out, the only transition the
 * page's rows have (style.css). */
static void
unmark_landed (EthosRemindersPage *self)
{
  if (self->landed != NULL)
    {
      gtk_widget_add_css_class (self->landed, "fading");
      gtk_widget_remove_css_class (self->landed, "landed");
      g_timeout_add_once (700, end_fading, g_object_ref (self->landed));
    }
  g_clear_weak_pointer (&self->landed);
}

static gboolean
on_landed_timeout_cb (gpointer data)
{
  EthosRemindersPage *self = data;

  self->landed_source = 0;
  unmark_landed (self);
  return G_SOURCE_REMOVE;
}

static GtkWidget *
find_row (GtkWidget *widget, gint64 id)
{
  if (ADW_IS_ACTION_ROW (widget)
      && GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "reminder-id")) == (gsize) id)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_row (child, id);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* The row of reminder @id, or NULL when none shows it. */
GtkWidget *
ethos_reminders_page_find_row (EthosRemindersPage *self, gint64 id)
{
  return find_row (GTK_WIDGET (self->box), id);
}

/* Brings the reminder @id into view, focused and marked for a few seconds (it was opened from
 * a notification). Returns FALSE when it is no longer there. */
gboolean
ethos_reminders_page_show_reminder (EthosRemindersPage *self, gint64 id)
{
  GtkWidget *row;

  g_return_val_if_fail (ETHOS_IS_REMINDERS_PAGE (self), FALSE);

  reload (self);
  if ((row = ethos_reminders_page_find_row (self, id)) == NULL)
    return FALSE;
  g_clear_handle_id (&self->landed_source, g_source_remove);
  unmark_landed (self);
  g_set_weak_pointer (&self->landed, row);
  {
    GtkWidget *expander = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);

    if (expander != NULL)
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  }
  gtk_widget_add_css_class (row, "landed");
  /* The viewport scrolls to the focused row. */
  gtk_widget_grab_focus (row);
  self->landed_source = g_timeout_add_seconds (4, on_landed_timeout_cb, self);
  return TRUE;
}

/* The reminder row marked as just opened, for tests; NULL when none is. */
GtkWidget *
ethos_reminders_page_get_landed_row (EthosRemindersPage *self)
{
  return self->landed;
}

static void
ethos_reminders_page_dispose (GObject *object)
{
  EthosRemindersPage *self = ETHOS_REMINDERS_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->landed_source, g_source_remove);
  g_clear_weak_pointer (&self->landed);
  self->day_popover = NULL; /* a child, unparented below */

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->done_rows, g_ptr_array_unref);
  g_clear_object (&self->groups);

  G_OBJECT_CLASS (ethos_reminders_page_parent_class)->dispose (object);
}

static void
ethos_reminders_page_class_init (EthosRemindersPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_reminders_page_dispose;
  ethos_reminders_page_actions_class_init (widget_class);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ethos_reminders_page_init (EthosRemindersPage *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  gtk_widget_add_css_class (GTK_WIDGET (self), "reminders-page");

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_margin_top (GTK_WIDGET (self->box), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->box), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (self->box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->box), 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->box));
  gtk_scrolled_window_set_child (self->scroller, clamp);
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));
  self->groups = ethos_reminder_groups_new ();
  self->done_rows = g_ptr_array_new ();
  ethos_reminders_page_build (self);
}

static void
on_store_changed_cb (EthosStore *store, EthosStoreChange change, EthosRemindersPage *self)
{
  if (change & ETHOS_STORE_CHANGE_REMINDERS)
    reload (self);
}

GtkWidget *
ethos_reminders_page_new (EthosStore *store)
{
  EthosRemindersPage *self = g_object_new (ETHOS_TYPE_REMINDERS_PAGE, NULL);

  self->store = g_object_ref (store);
  /* The page follows the store: its own writes, the dialogs', other programs' (the notifier's
   * Done, the CLI), and the day changing. Nothing else tells it to read again. */
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  g_signal_connect_object (ethos_day_clock_get_default (), "day-changed", G_CALLBACK (reload),
                           self, G_CONNECT_SWAPPED);
  reload (self);
  return GTK_WIDGET (self);
}

/* Lays the page out as of @today (YYYY-MM-DD; NULL for the real day). */
void
ethos_reminders_page_set_today (EthosRemindersPage *self, const char *today)
{
  g_return_if_fail (ETHOS_IS_REMINDERS_PAGE (self));

  g_free (self->today);
  self->today = g_strdup (today);
  reload (self);
}
