/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standard-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-autostart.h"
#include "ethos-profile-store.h"
#include "ethos-standard-dialog.h"
#include "ethos-standard-form.h"

/* The assistant for the reminders every practitioner needs (Standard Reminders…): the dates
 * they know go in, the reminders Ethos will add are shown as they type (EthosStandardForm), and
 * Add keeps them and, if they agree, starts the notifier at login. Nothing is added twice. */

struct _EthosStandardDialog
{
  AdwWindow          parent_instance;

  EthosStandardForm *form;
  GtkWidget         *add_button;
  GtkWidget         *cancel_button;
};

G_DEFINE_FINAL_TYPE (EthosStandardDialog, ethos_standard_dialog, ADW_TYPE_WINDOW)

enum
{
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_form_changed_cb (EthosStandardDialog *self)
{
  /* Turning the login entry on or off is worth saving on its own. */
  gtk_widget_set_sensitive (self->add_button,
                            ethos_standard_form_is_ready (self->form, NULL)
                              && (ethos_standard_form_count_new (self->form) > 0
                                  || ethos_standard_form_get_autostart (self->form)
                                       != ethos_autostart_is_enabled ()));
}

/* Adds what is planned and sets the login entry as the switch says. Returns how many reminders
 * were added, or -1 when something could not be saved (said in the dialog, which stays open). */
int
ethos_standard_dialog_add (EthosStandardDialog *self)
{
  g_autoptr (GError) error = NULL;
  gboolean autostart = ethos_standard_form_get_autostart (self->form);
  int added;

  on_form_changed_cb (self);
  if (!gtk_widget_get_sensitive (self->add_button))
    return -1;
  if ((added = ethos_standard_form_add (self->form, &error)) < 0)
    goto fail;
  if (autostart != ethos_autostart_is_enabled ()
      && !ethos_autostart_set_enabled (autostart, &error))
    goto fail;
  g_signal_emit (self, signals[ADDED], 0, added);
  gtk_window_close (GTK_WINDOW (self));
  return added;

fail:
  ethos_standard_form_show_error (self->form, error->message);
  return -1;
}

static void
on_add_clicked_cb (EthosStandardDialog *self)
{
  ethos_standard_dialog_add (self);
}

static void
ethos_standard_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ETHOS_TYPE_STANDARD_DIALOG);

  G_OBJECT_CLASS (ethos_standard_dialog_parent_class)->dispose (object);
}

static void
ethos_standard_dialog_class_init (EthosStandardDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_standard_dialog_dispose;

  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  g_type_ensure (ETHOS_TYPE_STANDARD_FORM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-standard-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, form);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, EthosStandardDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
ethos_standard_dialog_init (EthosStandardDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_accessible_name_by_label (self->add_button);
  ethos_accessible_name_by_label (self->cancel_button);
  gtk_window_set_focus (GTK_WINDOW (self),
                        ethos_standard_form_get_first_field (self->form));
}

/* @today: YYYY-MM-DD, the day the reminders are counted from. */
GtkWidget *
ethos_standard_dialog_new (EthosStore *store, GtkWindow *parent, const char *today)
{
  EthosStandardDialog *self = g_object_new (ETHOS_TYPE_STANDARD_DIALOG, "transient-for", parent,
                                            NULL);

  ethos_standard_form_setup_from_profile (self->form, store, today);
  return GTK_WIDGET (self);
}

/* For tests: the dates a practitioner types (NULL leaves a row as it is). */
void
ethos_standard_dialog_fill (EthosStandardDialog *self,
                            const char          *dbs,
                            const char          *insurance,
                            const char          *membership,
                            const char          *accreditation,
                            const char          *ico)
{
  ethos_standard_form_fill (self->form, dbs, insurance, membership, accreditation, ico);
}

/* How many reminders Add would add now. */
guint
ethos_standard_dialog_count_new (EthosStandardDialog *self)
{
  return ethos_standard_form_count_new (self->form);
}
