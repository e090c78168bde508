/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "reminders-test-util"

#include "config.h"

#include "reminders-test-util.h"

/* New records, and a window of their own on the Reminders page. */
void
reminders_set_up (EthosStore **store, EthosWindow **window)
{
  *store = ui_open_store (NULL, 0, 0);
  *window = ui_open_window (NULL, *store, 1100, 720);
  gtk_widget_activate_action (GTK_WIDGET (*window), "win.page-reminders", NULL);
  ui_wait_idle ();
}

void
reminders_tear_down (EthosStore **store, EthosWindow **window)
{
  /* The window has been closed (ui_test_add). */
  *window = NULL;
  g_clear_object (store);
}
