/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-audit-pack.h"
#include "ethos-csv.h"
#include "ethos-date.h"
#include "ethos-export-dialog.h"
#include "ethos-export.h"
#include "ethos-export-period.h"
#include "ethos-privacy-redact.h"
#include "ethos-window-private.h"

/* The window's exports: the audit pack as a PDF and the diary as CSV. The export dialog asks
 * for the period and lists what in it may identify a client, with the choice to remove it;
 * then the file is asked for, written by the same functions the CLI uses, and the outcome said
 * in a toast that says what is in the file. */

static gboolean
write_export (EthosWindow *self,
              GFile       *file,
              gboolean     pdf,
              const char  *from,
              const char  *to,
              gboolean     redact,
              guint       *flagged,
              GError     **error)
{
  g_autofree char *today = ethos_date_today_iso ();

  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  return ethos_export_diary_to_file (self->store, file,
                                     pdf ? ETHOS_EXPORT_AUDIT_PACK : ETHOS_EXPORT_CSV, from, to,
                                     today, redact, NULL, flagged, error);
}

/* Writes, then says how it went. */
static void
export_and_say (EthosWindow *self,
                GFile       *file,
                gboolean     pdf,
                const char  *from,
                const char  *to,
                gboolean     redact)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  guint flagged = 0;

  if (!write_export (self, file, pdf, from, to, redact, &flagged, &error))
    message = g_strdup_printf (_("Not exported: %s"), error->message);
  else
    message = ethos_privacy_export_outcome (flagged, redact);
  ethos_window_toast (self, message);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser, int response, EthosWindow *self)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    export_and_say (self, file, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "pdf")),
                    g_object_get_data (G_OBJECT (chooser), "from"),
                    g_object_get_data (G_OBJECT (chooser), "to"),
                    GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "redact")));
  g_clear_object (&self->export_chooser);
}

/* The practitioner chose the period and whether to redact: where to, then write. */
static void
on_dialog_export_cb (EthosExportDialog *dialog, gboolean redact, EthosWindow *self)
{
  gboolean pdf = ethos_export_dialog_get_pdf (dialog);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!ethos_export_dialog_get_range (dialog, &from, &to))
    return;
  gtk_window_close (GTK_WINDOW (dialog));
  if (self->export_file != NULL)
    {
      export_and_say (self, self->export_file, pdf, from, to, redact);
      return;
    }
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
  g_object_set_data (G_OBJECT (self->export_chooser), "redact", GINT_TO_POINTER (redact));
  g_object_set_data_full (G_OBJECT (self->export_chooser), "from", g_steal_pointer (&from), g_free);
  g_object_set_data_full (G_OBJECT (self->export_chooser), "to", g_steal_pointer (&to), g_free);
  g_signal_connect (self->export_chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

/* Opens the export dialog for the audit pack (@pdf) or the diary as CSV. */
void
ethos_window_start_export (EthosWindow *self, gboolean pdf)
{
  g_autofree char *today = NULL;
  GtkWidget *dialog;

  if (self->export_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->export_dialog));
      return;
    }
  if (self->export_chooser != NULL)
    return;
  /* What is being typed is in the diary before the dialog lists what may identify a client. */
  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  today = ethos_date_today_iso ();
  dialog = ethos_export_dialog_new (self->store, GTK_WINDOW (self), pdf, today);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_set_weak_pointer (&self->export_dialog, dialog);
  g_signal_connect (dialog, "export", G_CALLBACK (on_dialog_export_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Writes the audit pack (@pdf) or the diary as CSV, for the last twelve months and as written,
 * to @file, without asking. */
gboolean
ethos_window_export_to (EthosWindow *self, GFile *file, gboolean pdf, GError **error)
{
  g_autofree char *today = ethos_date_today_iso ();
  EthosExportFacts facts = { .today = today };
  char from[11], to[11];
  guint flagged = 0;

  g_return_val_if_fail (ETHOS_IS_WINDOW (self), FALSE);

  if (!ethos_export_period_range (ETHOS_EXPORT_PERIOD_LAST_12_MONTHS, &facts, NULL, NULL, from,
                                  to, error))
    return FALSE;
  return write_export (self, file, pdf, from, to, FALSE, &flagged, error);
}

/* For tests: the file the export dialog's choice is written to, in place of asking with the
 * file chooser; NULL to ask again. */
void
ethos_window_set_export_file (EthosWindow *self, GFile *file)
{
  g_return_if_fail (ETHOS_IS_WINDOW (self));

  g_set_object (&self->export_file, file);
}
