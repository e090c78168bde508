/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-combo-row-labels.h"
#include "ethos-entry-editor-private.h"
#include "ethos-plan-store.h"

/* The editor's Plan Item: which item of the CPD plan a CPD activity carries out, or none, saved
 * like the other fields. The choices follow the plan as it changes (an item added in the plan
 * dialog is offered at once; one removed goes, and the activity with it is shown linked to
 * none); a button beside them opens the plan. */

/* What the choices are: each item's id and title, to tell whether the list must be made again
 * (remaking it under an open popover would close it). */
static char *
plan_key (GPtrArray *items)
{
  g_autoptr (GString) key = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      EthosPlanItem *item = g_ptr_array_index (items, i);

      g_string_append_printf (key, "%" G_GINT64_FORMAT ":%s\n", item->id, item->title);
    }
  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* The item chosen: its id, or 0 for none. */
gint64
ethos_entry_editor_get_plan_choice (EthosEntryEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->plan_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->plan_ids->len)
    return 0;
  return g_array_index (self->plan_ids, gint64, selected - 1);
}

/* Chooses item @id (0, or one not in the plan, for none), without it counting as a change. */
void
ethos_entry_editor_choose_plan (EthosEntryEditor *self, gint64 id)
{
  guint position = 0;
  gboolean loading = self->loading;

  for (guint i = 0; i < self->plan_ids->len; i++)
    if (g_array_index (self->plan_ids, gint64, i) == id)
      position = i + 1;
  self->loading = TRUE;
  adw_combo_row_set_selected (self->plan_row, position);
  self->loading = loading;
}

/* Reads the plan again and offers its items, keeping the choice made; what cannot be read is
 * said under the row, and the choice stays as it was. */
void
ethos_entry_editor_rebuild_plan_row (EthosEntryEditor *self)
{
  g_autoptr (GtkStringList) titles = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *key = NULL;
  gint64 chosen;

  if (self->store == NULL)
    return;
  if ((items = ethos_store_list_plan_items (self->store, &error)) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read your CPD plan: %s"),
                                                  error->message);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->plan_row), message);
      return;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->plan_row), NULL);
  key = plan_key (items);
  if (g_strcmp0 (key, self->plan_key) == 0)
    return;
  chosen = ethos_entry_editor_get_plan_choice (self);
  g_free (self->plan_key);
  self->plan_key = g_steal_pointer (&key);
  g_array_set_size (self->plan_ids, 0);
  titles = gtk_string_list_new (NULL);
  gtk_string_list_append (titles, C_("plan item", "None"));
  for (guint i = 0; i < items->len; i++)
    {
      EthosPlanItem *item = g_ptr_array_index (items, i);

      g_array_append_val (self->plan_ids, item->id);
      gtk_string_list_append (titles, item->title);
    }
  {
    gboolean loading = self->loading;

    self->loading = TRUE;
    adw_combo_row_set_model (self->plan_row, G_LIST_MODEL (titles));
    self->loading = loading;
  }
  ethos_entry_editor_choose_plan (self, chosen);
}

/* @entry's link as chosen: the item, or unlinked when the entry shown had one and none is
 * chosen now, or left as it is. */
void
ethos_entry_editor_read_plan (EthosEntryEditor *self, EthosEntry *entry)
{
  gint64 chosen = ethos_entry_editor_get_plan_choice (self);

  entry->plan_id = chosen > 0 ? chosen : self->entry->plan_id > 0 ? -1 : 0;
}

static void
on_store_changed_cb (EthosEntryEditor *self, EthosStoreChange change)
{
  if ((change & ETHOS_STORE_CHANGE_ENTRIES) != 0 && self->entry != NULL
      && self->entry->kind == ETHOS_ENTRY_CPD)
    ethos_entry_editor_rebuild_plan_row (self);
}

/* Watches @store's plan for the choices. */
void
ethos_entry_editor_watch_plan (EthosEntryEditor *self, EthosStore *store)
{
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* The Plan Item row's button, and the row's changes saved. */
void
ethos_entry_editor_init_plan_row (EthosEntryEditor *self)
{
  GtkWidget *open = gtk_button_new_from_icon_name ("view-list-bullet-symbolic");

  self->plan_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "flat");
  gtk_widget_set_tooltip_text (open, _("Open the CPD Plan"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Open the CPD Plan"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.cpd-plan");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->plan_row), open);
  /* Items are titled by the practitioner, often longer than the row's 20 characters. */
  ethos_combo_row_wrap_labels (self->plan_row);
  g_signal_connect_swapped (self->plan_row, "notify::selected",
                            G_CALLBACK (ethos_entry_editor_on_changed_cb), self);
}
