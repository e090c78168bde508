/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-welcome-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-class-row.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"
#include "ethos-welcome-window-private.h"

/* The welcome's first step: the bodies Ethos knows, each ticked or not, with a choice of
 * membership class under each ticked body that names classes; and what Done keeps of them. */

/* The body ids ticked, in the order Ethos lists them. */
GStrv
ethos_welcome_chosen_bodies (EthosWelcomeWindow *self)
{
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < self->body_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->body_checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (ids, g_object_get_data (G_OBJECT (check), "body"));
    }
  return g_strv_builder_end (ids);
}

/* The profile's bodies, in their order, with the ticks applied: a body unticked goes, one
 * ticked is added at the end; numbers, and bodies this Ethos does not list, stay. */
GPtrArray *
ethos_welcome_memberships_with_choices (EthosWelcomeWindow *self, GError **error)
{
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (self->store, error);
  g_auto (GStrv) chosen = ethos_welcome_chosen_bodies (self);

  if (memberships == NULL)
    return NULL;
  for (guint i = memberships->len; i > 0; i--)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i - 1);
      gboolean listed = FALSE;

      for (guint j = 0; j < self->body_checks->len; j++)
        listed |= g_strcmp0 (g_object_get_data (g_ptr_array_index (self->body_checks, j), "body"),
                             membership->body_id) == 0;
      if (listed && !g_strv_contains ((const char *const *) chosen, membership->body_id))
        g_ptr_array_remove_index (memberships, i - 1);
    }
  for (guint i = 0; chosen[i] != NULL; i++)
    {
      gboolean present = FALSE;

      for (guint j = 0; j < memberships->len; j++)
        present |= g_str_equal (((EthosMembership *) g_ptr_array_index (memberships, j))->body_id,
                                chosen[i]);
      if (!present)
        {
          EthosMembership *membership = g_new0 (EthosMembership, 1);

          membership->body_id = g_strdup (chosen[i]);
          g_ptr_array_add (memberships, membership);
        }
    }
  return g_steal_pointer (&memberships);
}

/* The class chosen in each body ticked, and the practice, when given. */
gboolean
ethos_welcome_keep_classes_and_practice (EthosWelcomeWindow *self, GError **error)
{
  EthosPractice practice = (EthosPractice) adw_combo_row_get_selected (self->practice_row);

  for (guint i = 0; i < self->body_checks->len; i++)
    {
      GObject *check = g_ptr_array_index (self->body_checks, i);
      AdwComboRow *class_row = g_object_get_data (check, "class-row");
      const char *klass = class_row != NULL ? ethos_class_row_get_class (class_row) : NULL;

      /* "Not Given": a class kept before stays. */
      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) || klass == NULL)
        continue;
      if (!ethos_store_set_membership_class (self->store, g_object_get_data (check, "body"), klass,
                                             error))
        return FALSE;
    }
  return practice == ETHOS_PRACTICE_NOT_SET
         || ethos_store_set_practice (self->store, practice, 0, error);
}

void
ethos_welcome_add_body_row (EthosWelcomeWindow *self, const char *body_id, EthosMembership *membership)
{
  g_autoptr (EthosBodyRules) rules = ethos_body_rules_load_shipped (body_id, NULL);
  GtkWidget *check = gtk_check_button_new ();
  gboolean member = membership != NULL;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *class_title = rules != NULL
                                  /* Translators: a body's short name, "BACP Membership Class" */
                                  ? g_strdup_printf (_("%s Membership Class"), rules->short_name)
                                  : NULL;
  /* For a body that names classes, a choice of class under its row, shown while it is ticked. */
  GtkWidget *class_row = rules != NULL && rules->classes->len > 0
                           ? ethos_class_row_new (rules,
                                                  member ? membership->membership_class : NULL,
                                                  class_title)
                           : NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 rules != NULL ? rules->short_name : body_id);
  if (rules != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rules->name);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rules != NULL ? rules->name : body_id, -1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), member);
  g_object_set_data_full (G_OBJECT (check), "body", g_strdup (body_id), g_free);
  if (class_row != NULL)
    {
      g_object_set_data (G_OBJECT (check), "class-row", class_row);
      g_object_bind_property (check, "active", class_row, "visible", G_BINDING_SYNC_CREATE);
    }
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (ethos_welcome_on_body_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->bodies_group, row);
  if (class_row != NULL)
    adw_preferences_group_add (self->bodies_group, class_row);
  g_ptr_array_add (self->body_checks, check);
}
