/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The Reminders page's insides, shared by ethos-reminders-page.c (reading, the day, a reminder
 * shown from a notification), ethos-reminders-page-lists.c, ethos-reminders-page-actions.c and
 * ethos-reminders-page-undo.c (Done and Delete, and their Undo). */

#include "ethos-reminder-groups.h"
#include "ethos-reminders-page.h"

G_BEGIN_DECLS

/* The groups shown as lists; Done is folded in an expander row. */
#define ETHOS_REMINDERS_PAGE_N_LISTS 4

struct _EthosRemindersPage
{
  GtkWidget   parent_instance;

  GtkScrolledWindow *scroller;
  GtkBox     *box;
  GtkWidget  *problem;  /* the reminders could not be read */
  GtkWidget  *empty;    /* there are none yet */
  GtkWidget  *event;
  GtkWidget  *lists[ETHOS_REMINDERS_PAGE_N_LISTS];
  GtkWidget  *done_group;
  GtkWidget  *done_row;
  GPtrArray  *done_rows;
  EthosReminderGroups *groups;
  EthosStore *store;
  char       *today; /* for tests; NULL for the real day */
  GDate       shown_day; /* the day rows are made for */
  GtkWidget  *landed; /* the row shown from a notification, marked for a moment */
  guint       landed_source;
  GtkWidget  *day_popover; /* the snooze's day, made when first asked for */
  gint64      day_popover_id; /* the reminder it snoozes */
};

/* ethos-reminders-page.c */
char *ethos_reminders_page_today_iso (EthosRemindersPage *self);
void  ethos_reminders_page_parse_today (EthosRemindersPage *self, GDate *today);
GtkWidget *ethos_reminders_page_find_row (EthosRemindersPage *self, gint64 id);

/* ethos-reminders-page-lists.c */
void  ethos_reminders_page_build (EthosRemindersPage *self);

/* ethos-reminders-page-actions.c */
void  ethos_reminders_page_actions_class_init (GtkWidgetClass *widget_class);
EthosReminder *ethos_reminders_page_read_reminder (EthosRemindersPage *self, gint64 id);

/* ethos-reminders-page-undo.c */
void  ethos_reminders_page_done (EthosRemindersPage *self, gint64 id);
void  ethos_reminders_page_delete (EthosRemindersPage *self, gint64 id);

G_END_DECLS
