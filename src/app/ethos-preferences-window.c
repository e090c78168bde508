/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-backup-restore.h"
#include "ethos-backup-store.h"
#include "ethos-preferences-window.h"
#include "ethos-settings.h"
#include "ethos-prefs-privacy-page.h"
#include "ethos-prefs-profile-page.h"
#include "ethos-prefs-records-page.h"
#include "ethos-prefs-reminders-page.h"
#include "ethos-prefs-rules-page.h"

/* Preferences: Profile, Records, Requirements and Reminders (a page object each), Backups and
 * Appearance. Everything is kept as it is changed; "changed" tells the main window to read the
 * records again.
 *
 * Backups: the list (newest first) with Restore and Save a Copy on each, Back Up Now, and
 * Restore From a File. A restore is confirmed first and keeps what is there now as a backup; a
 * file that is not a good Ethos backup is refused with the reason, and nothing changes.
 * Appearance: the style-variant setting, through a settings action. */

struct _EthosPreferencesWindow
{
  AdwPreferencesWindow     parent_instance;

  EthosStore              *store;
  GSettings               *settings;
  EthosPrefsProfilePage   *profile_page;
  EthosPrefsRecordsPage   *records_page;
  EthosPrefsPrivacyPage   *privacy_page;
  EthosPrefsRulesPage     *rules_page;
  EthosPrefsRemindersPage *reminders_page;
  AdwPreferencesPage      *appearance_page;
  GtkListBox              *backups_list;
  GtkWidget               *back_up_button;
  GtkWidget               *restore_file_button;
  GtkFileChooserNative    *chooser;
};

G_DEFINE_FINAL_TYPE (EthosPreferencesWindow, ethos_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum
{
  RESTORED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (EthosPreferencesWindow *self, const char *text)
{
  /* Plain text: a toast's title is markup, and an error may hold a "<" or an "&". */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
}

static const char *
kind_words (EthosBackupKind kind)
{
  switch (kind)
    {
    case ETHOS_BACKUP_DAILY:
      return _("Daily");
    case ETHOS_BACKUP_MANUAL:
      return _("Made by you");
    case ETHOS_BACKUP_PRE_MIGRATION:
      return _("Before an upgrade");
    case ETHOS_BACKUP_PRE_RESTORE:
      return _("Before a restore");
    default:
      return "";
    }
}

/* Restores @path over the records (the window reads them afresh). */
gboolean
ethos_preferences_window_restore (EthosPreferencesWindow *self, const char *path, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *pre_restore = NULL;

  if (!ethos_backups_restore (ethos_store_get_data_dir (self->store), path, now, &pre_restore,
                              error))
    return FALSE;
  ethos_preferences_window_reload_backups (self);
  ethos_prefs_profile_page_reload (self->profile_page);
  ethos_prefs_records_page_reload (self->records_page);
  ethos_prefs_privacy_page_reload (self->privacy_page);
  ethos_prefs_rules_page_reload (self->rules_page);
  ethos_prefs_reminders_page_reload (self->reminders_page);
  g_signal_emit (self, signals[RESTORED], 0);
  return TRUE;
}

static void
on_page_changed_cb (EthosPreferencesWindow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_bodies_changed_cb (EthosPreferencesWindow *self)
{
  ethos_prefs_rules_page_reload (self->rules_page);
}

static void
prefs_show_page (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_preferences_window_show_page (ETHOS_PREFERENCES_WINDOW (widget),
                                      g_variant_get_string (parameter, NULL));
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog, const char *response, gpointer data)
{
  EthosPreferencesWindow *self = data;
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "restore") != 0)
    return;
  if (!ethos_preferences_window_restore (self, path, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Not restored: %s"), error->message);

      toast (self, message);
      return;
    }
  toast (self, _("Restored; what you had is kept as a backup"));
}

static void
confirm_restore (EthosPreferencesWindow *self, const char *path, const char *when)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Your records will be as they were in the backup of %s. What "
                                    "you have now is kept as a backup first, so you can go back."),
                                  when);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "restore",
                                    _("_Restore"), NULL);
  ethos_accessible_name_responses (ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_restore_clicked_cb (GtkButton *button, EthosPreferencesWindow *self)
{
  confirm_restore (self, g_object_get_data (G_OBJECT (button), "path"),
                   g_object_get_data (G_OBJECT (button), "when"));
}

/* A copy elsewhere, owner-only like the backup itself. */
static gboolean
save_copy (const char *from, GFile *to, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = g_file_get_path (to);
  gsize length;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Ethos can save copies only to a folder on this computer"));
      return FALSE;
    }
  return g_file_get_contents (from, &contents, &length, error)
         && g_file_set_contents_full (path, contents, (gssize) length,
                                      G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static void
on_chooser_response_cb (GtkNativeDialog *dialog, int response, EthosPreferencesWindow *self)
{
  const char *copy_of = g_object_get_data (G_OBJECT (dialog), "copy-of");
  g_autofree char *source = g_strdup (copy_of);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  if (source != NULL)
    {
      if (!save_copy (source, file, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);

          toast (self, message);
          return;
        }
      toast (self, _("Copy saved"));
      return;
    }
  {
    g_autofree char *path = g_file_get_path (file);
    g_autofree char *name = g_file_get_basename (file);

    if (path != NULL)
      confirm_restore (self, path, name);
  }
}

static void
choose_file (EthosPreferencesWindow *self, const char *copy_of)
{
  if (self->chooser != NULL)
    return;
  if (copy_of != NULL)
    {
      g_autofree char *name = g_path_get_basename (copy_of);

      self->chooser = gtk_file_chooser_native_new (_("Save a Copy of the Backup"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                                   _("_Cancel"));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
      g_object_set_data_full (G_OBJECT (self->chooser), "copy-of", g_strdup (copy_of), g_free);
    }
  else
    self->chooser = gtk_file_chooser_native_new (_("Restore From a Backup File"), GTK_WINDOW (self),
                                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                                 _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_save_copy_clicked_cb (GtkButton *button, EthosPreferencesWindow *self)
{
  choose_file (self, g_object_get_data (G_OBJECT (button), "path"));
}

static void
on_restore_file_clicked_cb (EthosPreferencesWindow *self)
{
  choose_file (self, NULL);
}

static void
on_back_up_clicked_cb (EthosPreferencesWindow *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = ethos_store_backup (self->store, ETHOS_BACKUP_MANUAL, now, &error);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("No backup made: %s"), error->message);

      toast (self, message);
      return;
    }
  ethos_preferences_window_reload_backups (self);
  toast (self, _("Backed up"));
}

static GtkWidget *
backup_row (EthosPreferencesWindow *self, EthosBackupInfo *info)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *restore = gtk_button_new_with_mnemonic (_("_Restore…"));
  GtkWidget *copy = gtk_button_new_from_icon_name ("document-save-as-symbolic");
  g_autofree char *when = g_date_time_format (info->created, _("%A %-d %B %Y, %H:%M"));
  g_autofree char *size = g_format_size ((guint64) info->size);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", kind_words (info->kind), size);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_set_tooltip_text (copy, _("Save a Copy…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Save a copy of this backup"), -1);
  g_object_set_data_full (G_OBJECT (copy), "path", g_strdup (info->path), g_free);
  g_signal_connect (copy, "clicked", G_CALLBACK (on_save_copy_clicked_cb), self);

  gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
  ethos_accessible_name_by_label (restore);
  g_object_set_data_full (G_OBJECT (restore), "path", g_strdup (info->path), g_free);
  g_object_set_data_full (G_OBJECT (restore), "when", g_strdup (when), g_free);
  g_signal_connect (restore, "clicked", G_CALLBACK (on_restore_clicked_cb), self);
  if (info->schema_version > ethos_store_get_supported_schema_version ())
    {
      /* Refused by restore anyway; said here rather than after a click. */
      gtk_widget_set_sensitive (restore, FALSE);
      gtk_widget_set_tooltip_text (restore, _("Made by a newer Ethos"));
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), copy);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), restore);
  return row;
}

/* Lists the backups folder again. */
void
ethos_preferences_window_reload_backups (EthosPreferencesWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) backups = ethos_backups_list (ethos_store_get_data_dir (self->store), &error);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->backups_list))) != NULL)
    gtk_list_box_remove (self->backups_list, child);
  if (backups == NULL || backups->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     backups == NULL ? error->message : _("No backups yet"));
      gtk_list_box_append (self->backups_list, row);
      return;
    }
  for (guint i = 0; i < backups->len; i++)
    gtk_list_box_append (self->backups_list, backup_row (self, g_ptr_array_index (backups, i)));
}

/* What is being typed is kept: the row loses the focus, and keeps it (or says why not). */
static gboolean
ethos_preferences_window_close_request (GtkWindow *window)
{
  gtk_window_set_focus (window, NULL);
  return GTK_WINDOW_CLASS (ethos_preferences_window_parent_class)->close_request (window);
}

static void
ethos_preferences_window_dispose (GObject *object)
{
  EthosPreferencesWindow *self = ETHOS_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ethos_preferences_window_parent_class)->dispose (object);
}

static void
ethos_preferences_window_class_init (EthosPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_preferences_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = ethos_preferences_window_close_request;

  signals[RESTORED] = g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (ETHOS_TYPE_PREFS_PROFILE_PAGE);
  g_type_ensure (ETHOS_TYPE_PREFS_RECORDS_PAGE);
  g_type_ensure (ETHOS_TYPE_PREFS_PRIVACY_PAGE);
  g_type_ensure (ETHOS_TYPE_PREFS_RULES_PAGE);
  g_type_ensure (ETHOS_TYPE_PREFS_REMINDERS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosPreferencesWindow, profile_page);
  gtk_widget_class_bind_template_child (widget_class, EthosPreferencesWindow, records_page);
  gtk_widget_class_bind_template_child (widget_class, EthosPreferencesWindow, privacy_page);
  gtk_widget_class_bind_template_child (widget_class, EthosPreferencesWindow, rules_page);
  gtk_widget_class_bind_template_child (widget_class, EthosPreferencesWindow, reminders_page);
  gtk_widget_class_bind_template_child (widget_class, EthosPreferencesWindow, appearance_page);
  gtk_widget_class_bind_template_child (widget_class, EthosPreferencesWindow, backups_list);
  gtk_widget_class_bind_template_child (widget_class, EthosPreferencesWindow, back_up_button);
  gtk_widget_class_bind_template_child (widget_class, EthosPreferencesWindow, restore_file_button);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_bodies_changed_cb);
  gtk_widget_class_install_action (widget_class, "prefs.show-page", "s", prefs_show_page);
  gtk_widget_class_bind_template_callback (widget_class, on_back_up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_restore_file_clicked_cb);
}

static void
ethos_preferences_window_init (EthosPreferencesWindow *self)
{

  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_accessible_name_by_label (self->back_up_button);
  ethos_accessible_name_by_label (self->restore_file_button);

  /* Without Ethos's settings installed there is no style to choose. */
  if ((self->settings = ethos_settings_new ()) != NULL)
    {
      g_autoptr (GSimpleActionGroup) group = g_simple_action_group_new ();
      g_autoptr (GAction) style = NULL;

      style = g_settings_create_action (self->settings, "style-variant");
      g_action_map_add_action (G_ACTION_MAP (group), style);
      gtk_widget_insert_action_group (GTK_WIDGET (self), "settings", G_ACTION_GROUP (group));
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->appearance_page), FALSE);
}

GtkWidget *
ethos_preferences_window_new (EthosStore *store, GtkWindow *parent)
{
  EthosPreferencesWindow *self = g_object_new (ETHOS_TYPE_PREFERENCES_WINDOW, "transient-for",
                                               parent, NULL);

  self->store = g_object_ref (store);
  ethos_prefs_profile_page_set_store (self->profile_page, store);
  ethos_prefs_records_page_set_store (self->records_page, store);
  ethos_prefs_privacy_page_set_store (self->privacy_page, store);
  ethos_prefs_rules_page_set_store (self->rules_page, store);
  ethos_prefs_reminders_page_set_store (self->reminders_page, store);
  ethos_preferences_window_reload_backups (self);
  return GTK_WIDGET (self);
}

/* @name: profile, records, privacy, requirements, reminders, backups or appearance. */
void
ethos_preferences_window_show_page (EthosPreferencesWindow *self, const char *name)
{
  g_return_if_fail (ETHOS_IS_PREFERENCES_WINDOW (self));

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (self), name);
}
