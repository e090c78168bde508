/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-archive.h"
#include "ethos-date.h"
#include "ethos-import-dialog.h"
#include "ethos-import-store.h"
#include "ethos-import-words.h"
#include "ethos-store-reader.h"
#include "ethos-toast.h"
#include "ethos-window-private.h"

/* Import Records… and Export Everything… in the main menu. A file chosen to import opens the
 * import dialog, which shows it before anything is written; what it imported is said in a toast
 * here, with Undo for a table's batch. Everything is exported as one archive, written by a worker
 * thread on a connection of its own so that the window goes on; the toast says what it holds and
 * that it is not encrypted. */

typedef struct
{
  EthosStore *store;
  GtkWidget  *overlay;
  gint64      batch;
} Undo;

/* A chooser still open goes with the window. */
static void
chooser_free (GtkNativeDialog *chooser)
{
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
undo_free (Undo *undo)
{
  g_object_unref (undo->store);
  g_object_unref (undo->overlay);
  g_free (undo);
}

static void
on_undo_cb (AdwToast *toast, Undo *undo)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  guint removed = 0;

  if (!ethos_store_undo_import (undo->store, undo->batch, &removed, &error))
    message = g_strdup_printf (_("The import was not undone: %s"), error->message);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Removed the %u imported entry",
                                            "Removed the %u imported entries", removed),
                               removed);
  ethos_toast_show (undo->overlay, message);
}

static void
on_imported_cb (EthosWindow *self, const char *message, gint64 batch)
{
  Undo *undo;

  if (batch <= 0)
    {
      ethos_window_toast (self, message);
      return;
    }
  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (self->store);
  undo->overlay = g_object_ref (GTK_WIDGET (self->toast_overlay));
  undo->batch = batch;
  ethos_toast_show_undo (GTK_WIDGET (self->toast_overlay), message, G_CALLBACK (on_undo_cb), undo,
                         (GDestroyNotify) undo_free);
}

/* The import dialog for @file, shown at once; it reads the file itself. Returns it. */
GtkWidget *
ethos_window_import_file (EthosWindow *self, GFile *file)
{
  g_autofree char *today = ethos_date_today_iso ();
  GtkWidget *dialog;

  g_return_val_if_fail (ETHOS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* What is being typed is in the diary before the import looks for duplicates. */
  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  dialog = ethos_import_dialog_new (self->store, GTK_WINDOW (self), file, today);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_import_chosen_cb (GtkNativeDialog *chooser, int response, EthosWindow *self)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    ethos_window_import_file (self, file);
  g_object_set_data (G_OBJECT (self), "ethos-import-chooser", NULL);
}

static void
add_filter (GtkFileChooser *chooser, const char *name, const char *const *suffixes)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* Import Records… (win.import-records): a table of records, an Ethos archive or a calendar. */
void
ethos_window_start_import (EthosWindow *self)
{
  const char *const tables[] = { "csv", "ods", "xlsx", "docx", NULL };
  const char *const all[] = { "csv", "ods", "xlsx", "docx", "zip", "ics", NULL };
  GtkFileChooserNative *chooser;

  if (g_object_get_data (G_OBJECT (self), "ethos-import-chooser") != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Import Records"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (chooser), _("Records, archives and calendars"), all);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Tables of records (CSV, ODS, XLSX, DOCX)"), tables);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Ethos archives (.zip)"),
              (const char *const[]) { "zip", NULL });
  add_filter (GTK_FILE_CHOOSER (chooser), _("Calendars (.ics)"),
              (const char *const[]) { "ics", NULL });
  g_object_set_data_full (G_OBJECT (self), "ethos-import-chooser", chooser,
                          (GDestroyNotify) chooser_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Export Everything. */

typedef struct
{
  EthosStore        *reader;
  char              *path;
  char              *name;
  EthosArchiveCounts counts;
} Exporting;

static void
exporting_free (Exporting *exporting)
{
  g_clear_object (&exporting->reader);
  g_free (exporting->path);
  g_free (exporting->name);
  g_free (exporting);
}

static void
export_in_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Exporting *exporting = data;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  GError *error = NULL;
  gboolean written;

  written = ethos_archive_write (exporting->reader, exporting->path, now, &exporting->counts,
                                 &error);
  /* The reader's snapshot is let go here, on the thread that read it. */
  g_clear_object (&exporting->reader);
  if (written)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_exported_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  EthosWindow *self = ETHOS_WINDOW (source);
  Exporting *exporting = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    message = g_strdup_printf (_("Not exported: %s"), error->message);
  else
    message = ethos_import_describe_exported (exporting->name, exporting->counts.entries,
                                              exporting->counts.reminders,
                                              exporting->counts.files);
  ethos_window_toast (self, message);
  g_object_set_data (G_OBJECT (self), "ethos-exporting", NULL);
}

/* Writes everything to @file in a worker thread; the toast says how it went. */
void
ethos_window_export_all_to (EthosWindow *self, GFile *file)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GTask) task = NULL;
  Exporting *exporting;

  g_return_if_fail (ETHOS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (g_object_get_data (G_OBJECT (self), "ethos-exporting") != NULL)
    return;
  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  exporting = g_new0 (Exporting, 1);
  exporting->path = g_file_get_path (file);
  exporting->name = g_file_get_basename (file);
  if (exporting->path == NULL
      || (exporting->reader = ethos_store_open_reader (self->store, &error)) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Not exported: %s"),
                                                  error != NULL
                                                    ? error->message
                                                    : _("Ethos writes only to this computer."));

      ethos_window_toast (self, message);
      exporting_free (exporting);
      return;
    }
  g_object_set_data (G_OBJECT (self), "ethos-exporting", GINT_TO_POINTER (TRUE));
  task = g_task_new (self, NULL, on_exported_cb, NULL);
  g_task_set_task_data (task, exporting, (GDestroyNotify) exporting_free);
  g_task_run_in_thread (task, export_in_thread);
}

static void
on_export_chosen_cb (GtkNativeDialog *chooser, int response, EthosWindow *self)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    ethos_window_export_all_to (self, file);
  g_object_set_data (G_OBJECT (self), "ethos-export-all-chooser", NULL);
}

/* Export Everything… (win.export-all): where to, then write. */
void
ethos_window_start_export_all (EthosWindow *self)
{
  GtkFileChooserNative *chooser;

  if (g_object_get_data (G_OBJECT (self), "ethos-export-all-chooser") != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Everything"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("ethos-diary.zip"));
  g_object_set_data_full (G_OBJECT (self), "ethos-export-all-chooser", chooser,
                          (GDestroyNotify) chooser_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
