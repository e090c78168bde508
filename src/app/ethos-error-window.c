/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-error-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-backup-recover.h"
#include "ethos-error-window.h"
#include "ethos-store.h"

/* When the records cannot be opened, the window says why instead of the pages, and writes
 * nothing. A damaged database with a good backup gets an offer: restore the newest, with the
 * damaged file set aside as it is. */

struct _EthosErrorWindow
{
  AdwApplicationWindow parent_instance;

  char            *data_dir;
  EthosBackupInfo *backup; /* the one offered, or NULL */
  AdwStatusPage   *status;
  GtkLabel        *problem;
};

G_DEFINE_FINAL_TYPE (EthosErrorWindow, ethos_error_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  RECOVERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Sets the damaged database aside and restores the offered backup; "recovered" follows. */
gboolean
ethos_error_window_recover (EthosErrorWindow *self, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (self->backup != NULL, FALSE);

  if (!ethos_backups_recover (self->data_dir, self->backup->path, now, NULL, error))
    return FALSE;
  g_signal_emit (self, signals[RECOVERED], 0);
  return TRUE;
}

static void
on_restore_clicked_cb (GtkButton *button, EthosErrorWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (ethos_error_window_recover (self, &error))
    return;
  gtk_label_set_label (self->problem, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->problem), TRUE);
}

static void
ethos_error_window_finalize (GObject *object)
{
  EthosErrorWindow *self = ETHOS_ERROR_WINDOW (object);

  g_free (self->data_dir);
  g_clear_object (&self->backup);

  G_OBJECT_CLASS (ethos_error_window_parent_class)->finalize (object);
}

static void
ethos_error_window_class_init (EthosErrorWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_error_window_finalize;

  signals[RECOVERED] = g_signal_new ("recovered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ethos_error_window_init (EthosErrorWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_title (GTK_WINDOW (self), _("Ethos"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 520);
  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->status, "dialog-warning-symbolic");
  adw_status_page_set_title (self->status, _("Ethos Cannot Open Your Records"));
  gtk_widget_set_vexpand (GTK_WIDGET (self->status), TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), box);
}

static void
offer_backup (EthosErrorWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autofree char *when = g_date_time_format (self->backup->created, _("%-d %B %Y, %H:%M"));
  g_autofree char *label = g_strdup_printf (_("_Restore the Backup of %s"), when);
  GtkWidget *restore = gtk_button_new_with_mnemonic (label);
  GtkWidget *note = gtk_label_new (_("The damaged file is kept beside it, as it is, in case "
                                     "more can be rescued from it."));

  ethos_accessible_name_by_label (restore);
  gtk_widget_add_css_class (restore, "pill");
  gtk_widget_add_css_class (restore, "suggested-action");
  gtk_widget_set_halign (restore, GTK_ALIGN_CENTER);
  g_signal_connect (restore, "clicked", G_CALLBACK (on_restore_clicked_cb), self);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_justify (GTK_LABEL (note), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (note, "dim-label");
  self->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem, TRUE);
  gtk_label_set_justify (self->problem, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);
  gtk_box_append (GTK_BOX (box), restore);
  gtk_box_append (GTK_BOX (box), note);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem));
  adw_status_page_set_child (self->status, box);
}

/* @error: why the records in @data_dir (NULL for the usual folder) could not be opened. */
GtkWidget *
ethos_error_window_new (GtkApplication *application, const char *data_dir, const GError *error)
{
  EthosErrorWindow *self = g_object_new (ETHOS_TYPE_ERROR_WINDOW, "application", application,
                                         NULL);

  self->data_dir = data_dir != NULL ? g_strdup (data_dir) : ethos_store_default_data_dir ();
  adw_status_page_set_description (self->status, error->message);
  if (g_error_matches (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_CORRUPT)
      && (self->backup = ethos_backups_newest_good (self->data_dir)) != NULL)
    offer_backup (self);
  return GTK_WIDGET (self);
}
