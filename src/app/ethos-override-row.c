/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-override-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-override-row.h"

/* A number the practitioner may set for themselves over a default (a body's rule, a kind's
 * lead days): the entry is empty, with the default greyed in it, until they type their own;
 * the subtitle always says what the default is. What they type is kept on Enter or when they
 * leave the entry; what cannot be taken is said in place of the subtitle, the entry marked,
 * and nothing is kept. Back to the default empties it. */

struct _EthosOverrideRow
{
  AdwActionRow             parent_instance;

  GtkEntry                *entry;
  GtkWidget               *reset_button;

  char                    *description;
  char                    *said;      /* the default, in words */
  char                    *committed; /* the practitioner's own, as kept; NULL: the default */
  char                    *error;
  EthosOverrideCommitFunc  commit_func;
  gpointer                 commit_data;
};

G_DEFINE_FINAL_TYPE (EthosOverrideRow, ethos_override_row, ADW_TYPE_ACTION_ROW)

static void
update_subtitle (EthosOverrideRow *self)
{
  g_autofree char *subtitle = NULL;

  if (self->error != NULL)
    subtitle = g_strdup (self->error);
  else if (self->said != NULL && self->description != NULL)
    /* Translators: a row's description, then what the default is */
    subtitle = g_strdup_printf (_("%s · %s"), self->description, self->said);
  else
    subtitle = g_strdup (self->description != NULL ? self->description : self->said);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle != NULL ? subtitle : "");
  if (self->error != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "override-error");
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      ethos_accessible_describe (GTK_WIDGET (self->entry), self->error);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "override-error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
      ethos_accessible_describe (GTK_WIDGET (self->entry), NULL);
    }
}

static void
set_error (EthosOverrideRow *self, const char *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  update_subtitle (self);
}

/* Keeps what is typed, if it differs from what is kept. FALSE when it could not be kept. */
gboolean
ethos_override_row_commit (EthosOverrideRow *self)
{
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  const char *value;

  g_return_val_if_fail (ETHOS_IS_OVERRIDE_ROW (self), FALSE);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  value = text[0] != '\0' ? text : NULL;
  if (g_strcmp0 (value, self->committed) == 0)
    {
      set_error (self, NULL);
      return TRUE;
    }
  if (self->commit_func != NULL && !self->commit_func (self, value, self->commit_data, &error))
    {
      set_error (self, error->message);
      return FALSE;
    }
  g_free (self->committed);
  self->committed = g_strdup (value);
  set_error (self, NULL);
  gtk_widget_set_visible (self->reset_button, self->committed != NULL);
  return TRUE;
}

static void
on_entry_activate_cb (EthosOverrideRow *self)
{
  ethos_override_row_commit (self);
}

static void
on_entry_leave_cb (EthosOverrideRow *self)
{
  ethos_override_row_commit (self);
}

static void
on_entry_changed_cb (EthosOverrideRow *self)
{
  /* The mark goes as they correct it; whether the correction can be taken is said on Enter. */
  set_error (self, NULL);
}

static void
on_reset_clicked_cb (EthosOverrideRow *self)
{
  /* The button goes with the override: the focus moves to the entry first. */
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  ethos_override_row_commit (self);
}

static void
ethos_override_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ETHOS_TYPE_OVERRIDE_ROW);

  G_OBJECT_CLASS (ethos_override_row_parent_class)->dispose (object);
}

static void
ethos_override_row_finalize (GObject *object)
{
  EthosOverrideRow *self = ETHOS_OVERRIDE_ROW (object);

  g_free (self->description);
  g_free (self->said);
  g_free (self->committed);
  g_free (self->error);

  G_OBJECT_CLASS (ethos_override_row_parent_class)->finalize (object);
}

static void
ethos_override_row_class_init (EthosOverrideRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_override_row_dispose;
  G_OBJECT_CLASS (klass)->finalize = ethos_override_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-override-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosOverrideRow, entry);
  gtk_widget_class_bind_template_child (widget_class, EthosOverrideRow, reset_button);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked_cb);
}

static void
ethos_override_row_init (EthosOverrideRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API --------------------------------------------------------------------------------- */

GtkWidget *
ethos_override_row_new (const char *title, const char *description)
{
  EthosOverrideRow *self = g_object_new (ETHOS_TYPE_OVERRIDE_ROW, "title", title, NULL);

  self->description = g_strdup (description);
  ethos_accessible_name_only (GTK_WIDGET (self->entry), title);
  update_subtitle (self);
  return GTK_WIDGET (self);
}

void
ethos_override_row_set_commit_func (EthosOverrideRow        *self,
                                    EthosOverrideCommitFunc  func,
                                    gpointer                 data)
{
  g_return_if_fail (ETHOS_IS_OVERRIDE_ROW (self));

  self->commit_func = func;
  self->commit_data = data;
}

/* @placeholder: the default as the entry would hold it ("90"), greyed while the entry is
 * empty; @said: the default in words, for the subtitle ("BACP’s number: 90 minutes"). */
void
ethos_override_row_set_default (EthosOverrideRow *self, const char *placeholder, const char *said)
{
  g_return_if_fail (ETHOS_IS_OVERRIDE_ROW (self));

  gtk_entry_set_placeholder_text (self->entry, placeholder);
  g_free (self->said);
  self->said = g_strdup (said);
  if (said != NULL)
    {
      /* Translators: the default in words, "BACP’s number: 90 minutes" */
      g_autofree char *label = g_strdup_printf (_("Back to the default, %s"), said);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->reset_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  update_subtitle (self);
}

/* Shows what is kept (NULL: the default), without keeping anything. */
void
ethos_override_row_set_value (EthosOverrideRow *self, const char *value)
{
  g_return_if_fail (ETHOS_IS_OVERRIDE_ROW (self));

  g_free (self->committed);
  self->committed = g_strdup (value);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), value != NULL ? value : "");
  gtk_widget_set_visible (self->reset_button, value != NULL);
  set_error (self, NULL);
}

/* The practitioner's own value as kept, or NULL for the default. */
const char *
ethos_override_row_get_value (EthosOverrideRow *self)
{
  g_return_val_if_fail (ETHOS_IS_OVERRIDE_ROW (self), NULL);

  return self->committed;
}

/* What could not be taken, as said in the row, or NULL. */
const char *
ethos_override_row_get_error (EthosOverrideRow *self)
{
  g_return_val_if_fail (ETHOS_IS_OVERRIDE_ROW (self), NULL);

  return self->error;
}

GtkEditable *
ethos_override_row_get_editable (EthosOverrideRow *self)
{
  g_return_val_if_fail (ETHOS_IS_OVERRIDE_ROW (self), NULL);

  return GTK_EDITABLE (self->entry);
}
