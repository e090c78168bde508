/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-welcome-window"

#include "config.h"

#include "ethos-accessible.h"
#include "ethos-combo-row-labels.h"

#include <glib/gi18n.h>

#include "ethos-autostart.h"
#include "ethos-entry-store.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-records-store.h"
#include "ethos-reminder-store.h"
#include "ethos-rules-store.h"
#include "ethos-standard-form.h"
#include "ethos-welcome-privacy.h"
#include "ethos-welcome-window-private.h"

/* The first-run welcome, in four steps: the name and the bodies; the dates that make the
 * standard reminders (shown as they will be, by EthosStandardForm); the notifier at login; an
 * offer to import the practitioner's own body's code. Nothing is written until Done (or Import,
 * which is Done and then the file chooser): the name first, as the one thing that can be
 * refused, then the bodies, the reminders (and the DBS certificate's issue date, as its record)
 * and the login entry, each in its own transaction.
 * Skip, Escape or closing the window keep nothing (asked first once something was typed). Either way the welcome is not offered again;
 * the main menu's Set Up Ethos… brings it back, filled in from the profile. */

enum
{
  PAGE_BODIES,
  PAGE_DATES,
  PAGE_LOGIN,
  PAGE_CODE,
  N_PAGES
};


G_DEFINE_FINAL_TYPE (EthosWelcomeWindow, ethos_welcome_window, ADW_TYPE_WINDOW)

enum
{
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


void
ethos_welcome_on_body_toggled_cb (EthosWelcomeWindow *self)
{
  g_auto (GStrv) ids = ethos_welcome_chosen_bodies (self);

  self->touched = TRUE;
  /* The reminders their codes ask for are in the next step's preview. */
  ethos_standard_form_set_body_ids (self->form, (const char *const *) ids);
}

static void
on_form_changed_cb (EthosWelcomeWindow *self)
{
  self->touched = TRUE;
}

static void
on_name_changed_cb (EthosWelcomeWindow *self)
{
  self->touched = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->name_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

static void
update_buttons (EthosWelcomeWindow *self)
{
  gtk_widget_set_visible (self->back_button, self->page > 0);
  gtk_button_set_label (self->next_button, self->page + 1 < N_PAGES ? _("_Next") : _("_Done"));
}

static void
on_page_changed_cb (EthosWelcomeWindow *self, guint index)
{
  self->page = index;
  update_buttons (self);
}

/* Shows step @page (0 to 3). */
void
ethos_welcome_window_go_to (EthosWelcomeWindow *self, guint page)
{
  g_return_if_fail (ETHOS_IS_WELCOME_WINDOW (self));

  page = MIN (page, N_PAGES - 1);
  adw_carousel_scroll_to (self->carousel, adw_carousel_get_nth_page (self->carousel, page),
                          gtk_widget_get_mapped (GTK_WIDGET (self)));
  self->page = page;
  update_buttons (self);
}

guint
ethos_welcome_window_get_page (EthosWelcomeWindow *self)
{
  g_return_val_if_fail (ETHOS_IS_WELCOME_WINDOW (self), 0);

  return self->page;
}

/* What could not be kept and has no row of its own to be said under. */
static void
show_error (EthosWelcomeWindow *self, const char *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
mark_answered (EthosWelcomeWindow *self)
{
  self->answered = TRUE;
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "welcome-done", TRUE);
}



/* Done: keeps what was given and closes. On error, says so on the step it belongs to, which is
 * shown, and keeps the window open. */
/* The day the DBS certificate was issued, typed for its recheck reminder, is the certificate's
 * record too (Preferences → Records, and the audit pack): kept there, unless it is already. */
static gboolean
keep_dbs_issued (EthosWelcomeWindow *self, GError **error)
{
  g_autofree char *issued = ethos_standard_form_get_dbs_issued (self->form);
  g_autoptr (EthosRecords) records = NULL;

  if (issued == NULL)
    return TRUE;
  if ((records = ethos_store_get_records (self->store, error)) == NULL)
    return FALSE;
  if (g_strcmp0 (records->dbs_issued, issued) == 0)
    return TRUE;
  g_free (records->dbs_issued);
  records->dbs_issued = g_steal_pointer (&issued);
  return ethos_store_set_records (self->store, records, error);
}

gboolean
ethos_welcome_window_finish (EthosWelcomeWindow *self, EthosWelcomeThen then, GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *kept_name = NULL;
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GError) local_error = NULL;
  gboolean autostart;

  g_return_val_if_fail (ETHOS_IS_WELCOME_WINDOW (self), FALSE);

  /* The form has had the bodies from each tick (on_body_toggled_cb) and from setup. */
  show_error (self, NULL);
  /* A date that cannot be read, or reminders that could not be: said on the dates' step. */
  if (!ethos_standard_form_is_ready (self->form, error))
    {
      ethos_welcome_window_go_to (self, PAGE_DATES);
      return FALSE;
    }
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  kept_name = ethos_store_get_name (self->store);
  if (name[0] != '\0' && g_strcmp0 (name, kept_name) != 0
      && !ethos_store_set_name (self->store, name, &local_error))
    {
      ethos_welcome_window_go_to (self, PAGE_BODIES);
      gtk_label_set_label (self->name_error, local_error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->name_error), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if ((memberships = ethos_welcome_memberships_with_choices (self, &local_error)) == NULL
      || !ethos_store_set_memberships (self->store, memberships, &local_error)
      || !ethos_welcome_keep_classes_and_practice (self, &local_error))
    {
      ethos_welcome_window_go_to (self, PAGE_BODIES);
      show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (ethos_standard_form_add (self->form, &local_error) < 0
      || !keep_dbs_issued (self, &local_error))
    {
      ethos_welcome_window_go_to (self, PAGE_DATES);
      ethos_standard_form_show_error (self->form, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* An answer is kept even when it is "no": a later assistant shows it. */
  autostart = gtk_switch_get_active (self->autostart_switch);
  if ((!ethos_autostart_was_chosen () || autostart != ethos_autostart_is_enabled ())
      && !ethos_autostart_set_enabled (autostart, &local_error))
    {
      ethos_welcome_window_go_to (self, PAGE_LOGIN);
      show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  mark_answered (self);
  g_signal_emit (self, signals[FINISHED], 0, (guint) then);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/* Keeps nothing, and the welcome is not offered again. */
void
ethos_welcome_window_skip (EthosWelcomeWindow *self)
{
  g_return_if_fail (ETHOS_IS_WELCOME_WINDOW (self));

  mark_answered (self);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_skip_response_cb (AdwMessageDialog *dialog, const char *response, EthosWelcomeWindow *self)
{
  if (g_strcmp0 (response, "skip") == 0)
    ethos_welcome_window_skip (self);
}

/* Skip, Escape or the window closed: with something typed, asked first, as what was typed
 * would not be kept. */
static void
ask_skip (EthosWelcomeWindow *self)
{
  GtkWidget *dialog;

  if (!self->touched || self->answered)
    {
      ethos_welcome_window_skip (self);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Skip Setting Up?"),
                                   _("What you typed here will not be kept. You can set up Ethos "
                                     "later from the main menu."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "back", _("_Back"), "skip",
                                    _("_Skip"), NULL);
  ethos_accessible_name_responses (ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "skip",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "back");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "back");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_skip_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
finish_or_say (EthosWelcomeWindow *self, EthosWelcomeThen then)
{
  /* What went wrong is said in the window. */
  ethos_welcome_window_finish (self, then, NULL);
}

static void
welcome_next (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWelcomeWindow *self = ETHOS_WELCOME_WINDOW (widget);

  if (self->page + 1 < N_PAGES)
    ethos_welcome_window_go_to (self, self->page + 1);
  else
    finish_or_say (self, ETHOS_WELCOME_THEN_NOTHING);
}

static void
welcome_back (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWelcomeWindow *self = ETHOS_WELCOME_WINDOW (widget);

  if (self->page > 0)
    ethos_welcome_window_go_to (self, self->page - 1);
}

static void
welcome_skip (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ask_skip (ETHOS_WELCOME_WINDOW (widget));
}

static void
welcome_import (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  finish_or_say (ETHOS_WELCOME_WINDOW (widget), ETHOS_WELCOME_THEN_IMPORT_CODE);
}

static void
welcome_import_records (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  finish_or_say (ETHOS_WELCOME_WINDOW (widget), ETHOS_WELCOME_THEN_IMPORT_RECORDS);
}

/* Closed by the window manager: as Skip. */
static gboolean
ethos_welcome_window_close_request (GtkWindow *window)
{
  EthosWelcomeWindow *self = ETHOS_WELCOME_WINDOW (window);

  if (!self->answered && self->touched)
    {
      ask_skip (self);
      return TRUE;
    }
  if (!self->answered)
    mark_answered (self);
  return GTK_WINDOW_CLASS (ethos_welcome_window_parent_class)->close_request (window);
}

static void
ethos_welcome_window_dispose (GObject *object)
{
  EthosWelcomeWindow *self = ETHOS_WELCOME_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_WELCOME_WINDOW);
  g_clear_pointer (&self->body_checks, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ethos_welcome_window_parent_class)->dispose (object);
}

static void
ethos_welcome_window_class_init (EthosWelcomeWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_welcome_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = ethos_welcome_window_close_request;

  /* then (EthosWelcomeThen): what the practitioner asked to do next. */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  g_type_ensure (ETHOS_TYPE_STANDARD_FORM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-welcome-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, carousel);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, skip_button);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, import_code_button);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, import_records_button);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, name_error);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, bodies_group);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, practice_row);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, form);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, autostart_switch);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_install_action (widget_class, "welcome.next", NULL, welcome_next);
  gtk_widget_class_install_action (widget_class, "welcome.back", NULL, welcome_back);
  gtk_widget_class_install_action (widget_class, "welcome.skip", NULL, welcome_skip);
  gtk_widget_class_install_action (widget_class, "welcome.import", NULL, welcome_import);
  gtk_widget_class_install_action (widget_class, "welcome.import-records", NULL,
                                   welcome_import_records);
}

static void
ethos_welcome_window_init (EthosWelcomeWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_combo_row_wrap_labels (self->practice_row);
  /* Next becomes Done on the last step: named by its label each time. */
  ethos_accessible_name_by_label (GTK_WIDGET (self->next_button));
  ethos_accessible_name_by_label (self->skip_button);
  ethos_accessible_name_by_label (self->import_code_button);
  ethos_accessible_name_by_label (self->import_records_button);
  self->body_checks = g_ptr_array_new ();
  g_signal_connect_swapped (self->form, "changed", G_CALLBACK (on_form_changed_cb), self);
  ethos_standard_form_set_show_autostart (self->form, FALSE);
  update_buttons (self);
}



/* Public API --------------------------------------------------------------------------------- */

/* The first step's word on privacy: the diary's state, and, when it was made encrypted on this
 * first start (@key_to_come), that its recovery key comes when the welcome is over. */
void
ethos_welcome_window_say_privacy (EthosWelcomeWindow *self, gboolean key_to_come)
{
  AdwPreferencesPage *first;

  g_return_if_fail (ETHOS_IS_WELCOME_WINDOW (self));

  first = ADW_PREFERENCES_PAGE (adw_carousel_get_nth_page (self->carousel, PAGE_BODIES));
  if (self->privacy != NULL)
    adw_preferences_page_remove (first, ADW_PREFERENCES_GROUP (self->privacy));
  self->privacy = ethos_welcome_privacy_new (ethos_store_get_data_dir (self->store),
                                             key_to_come);
  adw_preferences_page_add (first, ADW_PREFERENCES_GROUP (self->privacy));
}

/* Offered once, on a first start: never answered, and nothing in the records yet (someone who
 * used Ethos before the welcome existed has a profile, entries or reminders: for them it is
 * marked as answered, so that later starts ask nothing of the store). */
gboolean
ethos_welcome_window_should_offer (EthosStore *store, GSettings *settings)
{
  g_autofree char *name = NULL;
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GPtrArray) reminders = NULL;
  g_autoptr (GError) error = NULL;
  gboolean has_records;

  g_return_val_if_fail (ETHOS_IS_STORE (store), FALSE);

  if (settings == NULL || g_settings_get_boolean (settings, "welcome-done"))
    return FALSE;
  /* One question at a time, stopping at the first that finds something; a store that cannot
   * answer offers nothing and marks nothing. The practitioner hears of that from the Overview,
   * which cannot read the records either; the log says why there was no welcome. */
  name = ethos_store_get_name (store);
  has_records = name != NULL && name[0] != '\0';
  if (!has_records)
    {
      if ((memberships = ethos_store_list_memberships (store, &error)) == NULL)
        goto unanswered;
      has_records = memberships->len > 0 || ethos_store_count_entries (store, -1) > 0;
    }
  if (!has_records)
    {
      if ((reminders = ethos_store_list_reminders (store, TRUE, &error)) == NULL)
        goto unanswered;
      has_records = reminders->len > 0;
    }
  if (has_records)
    g_settings_set_boolean (settings, "welcome-done", TRUE);
  return !has_records;

unanswered:
  g_warning ("Not offering the welcome, as the records could not be read: %s", error->message);
  return FALSE;
}

/* @settings: where the welcome is marked as answered (NULL: nowhere); @today: YYYY-MM-DD, the
 * day the standard reminders are counted from. Filled in from the profile. */
GtkWidget *
ethos_welcome_window_new (EthosStore *store, GSettings *settings, GtkWindow *parent,
                          const char *today)
{
  EthosWelcomeWindow *self = g_object_new (ETHOS_TYPE_WELCOME_WINDOW, "transient-for", parent,
                                           "destroy-with-parent", TRUE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (store, &error);
  g_auto (GStrv) known = ethos_body_ids_shipped ();
  g_auto (GStrv) ids = NULL;
  g_autofree char *name = ethos_store_get_name (store);

  self->store = g_object_ref (store);
  ethos_welcome_window_say_privacy (self, FALSE);
  if (settings != NULL)
    self->settings = g_object_ref (settings);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  adw_combo_row_set_selected (self->practice_row, ethos_store_get_practice (store, NULL));
  for (guint i = 0; known[i] != NULL; i++)
    {
      EthosMembership *member = NULL;

      for (guint j = 0; memberships != NULL && j < memberships->len; j++)
        if (g_str_equal (((EthosMembership *) g_ptr_array_index (memberships, j))->body_id,
                         known[i]))
          member = g_ptr_array_index (memberships, j);
      ethos_welcome_add_body_row (self, known[i], member);
    }
  /* Bodies that could not be read are said on their step (none is ticked); Done reads them
   * again, and keeps nothing while they cannot be. */
  if (memberships == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read your professional bodies: %s"),
                                                  error->message);

      show_error (self, message);
    }
  ids = ethos_welcome_chosen_bodies (self);
  ethos_standard_form_setup (self->form, store, today, (const char *const *) ids);
  gtk_switch_set_active (self->autostart_switch, ethos_autostart_suggested ());
  /* What it was filled in with is not typed. */
  self->touched = FALSE;
  return GTK_WIDGET (self);
}
