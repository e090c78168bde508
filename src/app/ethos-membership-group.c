/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-membership-group"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-date-row.h"
#include "ethos-membership-group.h"
#include "ethos-rules-store.h"

/* When each membership renews: a date row per body in the profile ("BACP Membership Renews"),
 * since each body sends its own renewal, and under each a question when the date typed has
 * passed (renewed, or lapsed?), in core's words. With no bodies yet, one row for a membership
 * of no body Ethos knows. What is typed in a body's row stays when the bodies change and that
 * body is still one of them. */

typedef struct
{
  char            *body_id; /* NULL: no body */
  EthosDateRow    *date_row;
  AdwActionRow    *passed_row;
  GtkToggleButton *lapsed_button;
} Renewal;

struct _EthosMembershipGroup
{
  AdwPreferencesGroup parent_instance;

  GPtrArray *renewals; /* Renewal, in the profile's order */
  char      *today;
  GArray    *read;     /* EthosMembershipRenewal, as last read */
  GPtrArray *isos;     /* the dates they point to */
};

G_DEFINE_FINAL_TYPE (EthosMembershipGroup, ethos_membership_group, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
renewal_free (Renewal *renewal)
{
  g_free (renewal->body_id);
  g_free (renewal);
}

static void
on_changed_cb (EthosMembershipGroup *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* A body's name as shipped ("BACP"), or its id for one this Ethos does not ship. */
static char *
body_name (const char *body_id)
{
  g_autoptr (EthosBodyRules) rules = ethos_body_rules_load_shipped (body_id, NULL);

  return g_strdup (rules != NULL ? rules->short_name : body_id);
}

static Renewal *
add_renewal (EthosMembershipGroup *self, const char *body_id)
{
  Renewal *renewal = g_new0 (Renewal, 1);
  g_autofree char *title = NULL;
  GtkWidget *lapsed = gtk_toggle_button_new_with_mnemonic (_("It _Lapsed"));

  if (body_id != NULL)
    {
      g_autofree char *name = body_name (body_id);

      /* Translators: a body ("BACP") */
      title = g_strdup_printf (_("%s Membership Renews"), name);
    }
  else
    title = g_strdup (_("Membership Renews"));
  renewal->body_id = g_strdup (body_id);
  renewal->date_row = ETHOS_DATE_ROW (ethos_date_row_new (title));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (renewal->date_row), TRUE);
  ethos_date_row_set_today (renewal->date_row, self->today);
  g_signal_connect_object (renewal->date_row, "changed", G_CALLBACK (on_changed_cb), self,
                           G_CONNECT_SWAPPED);

  renewal->passed_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (renewal->passed_row), FALSE);
  adw_action_row_set_title_lines (renewal->passed_row, 0);
  adw_action_row_set_subtitle (renewal->passed_row,
                               _("If it was renewed, type the date it renews next above"));
  gtk_widget_add_css_class (GTK_WIDGET (renewal->passed_row), "warning");
  gtk_widget_set_visible (GTK_WIDGET (renewal->passed_row), FALSE);
  renewal->lapsed_button = GTK_TOGGLE_BUTTON (lapsed);
  gtk_widget_set_valign (lapsed, GTK_ALIGN_CENTER);
  ethos_accessible_name_by_label (lapsed);
  g_signal_connect_object (lapsed, "toggled", G_CALLBACK (on_changed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (renewal->passed_row, lapsed);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (renewal->date_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (renewal->passed_row));
  g_ptr_array_add (self->renewals, renewal);
  return renewal;
}

static Renewal *
find_renewal (GPtrArray *renewals, const char *body_id)
{
  for (guint i = 0; i < renewals->len; i++)
    {
      Renewal *renewal = g_ptr_array_index (renewals, i);

      if (g_strcmp0 (renewal->body_id, body_id) == 0)
        return renewal;
    }
  return NULL;
}

static void
ethos_membership_group_dispose (GObject *object)
{
  EthosMembershipGroup *self = ETHOS_MEMBERSHIP_GROUP (object);

  g_clear_pointer (&self->renewals, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->read, g_array_unref);
  g_clear_pointer (&self->isos, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_membership_group_parent_class)->dispose (object);
}

static void
ethos_membership_group_class_init (EthosMembershipGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_membership_group_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ethos_membership_group_init (EthosMembershipGroup *self)
{
  self->renewals = g_ptr_array_new_with_free_func ((GDestroyNotify) renewal_free);
  self->read = g_array_new (FALSE, TRUE, sizeof (EthosMembershipRenewal));
  self->isos = g_ptr_array_new_with_free_func (g_free);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Memberships"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Each body sends its own renewal: type the date on "
                                           "each, or leave it empty"));
  add_renewal (self, NULL);
}

/* Public API --------------------------------------------------------------------------------- */

/* A row for each of @body_ids (one for no body when there are none), keeping what was typed
 * for a body that stays. */
void
ethos_membership_group_set_bodies (EthosMembershipGroup *self, const char *const *body_ids)
{
  g_autoptr (GPtrArray) old = NULL;
  guint n = body_ids != NULL ? g_strv_length ((GStrv) body_ids) : 0;

  g_return_if_fail (ETHOS_IS_MEMBERSHIP_GROUP (self));

  old = g_steal_pointer (&self->renewals);
  self->renewals = g_ptr_array_new_with_free_func ((GDestroyNotify) renewal_free);
  for (guint i = 0; i < MAX (n, 1); i++)
    {
      const char *body_id = n > 0 ? body_ids[i] : NULL;
      Renewal *was = find_renewal (old, body_id);
      Renewal *renewal = add_renewal (self, body_id);

      if (was != NULL)
        {
          gtk_editable_set_text (GTK_EDITABLE (renewal->date_row),
                                 gtk_editable_get_text (GTK_EDITABLE (was->date_row)));
          gtk_toggle_button_set_active (renewal->lapsed_button,
                                        gtk_toggle_button_get_active (was->lapsed_button));
        }
    }
  for (guint i = 0; i < old->len; i++)
    {
      Renewal *renewal = g_ptr_array_index (old, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (renewal->date_row));
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self),
                                    GTK_WIDGET (renewal->passed_row));
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The day a renewal "has passed" is counted from, and "today" in a row means (ISO). */
void
ethos_membership_group_set_today (EthosMembershipGroup *self, const char *today)
{
  g_return_if_fail (ETHOS_IS_MEMBERSHIP_GROUP (self));

  g_free (self->today);
  self->today = g_strdup (today);
  for (guint i = 0; i < self->renewals->len; i++)
    ethos_date_row_set_today (((Renewal *) g_ptr_array_index (self->renewals, i))->date_row,
                              today);
}

/* The renewal dates that can be read, one per body with a date typed (owned by the group, until
 * the next read), each passed one asked about on its row. A date that cannot be read is marked
 * on its row, left out, and the first such is said in @error. */
const EthosMembershipRenewal *
ethos_membership_group_read (EthosMembershipGroup *self, guint *n_renewals, GError **error)
{
  g_return_val_if_fail (ETHOS_IS_MEMBERSHIP_GROUP (self), NULL);

  g_array_set_size (self->read, 0);
  g_ptr_array_set_size (self->isos, 0);
  for (guint i = 0; i < self->renewals->len; i++)
    {
      Renewal *renewal = g_ptr_array_index (self->renewals, i);
      g_autoptr (GError) row_error = NULL;
      char *iso = ethos_date_row_read (renewal->date_row, FALSE, &row_error);
      g_autofree char *asked = NULL;
      EthosMembershipRenewal read = { renewal->body_id, iso, FALSE };

      if (iso == NULL)
        {
          if (error != NULL && *error == NULL)
            g_propagate_error (error, g_steal_pointer (&row_error));
        }
      else
        g_ptr_array_add (self->isos, iso);
      if (iso != NULL && iso[0] != '\0')
        asked = ethos_standard_renewal_passed (iso, self->today);
      if (asked != NULL)
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (renewal->passed_row), asked);
      gtk_widget_set_visible (GTK_WIDGET (renewal->passed_row), asked != NULL);
      if (iso == NULL || iso[0] == '\0')
        continue;
      read.lapsed = asked != NULL && gtk_toggle_button_get_active (renewal->lapsed_button);
      g_array_append_val (self->read, read);
    }
  *n_renewals = self->read->len;
  return (const EthosMembershipRenewal *) self->read->data;
}

/* For tests and the assistant's callers: types @text into the first body's row. */
void
ethos_membership_group_fill (EthosMembershipGroup *self, const char *text)
{
  g_return_if_fail (ETHOS_IS_MEMBERSHIP_GROUP (self));

  gtk_editable_set_text (GTK_EDITABLE (((Renewal *) g_ptr_array_index (self->renewals, 0))->date_row),
                         text);
}
