/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-codes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-code-parser.h"
#include "ethos-code-store.h"
#include "ethos-codes-page-private.h"

/* The Codes page's import and removal of a practitioner's own code. */

/* Imports @file: everything is checked before anything is written, and a refusal is said in
 * place, in one sentence. */
gboolean
ethos_codes_page_import_file (EthosCodesPage *self, GFile *file)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *id = NULL;
  gsize length = 0;

  g_return_val_if_fail (ETHOS_IS_CODES_PAGE (self), FALSE);

  name = g_file_get_basename (file);
  path = g_file_get_path (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    g_set_error (&error, ETHOS_CODE_ERROR, ETHOS_CODE_ERROR_BINARY,
                 _("It is not a regular file."));
  else if (info != NULL)
    ethos_code_size_check (g_file_info_get_size (info), &error);
  if (error == NULL)
    g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  if (error == NULL)
    id = ethos_store_import_code (self->store, contents, length, NULL, NULL,
                                  path != NULL ? path : name, &error);
  if (id == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” was not imported. %s"), name,
                                                  error->message);
      ethos_codes_page_show_error (self, message);
      return FALSE;
    }

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  ethos_codes_page_reload_codes (self);
  ethos_codes_page_open_code (self, id);
  {
    g_autofree char *toast = g_strdup_printf (_("Imported “%s”"), self->code->title);
    ethos_codes_page_toast (self, toast);
  }
  return TRUE;
}

static void
on_chooser_response_cb (GtkNativeDialog *dialog, int response, EthosCodesPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        ethos_codes_page_import_file (self, file);
    }
  g_clear_object (&self->chooser);
}

void
ethos_codes_page_action_import (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosCodesPage *self = ETHOS_CODES_PAGE (widget);
  g_autoptr (GtkFileFilter) text = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->chooser != NULL)
    return;
  gtk_file_filter_set_name (text, _("Text and Markdown"));
  gtk_file_filter_add_mime_type (text, "text/plain");
  gtk_file_filter_add_mime_type (text, "text/markdown");
  gtk_file_filter_add_suffix (text, "txt");
  gtk_file_filter_add_suffix (text, "md");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Import a Code"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                                               _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), text);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_remove_response_cb (AdwMessageDialog *dialog, const char *response, EthosCodesPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;

  if (g_strcmp0 (response, "remove") != 0 || self->code == NULL)
    return;
  id = g_strdup (self->code->id);
  title = g_strdup (self->code->title);
  if (!ethos_store_remove_code (self->store, id, &error))
    {
      ethos_codes_page_show_error (self, error->message);
      return;
    }
  g_clear_object (&self->code);
  g_list_store_remove_all (self->clauses);
  ethos_clause_reader_show (self->reader, NULL, NULL, 0, NULL);
  ethos_codes_page_reload_codes (self);
  gtk_widget_set_visible (GTK_WIDGET (self->this_code_only), FALSE);
  {
    g_autofree char *next = ethos_codes_page_opening_code (self);

    if (next != NULL)
      ethos_codes_page_open_code (self, next);
  }
  {
    g_autofree char *toast = g_strdup_printf (_("Removed “%s”"), title);
    ethos_codes_page_toast (self, toast);
  }
}

void
ethos_codes_page_action_remove (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosCodesPage *self = ETHOS_CODES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->code == NULL || !self->code->imported)
    return;
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Remove This Code?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” will be removed from Ethos. Your bookmarks and notes "
                                    "on it are kept, and come back if you import it again."),
                                  self->code->title);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "remove",
                                    _("_Remove"), NULL);
  ethos_accessible_name_responses (ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

