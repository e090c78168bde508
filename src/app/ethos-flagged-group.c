/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-flagged-group"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-entry-store.h"
#include "ethos-flagged-group.h"
#include "ethos-privacy-redact.h"

/* The entries of a period that may identify a client, each with its date and what was found in
 * it, as the export dialog shows them before anything is written: the same entries and the
 * same scan (src/core/ethos-privacy-redact.c) the export itself uses. */

struct _EthosFlaggedGroup
{
  AdwPreferencesGroup parent_instance;

  GPtrArray          *rows;
  guint               n_flagged;
};

G_DEFINE_FINAL_TYPE (EthosFlaggedGroup, ethos_flagged_group, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  OPEN_ENTRY,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
on_row_activated_cb (AdwActionRow *row, EthosFlaggedGroup *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "ethos-entry-id");

  g_signal_emit (self, signals[OPEN_ENTRY], 0, *id);
}

/* Empties the list, saying @description (may be NULL) in its place. */
void
ethos_flagged_group_clear (EthosFlaggedGroup *self, const char *description)
{
  g_return_if_fail (ETHOS_IS_FLAGGED_GROUP (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self),
                                  g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  self->n_flagged = 0;
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
}

static void
add_row (EthosFlaggedGroup *self, EthosEntry *entry, const char *found)
{
  GtkWidget *row = adw_action_row_new ();
  const char *label = ethos_entry_get_label (entry);
  g_autofree char *date = ethos_date_format_iso (entry->date, ETHOS_DATE_LONG);
  /* Translators: under an entry in the export dialog's list: its date and what in it may
   * identify a client ("12 March 2026 · a postcode") */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), date, found);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 label != NULL && label[0] != '\0'
                                   ? label
                                   : ethos_entry_describe_kind (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  /* Opened, to change what it says before exporting. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Open the entry in the Diary"));
  g_object_set_data_full (G_OBJECT (row), "ethos-entry-id", g_memdup2 (&entry->id, sizeof entry->id),
                          g_free);
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

/* Lists the entries from @from to @to (ISO) that may identify a client; FALSE with @error,
 * and the list empty, when the diary cannot be read. */
gboolean
ethos_flagged_group_show (EthosFlaggedGroup  *self,
                          EthosStore         *store,
                          const char         *from,
                          const char         *to,
                          GError            **error)
{
  g_autoptr (GPtrArray) entries = NULL;
  guint n = 0;

  g_return_val_if_fail (ETHOS_IS_FLAGGED_GROUP (self), FALSE);

  ethos_flagged_group_clear (self, NULL);
  if ((entries = ethos_store_list_entries (store, -1, from, to, FALSE, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      EthosEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *found = ethos_privacy_describe_entry (entry);

      if (found == NULL)
        continue;
      n++;
      add_row (self, entry, found);
    }
  self->n_flagged = n;
  {
    g_autofree char *said = ethos_privacy_flagged_summary (n);

    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), said);
  }
  return TRUE;
}

/* How many entries the list shows. */
guint
ethos_flagged_group_get_n_flagged (EthosFlaggedGroup *self)
{
  g_return_val_if_fail (ETHOS_IS_FLAGGED_GROUP (self), 0);

  return self->n_flagged;
}

static void
ethos_flagged_group_dispose (GObject *object)
{
  EthosFlaggedGroup *self = ETHOS_FLAGGED_GROUP (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_flagged_group_parent_class)->dispose (object);
}

static void
ethos_flagged_group_class_init (EthosFlaggedGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_flagged_group_dispose;

  /* An entry's row was activated: its id, to open it. */
  signals[OPEN_ENTRY] = g_signal_new ("open-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
ethos_flagged_group_init (EthosFlaggedGroup *self)
{
  self->rows = g_ptr_array_new ();
  /* Titled, so that the list has a name a screen reader can say. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("May Identify a Client"));
}

GtkWidget *
ethos_flagged_group_new (void)
{
  return g_object_new (ETHOS_TYPE_FLAGGED_GROUP, NULL);
}
