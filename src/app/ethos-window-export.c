/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-audit-pack.h"
#include "ethos-csv.h"
#include "ethos-date.h"
#include "ethos-entry-store.h"
#include "ethos-export.h"
#include "ethos-rules-store.h"
#include "ethos-window-private.h"

/* The window's exports of the last twelve months: the audit pack as a PDF and the diary as CSV,
 * each to a file the practitioner picks, with the outcome said in a toast. */

/* The last twelve months, to today: what an audit asks for. */
static void
audit_range (char **from, char **to)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) start = g_date_time_add_months (now, -12);
  g_autoptr (GDateTime) first = g_date_time_add_days (start, 1);

  *to = ethos_date_time_to_iso (now);
  *from = ethos_date_time_to_iso (first);
}

static gboolean
write_export (EthosWindow *self, GFile *file, gboolean pdf, guint *flagged, GError **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean written;

  audit_range (&from, &to);
  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  stream = g_file_replace (file, NULL, FALSE, ETHOS_EXPORT_FILE_FLAGS, NULL, error);
  if (stream == NULL)
    return FALSE;
  if (pdf)
    written = ethos_audit_pack_write (self->store, from, to, to, FALSE, G_OUTPUT_STREAM (stream), flagged,
                                      error);
  else
    {
      g_autoptr (GPtrArray) entries = ethos_store_list_entries (self->store, -1, from, to, TRUE, error);
      g_autoptr (EthosBodyRules) rules = NULL;
      g_autoptr (GError) rules_error = NULL;

      /* No rules (no body in the profile) is a CSV without credited time; rules that could not
       * be read are a failed export, not one that quietly leaves the credit out. */
      if (entries != NULL)
        rules = ethos_store_load_first_body_rules (self->store, &rules_error);
      written = entries != NULL && rules_error == NULL
                && ethos_csv_write_entries (entries, rules, self->store, G_OUTPUT_STREAM (stream),
                                            error);
      if (rules_error != NULL)
        g_propagate_error (error, g_steal_pointer (&rules_error));
    }
  if (!written)
    {
      g_autoptr (GCancellable) cancel = g_cancellable_new ();

      /* A cancelled close drops the half-written temporary file. */
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

static void
on_export_response_cb (GtkNativeDialog *dialog, int response, EthosWindow *self)
{
  gboolean pdf = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "pdf"));
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  guint flagged = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->export_chooser);
  if (file == NULL)
    return;
  if (!write_export (self, file, pdf, &flagged, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Not exported: %s"), error->message);

      ethos_window_toast (self, message);
      return;
    }
  if (flagged > 0)
    {
      g_autofree char *message = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "Exported; %u entry in it may identify a client",
                     "Exported; %u entries in it may identify a client", flagged),
        flagged);

      ethos_window_toast (self, message);
    }
  else
    ethos_window_toast (self, _("Exported"));
}

/* Asks where to save the audit pack (@pdf) or the diary as CSV, then writes it there. */
void
ethos_window_start_export (EthosWindow *self, gboolean pdf)
{
  if (self->export_chooser != NULL)
    return;
  self->export_chooser = gtk_file_chooser_native_new (pdf ? _("Export the Audit Pack")
                                                          : _("Export the Diary as CSV"),
                                                      GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                                      _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser),
                                     pdf ? _("audit-pack.pdf") : _("diary.csv"));
  g_object_set_data (G_OBJECT (self->export_chooser), "pdf", GINT_TO_POINTER (pdf));
  g_signal_connect (self->export_chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

/* Writes the audit pack (@pdf) or the diary as CSV to @file, without asking where. */
gboolean
ethos_window_export_to (EthosWindow *self, GFile *file, gboolean pdf, GError **error)
{
  guint flagged = 0;

  g_return_val_if_fail (ETHOS_IS_WINDOW (self), FALSE);

  return write_export (self, file, pdf, &flagged, error);
}
