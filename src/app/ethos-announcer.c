/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-announcer"

#include "config.h"

#include "ethos-accessible.h"
#include "ethos-announcer.h"

/* What a screen reader should say without focus moving ("Saved", a toast).
 *
 * GTK 4.8 has no announcement API (gtk_accessible_announce is GTK 4.14), and what the issue
 * suggested does not reach Orca with it: GTK 4.8 sends object:state-changed:showing only for a
 * window, so an alert-role widget shown or renamed sends children-changed or a name change,
 * which Orca 43 ignores off the focus (orca/scripts/default.py onNameChanged, onChildrenAdded;
 * the gtk script presents an alert only on "showing"). What Orca 43 does speak, whatever it
 * is, is a change of the description of the object that has the focus (onDescriptionChanged:
 * presentMessage). So the text becomes, for a moment, the focused object's description; then
 * the description it had (ethos_accessible_describe) comes back. test-atspi checks that the
 * event arrives, with the text, on the focused object, for a save and for a toast. */

#define HOLD_MS 1500
#define LAST_KEY "ethos-announced"
#define PENDING_KEY "ethos-announcing"

typedef struct
{
  GWeakRef target;
  guint    source;
} Hold;

static Hold *hold;

/* The object a screen reader has as the focus: GTK 4.8 gives a GtkText (in an entry, a spin
 * button…) no object of its own, and speaks it through its wrapper. */
static GtkWidget *
focused_object (GtkRoot *root)
{
  GtkWidget *focus = gtk_root_get_focus (root);

  if (focus == NULL)
    return GTK_WIDGET (root);
  if (GTK_IS_TEXT (focus) && gtk_widget_get_parent (focus) != NULL
      && GTK_IS_EDITABLE (gtk_widget_get_parent (focus)))
    return gtk_widget_get_parent (focus);
  return focus;
}

static void
restore (GtkWidget *target)
{
  ethos_accessible_describe (target, ethos_accessible_get_described (target));
}

static gboolean
on_hold_done_cb (gpointer data)
{
  g_autoptr (GtkWidget) target = g_weak_ref_get (&hold->target);

  hold->source = 0;
  if (target != NULL)
    restore (target);
  g_weak_ref_set (&hold->target, NULL);
  return G_SOURCE_REMOVE;
}

static void
say (GtkRoot *root, const char *text)
{
  g_autoptr (GtkWidget) previous = NULL;
  GtkWidget *target = focused_object (root);

  if (hold == NULL)
    {
      hold = g_new0 (Hold, 1);
      g_weak_ref_init (&hold->target, NULL);
    }
  previous = g_weak_ref_get (&hold->target);
  g_clear_handle_id (&hold->source, g_source_remove);
  if (previous != NULL)
    restore (previous);
  /* The same words twice in a row are a change only after the description is put back. */
  restore (target);
  gtk_accessible_update_property (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text, -1);
  g_weak_ref_set (&hold->target, target);
  hold->source = g_timeout_add (HOLD_MS, on_hold_done_cb, NULL);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static gboolean
on_idle_cb (gpointer data)
{
  g_autoptr (GObject) root = g_weak_ref_get (data);
  g_autofree char *text = NULL;

  /* A window closed meanwhile says nothing. */
  if (root == NULL)
    return G_SOURCE_REMOVE;
  text = g_strdup (g_object_get_data (root, PENDING_KEY));
  g_object_set_data (root, PENDING_KEY, NULL);
  if (text != NULL)
    say (GTK_ROOT (root), text);
  return G_SOURCE_REMOVE;
}

/* Says @text (plain text) through @widget's window, once what made it has moved the focus
 * where it goes (a Done takes its row away): the last text wins. */
void
ethos_announce (GtkWidget *widget, const char *text)
{
  GtkRoot *root;
  gboolean waiting;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  root = gtk_widget_get_root (widget);
  if (root == NULL || text == NULL || text[0] == '\0')
    return;
  g_object_set_data_full (G_OBJECT (root), LAST_KEY, g_strdup (text), g_free);
  waiting = g_object_get_data (G_OBJECT (root), PENDING_KEY) != NULL;
  g_object_set_data_full (G_OBJECT (root), PENDING_KEY, g_strdup (text), g_free);
  if (!waiting)
    {
      GWeakRef *ref = g_new0 (GWeakRef, 1);

      g_weak_ref_init (ref, root);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_idle_cb, ref, weak_ref_free);
    }
}

/* What was last said in @widget's window (for tests), or NULL. */
const char *
ethos_announce_get_last (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return root != NULL ? g_object_get_data (G_OBJECT (root), LAST_KEY) : NULL;
}
