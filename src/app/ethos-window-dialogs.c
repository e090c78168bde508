/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-client-hours-dialog.h"
#include "ethos-date.h"
#include "ethos-plan-dialog.h"
#include "ethos-preferences-window.h"
#include "ethos-welcome-window.h"
#include "ethos-window-private.h"

/* The windows the main window opens over itself: Preferences, the first-run welcome, the CPD
 * plan, the client-hours log, the keyboard shortcuts, and the question before closing with
 * typing not saved. */

/* A backup was restored: an entry open in the Diary's editor may no longer exist. What the
 * pages show follows the store's "changed". */
static void
on_restored_cb (EthosWindow *self)
{
  if (self->diary_page != NULL)
    ethos_diary_page_reload (self->diary_page);
}

/* Preferences, at @page ("profile", …; NULL for the first). */
void
ethos_window_open_preferences (EthosWindow *self, const char *page)
{
  GtkWidget *preferences;

  /* What is being typed is saved first, so that a backup made now holds it. */
  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  preferences = ethos_preferences_window_new (self->store, GTK_WINDOW (self));
  ethos_accessible_name_preferences_window (ADW_PREFERENCES_WINDOW (preferences));
  if (page != NULL)
    ethos_preferences_window_show_page (ETHOS_PREFERENCES_WINDOW (preferences), page);
  g_signal_connect_swapped (preferences, "restored", G_CALLBACK (on_restored_cb), self);
  gtk_window_present (GTK_WINDOW (preferences));
}

/* The CPD plan (win.cpd-plan), from the main menu and from a CPD activity's Plan Item. What is
 * being typed in the Diary is saved first, so that its link shows there. */
GtkWidget *
ethos_window_open_plan (EthosWindow *self)
{
  g_autofree char *today = ethos_date_today_iso ();
  GtkWidget *dialog;

  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  dialog = ethos_plan_dialog_new (self->store, GTK_WINDOW (self), today);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* The client-hours log (win.client-hours), from the main menu. */
GtkWidget *
ethos_window_open_client_hours (EthosWindow *self)
{
  g_autofree char *today = ethos_date_today_iso ();
  GtkWidget *dialog = ethos_client_hours_dialog_new (self->store, GTK_WINDOW (self), today);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* The welcome finished: the pages show the new profile and reminders; Import a Code… goes on
 * to the Codes page's file chooser, whose result is said there, and Import Your Records… to
 * the records' file chooser. */
static void
on_welcome_finished_cb (EthosWindow *self, guint then)
{
  if (then == ETHOS_WELCOME_THEN_IMPORT_CODE)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.import-code", NULL);
  else if (then == ETHOS_WELCOME_THEN_IMPORT_RECORDS)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.import-records", NULL);
  else
    ethos_window_toast (self, _("Ethos is set up"));
}

/* The welcome, asked for (win.welcome) or offered on a first start. Returns it. */
GtkWidget *
ethos_window_present_welcome (EthosWindow *self)
{
  g_autofree char *today = ethos_date_today_iso ();
  GtkWidget *welcome = ethos_welcome_window_new (self->store, self->settings, GTK_WINDOW (self),
                                                 today);

  g_signal_connect_object (welcome, "finished", G_CALLBACK (on_welcome_finished_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (welcome));
  return welcome;
}

/* The first-run welcome, on a first start only (see ethos_welcome_window_should_offer).
 * Returns the welcome shown, or NULL. */
GtkWidget *
ethos_window_offer_welcome (EthosWindow *self)
{
  g_return_val_if_fail (ETHOS_IS_WINDOW (self), NULL);

  if (!ethos_welcome_window_should_offer (self->store, self->settings))
    return NULL;
  return ethos_window_present_welcome (self);
}

/* The shortcuts window is made the first time it is asked for, not at start-up (GTK's own
 * help-overlay.ui would be built with every window). */
GtkShortcutsWindow *
ethos_window_get_help_overlay (EthosWindow *self)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (self);
  GtkShortcutsWindow *help;

  g_return_val_if_fail (ETHOS_IS_WINDOW (self), NULL);

  if ((help = gtk_application_window_get_help_overlay (window)) == NULL)
    {
      g_autoptr (GtkBuilder) builder =
        gtk_builder_new_from_resource ("/org/ethosapp/Ethos/ethos-shortcuts-window.ui");

      help = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, help);
      ethos_accessible_name_shortcuts_window (help);
    }
  return help;
}

static void
on_close_unsaved_response_cb (AdwMessageDialog *dialog, const char *response, EthosWindow *self)
{
  if (g_strcmp0 (response, "close") != 0)
    return;
  self->closing_anyway = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* Typing that could not be written is not thrown away without asking. */
void
ethos_window_confirm_close_unsaved (EthosWindow *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Your Entry Is Not Saved"),
                                              _("Ethos could not write it to your records. If you "
                                                "keep Ethos open, it goes on trying; if you close "
                                                "it, what you typed is lost."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep Ethos Open"),
                                    "close", _("_Close and Lose It"), NULL);
  ethos_accessible_name_responses (ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_unsaved_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}
