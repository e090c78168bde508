/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-import-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ethos-accessible.h"
#include "ethos-date.h"
#include "ethos-ical-read.h"
#include "ethos-import-dialog-private.h"
#include "ethos-import-preview.h"
#include "ethos-import-store.h"
#include "ethos-import-words.h"
#include "ethos-table-reader.h"

/* Import Records…: a file the practitioner chose, read in a worker thread, then shown before
 * anything is written. A table of records (CSV, ODS, XLSX, DOCX) is previewed row by row
 * (EthosImportPreview) and written as one batch that the window's toast can undo; an Ethos
 * archive (.zip) says what it holds and goes only into an empty diary; a calendar (.ics) lists
 * the reminders it gives and what it leaves out. A file that cannot be taken is said in place of
 * the preview, and nothing is written. "imported" gives the sentence for the toast and, for a
 * table, the batch to undo. */

G_DEFINE_FINAL_TYPE (EthosImportDialog, ethos_import_dialog, ADW_TYPE_WINDOW)

enum
{
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the worker thread read. */
typedef struct
{
  ImportKind    kind;
  char         *path;
  GDate         today;
  EthosImport  *import;
  EthosArchive *archive;
  GPtrArray    *reminders;
  GPtrArray    *skipped;
} Reading;

static void
reading_free (Reading *reading)
{
  g_free (reading->path);
  g_clear_object (&reading->import);
  g_clear_pointer (&reading->archive, ethos_archive_free);
  g_clear_pointer (&reading->reminders, g_ptr_array_unref);
  g_clear_pointer (&reading->skipped, g_ptr_array_unref);
  g_free (reading);
}

static ImportKind
kind_of (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  if (g_str_has_suffix (lower, ".zip"))
    return IMPORT_ARCHIVE;
  if (g_str_has_suffix (lower, ".ics"))
    return IMPORT_CALENDAR;
  return IMPORT_TABLE;
}

static gboolean
read_file (Reading *reading, GError **error)
{
  g_autoptr (EthosTable) table = NULL;
  g_autofree char *data = NULL;
  GStatBuf st;
  gsize length;

  /* Only a regular file: a FIFO would wait for ever, /dev/zero would never end. */
  if (g_stat (reading->path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("It is not a regular file."));
      return FALSE;
    }
  switch (reading->kind)
    {
    case IMPORT_ARCHIVE:
      return (reading->archive = ethos_archive_read (reading->path, error)) != NULL;
    case IMPORT_CALENDAR:
      return g_file_get_contents (reading->path, &data, &length, error)
             && ethos_ical_read_reminders (data, length, &reading->today, &reading->reminders,
                                           &reading->skipped, error);
    case IMPORT_TABLE:
    default:
      return (table = ethos_table_read_file (reading->path, error)) != NULL
             && (reading->import = ethos_import_new (table, NULL, &reading->today, error)) != NULL;
    }
}

static void
read_in_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  GError *error = NULL;

  if (read_file (data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Why the file cannot be taken, in place of the preview; nothing was written. */
static void
say_unreadable (EthosImportDialog *self, const char *reason)
{
  g_autofree char *title = g_strdup_printf (_("Could Not Read “%s”"), self->name);

  adw_status_page_set_icon_name (self->status, "dialog-warning-symbolic");
  adw_status_page_set_title (self->status, title);
  adw_status_page_set_description (self->status, reason);
  adw_status_page_set_child (self->status, NULL);
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->status));
  gtk_widget_set_visible (self->import_button, FALSE);
  self->ready = TRUE;
}

/* An import that failed, said over the page it was asked from; nothing was written. */
void
ethos_import_dialog_say_error (EthosImportDialog *self, const char *message)
{
  gtk_label_set_label (self->error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error), message != NULL);
}

static void
show_page (EthosImportDialog *self, GtkWidget *page)
{
  gtk_stack_add_child (self->stack, page);
  gtk_stack_set_visible_child (self->stack, page);
  adw_status_page_set_child (self->status, NULL);
  gtk_widget_set_visible (self->import_button, TRUE);
  gtk_widget_grab_focus (self->import_button);
  self->ready = TRUE;
}

static void
on_read_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (GError) error = NULL;
  EthosImportDialog *self;
  Reading *reading = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = ETHOS_IMPORT_DIALOG (source);
  if (error != NULL)
    {
      say_unreadable (self, error->message);
      return;
    }
  self->import = g_steal_pointer (&reading->import);
  self->archive = g_steal_pointer (&reading->archive);
  self->reminders = g_steal_pointer (&reading->reminders);
  self->skipped = g_steal_pointer (&reading->skipped);
  switch (self->kind)
    {
    case IMPORT_TABLE:
      /* Duplicates are of the diary as it is now: read on this thread, the store's. */
      if (!ethos_store_mark_import_duplicates (self->store, self->import, &error))
        {
          say_unreadable (self, error->message);
          return;
        }
      self->preview = ethos_import_preview_new (self->import);
      show_page (self, self->preview);
      break;
    case IMPORT_ARCHIVE:
      show_page (self, (self->pages = ethos_import_dialog_archive_page (self)));
      break;
    case IMPORT_CALENDAR:
      if ((self->pages = ethos_import_dialog_calendar_page (self, &error)) == NULL)
        {
          g_autofree char *said = g_strdup_printf (_("Ethos could not read your reminders: %s"),
                                                   error->message);

          say_unreadable (self, said);
          return;
        }
      show_page (self, self->pages);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
import_table (EthosImportDialog *self, char **message, gint64 *batch)
{
  g_autoptr (GError) error = NULL;
  guint added, skipped, duplicates;

  ethos_import_count (self->import, &added, &skipped, &duplicates);
  if (added == 0)
    {
      ethos_import_dialog_say_error (self, _("No row is ticked: tick the rows to import."));
      return FALSE;
    }
  if (!ethos_store_import_entries (self->store, self->import, self->name, batch, &error))
    {
      g_autofree char *said = g_strdup_printf (_("Nothing was imported: %s"), error->message);

      ethos_import_dialog_say_error (self, said);
      return FALSE;
    }
  *message = ethos_import_describe_added (added, self->name);
  return TRUE;
}

static void
import_clicked_cb (EthosImportDialog *self)
{
  g_autofree char *message = NULL;
  gint64 batch = 0;
  gboolean done;

  ethos_import_dialog_say_error (self, NULL);
  switch (self->kind)
    {
    case IMPORT_TABLE:
      done = import_table (self, &message, &batch);
      break;
    case IMPORT_ARCHIVE:
      done = ethos_import_dialog_import_archive (self, &message);
      break;
    case IMPORT_CALENDAR:
      done = ethos_import_dialog_import_calendar (self, &message);
      break;
    default:
      g_assert_not_reached ();
    }
  if (!done)
    return;
  g_signal_emit (self, signals[IMPORTED], 0, message, batch);
  gtk_window_close (GTK_WINDOW (self));
}

static void
ethos_import_dialog_dispose (GObject *object)
{
  EthosImportDialog *self = ETHOS_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->import);
  g_clear_pointer (&self->archive, ethos_archive_free);
  g_clear_pointer (&self->reminders, g_ptr_array_unref);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_import_dialog_parent_class)->dispose (object);
}

static void
ethos_import_dialog_finalize (GObject *object)
{
  EthosImportDialog *self = ETHOS_IMPORT_DIALOG (object);

  g_free (self->name);
  g_free (self->today);

  G_OBJECT_CLASS (ethos_import_dialog_parent_class)->finalize (object);
}

static void
ethos_import_dialog_class_init (EthosImportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_import_dialog_dispose;
  G_OBJECT_CLASS (klass)->finalize = ethos_import_dialog_finalize;

  /* (message, batch): what was imported, for a toast; the batch to undo, or 0. */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ethos_import_dialog_init (EthosImportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *spinner = gtk_spinner_new ();

  self->cancellable = g_cancellable_new ();
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 640);
  gtk_widget_set_size_request (GTK_WIDGET (self), 360, 320);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  /* The file's name under the title, where a narrow window has room for more of it than
   * after "Import" (“everythin…” at 360 px). */
  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Import Records"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  ethos_accessible_name_by_label (cancel);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  ethos_accessible_name_by_label (self->import_button);
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  gtk_widget_set_visible (self->import_button, FALSE);
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (import_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  gtk_box_append (GTK_BOX (box), header);

  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error, TRUE);
  gtk_label_set_xalign (self->error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->error));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_title (self->status, _("Reading the File…"));
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  adw_status_page_set_child (self->status, spinner);
  gtk_stack_add_child (self->stack, GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->stack));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1200);
  gtk_widget_set_margin_start (body, 12);
  gtk_widget_set_margin_end (body, 12);
  gtk_widget_set_margin_top (body, 12);
  gtk_widget_set_margin_bottom (body, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), body);
  gtk_widget_set_vexpand (clamp, TRUE);
  gtk_box_append (GTK_BOX (box), clamp);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* The dialog for @file, read at once in a worker thread; @today (ISO) places dates written
 * without a year and the calendar's repeats. */
GtkWidget *
ethos_import_dialog_new (EthosStore *store, GtkWindow *parent, GFile *file, const char *today)
{
  EthosImportDialog *self;
  g_autoptr (GTask) task = NULL;
  g_autofree char *title = NULL;
  Reading *reading;

  g_return_val_if_fail (ETHOS_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  self = g_object_new (ETHOS_TYPE_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);
  self->name = g_file_get_basename (file);
  self->today = g_strdup (today);
  self->kind = kind_of (self->name);
  title = g_strdup_printf (_("Import “%s”"), self->name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_subtitle (self->title, self->name);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
    }

  reading = g_new0 (Reading, 1);
  reading->kind = self->kind;
  reading->path = g_file_get_path (file);
  if (!ethos_date_parse (today, &reading->today, NULL))
    g_date_set_time_t (&reading->today, time (NULL));
  if (reading->path == NULL)
    {
      reading_free (reading);
      say_unreadable (self, _("Ethos reads only files on this computer."));
      return GTK_WIDGET (self);
    }
  task = g_task_new (self, self->cancellable, on_read_cb, NULL);
  g_task_set_task_data (task, reading, (GDestroyNotify) reading_free);
  g_task_run_in_thread (task, read_in_thread);
  return GTK_WIDGET (self);
}

/* Whether the file has been read and is shown (or its reason said). */
gboolean
ethos_import_dialog_is_ready (EthosImportDialog *self)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT_DIALOG (self), FALSE);

  return self->ready;
}

/* The table's import, once read (NULL before, and for an archive or a calendar). */
EthosImport *
ethos_import_dialog_get_import (EthosImportDialog *self)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}
