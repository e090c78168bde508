/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-offdisk-group"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-backup-copy.h"
#include "ethos-offdisk-group.h"
#include "ethos-offdisk-store.h"

/* Preferences → Privacy → Copies Off This Disk (issue 19): the place the practitioner picked for
 * copies (a USB drive, a folder their cloud client syncs), chosen or cleared here; when the last
 * copy was made there, in core's sentence, marked as a warning when core says it is one (older
 * than a week, or never made); and Copy Now. What cannot be done is said in place. */

struct _EthosOffdiskGroup
{
  AdwPreferencesGroup  parent_instance;

  EthosStore          *store;
  AdwActionRow        *place_row;
  AdwActionRow        *state_row;
  GtkWidget           *clear_button;
  GtkWidget           *copy_button;
  GtkWidget           *warning_icon;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (EthosOffdiskGroup, ethos_offdisk_group, ADW_TYPE_PREFERENCES_GROUP)

static void
say_state (EthosOffdiskGroup *self, const char *problem)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *sentence = NULL;
  EthosOffdiskState state = ethos_store_get_offdisk_state (self->store, now, NULL, &sentence);
  gboolean warning = problem != NULL || ethos_offdisk_state_is_warning (state);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->state_row),
                                 problem != NULL ? problem : sentence);
  gtk_widget_set_visible (self->warning_icon, warning);
  if (warning)
    gtk_widget_add_css_class (GTK_WIDGET (self->state_row), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->state_row), "warning");
  gtk_widget_set_visible (self->copy_button, state != ETHOS_OFFDISK_NOT_SET);
}

void
ethos_offdisk_group_reload (EthosOffdiskGroup *self)
{
  g_autofree char *place = NULL;

  g_return_if_fail (ETHOS_IS_OFFDISK_GROUP (self));

  if (self->store == NULL)
    return;
  place = ethos_store_get_backup_destination (self->store);
  adw_action_row_set_subtitle (self->place_row,
                               place != NULL ? place : _("None chosen: backups stay on this disk"));
  gtk_widget_set_visible (self->clear_button, place != NULL);
  say_state (self, NULL);
}

static void
on_chosen_cb (EthosOffdiskGroup *self, int response)
{
  g_autoptr (GFile) folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (folder == NULL)
    return;
  path = g_file_get_path (folder);
  if (path == NULL || !ethos_store_set_backup_destination (self->store, path, &error))
    {
      ethos_offdisk_group_reload (self);
      say_state (self, error != NULL ? error->message
                                     : _("That folder is not on this computer's file system"));
      return;
    }
  ethos_offdisk_group_reload (self);
}

static void
on_choose_clicked_cb (EthosOffdiskGroup *self)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));

  self->chooser = gtk_file_chooser_native_new (_("Choose a Place for Copies"), window,
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (on_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_clear_clicked_cb (EthosOffdiskGroup *self)
{
  g_autoptr (GError) error = NULL;

  if (!ethos_store_set_backup_destination (self->store, NULL, &error))
    {
      say_state (self, error->message);
      return;
    }
  ethos_offdisk_group_reload (self);
}

static void
on_copy_clicked_cb (EthosOffdiskGroup *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  g_autofree char *copy = ethos_store_copy_newest_backup (self->store, now, &error);

  if (copy == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("No copy was made: %s"), error->message);

      say_state (self, text);
      return;
    }
  ethos_offdisk_group_reload (self);
}

static GtkWidget *
suffix_button (AdwActionRow *row, const char *label, const char *name, GCallback callback,
               gpointer self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_signal_connect_swapped (button, "clicked", callback, self);
  adw_action_row_add_suffix (row, button);
  return button;
}

static void
ethos_offdisk_group_dispose (GObject *object)
{
  EthosOffdiskGroup *self = ETHOS_OFFDISK_GROUP (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_offdisk_group_parent_class)->dispose (object);
}

static void
ethos_offdisk_group_class_init (EthosOffdiskGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_offdisk_group_dispose;
}

static void
ethos_offdisk_group_init (EthosOffdiskGroup *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);

  adw_preferences_group_set_title (group, _("Copies Off This Disk"));
  adw_preferences_group_set_description (group,
                                         _("A dead or lost disk takes the backups beside the "
                                           "diary with it. Pick a USB drive or a folder your "
                                           "cloud client syncs: each day's backup is copied "
                                           "there as it is, encrypted when the diary is."));

  self->place_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->place_row), _("Place for Copies"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->place_row), FALSE);
  suffix_button (self->place_row, _("C_hoose…"), _("Choose a place for copies"),
                 G_CALLBACK (on_choose_clicked_cb), self);
  /* An icon, so that the place's path keeps room in a narrow window. */
  self->clear_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_valign (self->clear_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->clear_button, "flat");
  gtk_widget_set_tooltip_text (self->clear_button, _("Stop Copying"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Stop copying backups off this disk"), -1);
  g_signal_connect_swapped (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked_cb),
                            self);
  adw_action_row_add_suffix (self->place_row, self->clear_button);
  adw_preferences_group_add (group, GTK_WIDGET (self->place_row));

  self->state_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->state_row), FALSE);
  adw_action_row_set_title_lines (self->state_row, 0);
  self->warning_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->warning_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
  adw_action_row_add_prefix (self->state_row, self->warning_icon);
  self->copy_button = suffix_button (self->state_row, _("Copy _Now"),
                                     _("Copy the newest backup off this disk now"),
                                     G_CALLBACK (on_copy_clicked_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (self->state_row));
}

GtkWidget *
ethos_offdisk_group_new (void)
{
  return g_object_new (ETHOS_TYPE_OFFDISK_GROUP, NULL);
}

void
ethos_offdisk_group_set_store (EthosOffdiskGroup *self, EthosStore *store)
{
  g_return_if_fail (ETHOS_IS_OFFDISK_GROUP (self));

  g_set_object (&self->store, store);
  ethos_offdisk_group_reload (self);
}
