/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-class-row"

#include "config.h"

#include "ethos-combo-row-labels.h"

#include <glib/gi18n.h>

#include "ethos-class-row.h"

/* A row choosing the practitioner's membership class in a body, as the welcome and Preferences
 * ask it: "Not Given", then the classes the body names, in its order. */

/* @kept is the class chosen before, or NULL. */
GtkWidget *
ethos_class_row_new (const EthosBodyRules *rules, const char *kept, const char *title)
{
  GtkWidget *row = adw_combo_row_new ();

  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  gtk_string_list_append (names, _("Not Given"));
  for (guint i = 0; i < rules->classes->len; i++)
    {
      const EthosBodyClass *klass = g_ptr_array_index (rules->classes, i);

      gtk_string_list_append (names, klass->name);
      g_ptr_array_add (ids, g_strdup (klass->id));
      if (g_strcmp0 (kept, klass->id) == 0)
        selected = i + 1;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  ethos_combo_row_wrap_labels (ADW_COMBO_ROW (row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data_full (G_OBJECT (row), "class-ids", ids, (GDestroyNotify) g_ptr_array_unref);
  return row;
}

/* The class chosen in @row, or NULL for "Not Given". */
const char *
ethos_class_row_get_class (AdwComboRow *row)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), "class-ids");
  guint selected = adw_combo_row_get_selected (row);

  if (ids == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION
      || selected > ids->len)
    return NULL;
  return g_ptr_array_index (ids, selected - 1);
}
