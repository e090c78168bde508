/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "draft-typist"

#include "config.h"

#include <stdio.h>

#include "ui-test-util.h"

#include "ethos-draft-store.h"
#include "ethos-window.h"

/* For /drafts/survives-kill: the window on the data folder given, an activity typed half-way
 * into it ("lots" in Hours), and "kept" printed once what was typed is kept as a draft. Then it
 * waits, typing nothing more, to be killed. */

static gboolean
row_titled (GtkWidget *widget, gpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static void
type_into (EthosWindow *window, const char *title, const char *text)
{
  GtkWidget *row = ui_find_widget (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, row_titled,
                                   (gpointer) title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static guint
n_drafts (EthosStore *store)
{
  g_autoptr (GPtrArray) drafts = ethos_store_list_drafts (store, NULL);

  return drafts != NULL ? drafts->len : 0;
}

int
main (int argc, char **argv)
{
  EthosStore *store;
  EthosWindow *window;

  g_assert_cmpint (argc, ==, 2);
  ui_init ();
  store = ui_open_store (argv[1], 0, 0);
  window = ui_open_window (NULL, store, 1100, 720);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-diary", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-cpd", NULL);
  type_into (window, "Title", "Supervising supervisors");
  type_into (window, "Hours", "lots");
  /* Kept the moment typing pauses, as a person would leave it. */
  ui_await (n_drafts (store) == 1);
  printf ("kept\n");
  fflush (stdout);
  for (;;)
    g_main_context_iteration (NULL, TRUE);
}
