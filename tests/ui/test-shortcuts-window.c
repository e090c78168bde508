/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-shortcuts-window"

#include "config.h"

#include "ui-test-util.h"
#include <adwaita.h>

#include "ethos-application.h"
#include "ethos-event-dialog.h"
#include "ethos-preferences-window.h"
#include "ethos-reminder-dialog.h"
#include "ethos-standard-dialog.h"
#include "ethos-store.h"
#include "ethos-window.h"

/* The shortcuts window (Ctrl+?) against what the program has: every accelerator the
 * application sets and every key Ethos's own widgets bind is listed, and nothing listed does
 * nothing (an action that is not there or has no key, a key no widget binds). */

static EthosApplication *application;
static EthosStore *store;
static EthosWindow *window;

/* GLib keeps only the last failure's words: each goes to the log as well. */
#define fail(...) G_STMT_START { g_test_message (__VA_ARGS__); g_test_fail_printf (__VA_ARGS__); } G_STMT_END

typedef struct
{
  guint           keyval;
  GdkModifierType mods;
} Key;

static gboolean
parse_key (const char *accelerator, Key *key)
{
  if (!gtk_accelerator_parse (accelerator, &key->keyval, &key->mods))
    return FALSE;
  key->keyval = gdk_keyval_to_lower (key->keyval);
  return TRUE;
}

static gboolean
key_in_accels (const Key *key, char **accels)
{
  for (guint i = 0; accels != NULL && accels[i] != NULL; i++)
    {
      Key other;

      if (parse_key (accels[i], &other) && other.keyval == key->keyval && other.mods == key->mods)
        return TRUE;
    }
  return FALSE;
}

static void
collect_shortcuts_shown (GtkWidget *widget, GPtrArray *shown)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    g_ptr_array_add (shown, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts_shown (child, shown);
}

static void
add_trigger_keys (GtkShortcutTrigger *trigger, GArray *keys)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    {
      Key key = { gdk_keyval_to_lower (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger))),
                  gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) };

      g_array_append_val (keys, key);
    }
  else if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      add_trigger_keys (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keys);
      add_trigger_keys (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keys);
    }
}

/* The keys bound by shortcut controllers under @widget: @all of them, or @ethos ones only (the
 * classes and templates of Ethos's own widgets). */
static void collect_bound_keys (GtkWidget *widget, GArray *all, GArray *ethos);

/* The keys an Ethos widget class inherits from GTK's or libadwaita's (a window's Tab keys). */
static GArray *
inherited_keys (GtkWidget *widget)
{
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (Key));
  g_autoptr (GArray) ignored = g_array_new (FALSE, FALSE, sizeof (Key));
  GType parent = G_OBJECT_TYPE (widget);
  GtkWidget *instance;

  while (g_str_has_prefix (g_type_name (parent), "Ethos"))
    parent = g_type_parent (parent);
  if (G_TYPE_IS_ABSTRACT (parent))
    return keys;
  instance = g_object_ref_sink (g_object_new (parent, NULL));
  collect_bound_keys (instance, keys, ignored);
  if (GTK_IS_WINDOW (instance))
    gtk_window_destroy (GTK_WINDOW (instance));
  g_object_unref (instance);
  return keys;
}

static gboolean key_in_array (const Key *key, GArray *keys);

static void
collect_bound_keys (GtkWidget *widget, GArray *all, GArray *ethos)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean own = g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Ethos");
  g_autoptr (GArray) inherited = own ? inherited_keys (widget) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller)
          || g_strcmp0 (gtk_event_controller_get_name (controller), "gtk-application-shortcuts") == 0)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          g_autoptr (GArray) keys = g_array_new (FALSE, FALSE, sizeof (Key));

          add_trigger_keys (gtk_shortcut_get_trigger (shortcut), keys);
          g_array_append_vals (all, keys->data, keys->len);
          for (guint k = 0; own && k < keys->len; k++)
            if (!key_in_array (&g_array_index (keys, Key, k), inherited))
              g_array_append_val (ethos, g_array_index (keys, Key, k));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_bound_keys (child, all, ethos);
}

static gboolean
key_in_array (const Key *key, GArray *keys)
{
  for (guint i = 0; i < keys->len; i++)
    if (g_array_index (keys, Key, i).keyval == key->keyval
        && g_array_index (keys, Key, i).mods == key->mods)
      return TRUE;
  return FALSE;
}

/* win.* and app.* actions, whether installed by a widget class or added to the window's or the
 * application's action map. */
static gboolean
action_exists (const char *detailed)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (window);
  const char *name;
  GType owner;
  const GVariantType *parameter_type;
  const char *property;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property); i++)
    if (g_strcmp0 (name, detailed) == 0)
      return TRUE;
  if (g_str_has_prefix (detailed, "win."))
    return g_action_group_has_action (G_ACTION_GROUP (window), detailed + 4);
  if (g_str_has_prefix (detailed, "app."))
    return g_action_group_has_action (G_ACTION_GROUP (application), detailed + 4);
  return FALSE;
}

static void
test_shortcuts_window (void)
{
  GtkShortcutsWindow *overlay = ethos_window_get_help_overlay (window);
  g_auto (GStrv) described = gtk_application_list_action_descriptions (GTK_APPLICATION (application));
  g_autoptr (GPtrArray) shown = g_ptr_array_new ();
  g_autoptr (GArray) bound = g_array_new (FALSE, FALSE, sizeof (Key));
  g_autoptr (GArray) ethos_bound = g_array_new (FALSE, FALSE, sizeof (Key));
  GtkWindow *dialogs[4];

  g_assert_nonnull (overlay);
  collect_shortcuts_shown (GTK_WIDGET (overlay), shown);
  g_assert_cmpuint (shown->len, >, 0);

  /* Every page made, and each dialog, for the keys their widgets bind. */
  ethos_window_get_codes_page (window);
  ethos_window_get_diary_page (window);
  ethos_window_get_reminders_page (window);
  collect_bound_keys (GTK_WIDGET (window), bound, ethos_bound);
  dialogs[0] = GTK_WINDOW (ethos_reminder_dialog_new (store, GTK_WINDOW (window), NULL));
  dialogs[1] = GTK_WINDOW (ethos_event_dialog_new (store, GTK_WINDOW (window)));
  dialogs[2] = GTK_WINDOW (ethos_standard_dialog_new (store, GTK_WINDOW (window), "2026-11-23"));
  dialogs[3] = GTK_WINDOW (ethos_preferences_window_new (store, GTK_WINDOW (window)));
  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      collect_bound_keys (GTK_WIDGET (dialogs[i]), bound, ethos_bound);
      gtk_window_destroy (dialogs[i]);
    }

  /* Every accelerator the application sets is in the shortcuts window. */
  for (guint i = 0; described[i] != NULL; i++)
    {
      g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application),
                                                                    described[i]);
      gboolean listed = FALSE;

      for (guint j = 0; j < shown->len && !listed; j++)
        {
          g_autofree char *action = NULL;
          g_autofree char *accelerator = NULL;
          Key key;

          g_object_get (g_ptr_array_index (shown, j), "action-name", &action, "accelerator",
                        &accelerator, NULL);
          listed = g_strcmp0 (action, described[i]) == 0
                   || (accelerator != NULL && parse_key (accelerator, &key)
                       && key_in_accels (&key, accels));
        }
      if (!listed)
        fail ("%s (%s) is not in the shortcuts window", described[i], accels[0]);
    }

  /* Every key Ethos's own widgets bind is there too. */
  for (guint i = 0; i < ethos_bound->len; i++)
    {
      Key *key = &g_array_index (ethos_bound, Key, i);
      g_autofree char *name = gtk_accelerator_name (key->keyval, key->mods);
      gboolean listed = FALSE;

      for (guint j = 0; j < shown->len && !listed; j++)
        {
          g_autofree char *accelerator = NULL;
          Key other;

          g_object_get (g_ptr_array_index (shown, j), "accelerator", &accelerator, NULL);
          listed = accelerator != NULL && parse_key (accelerator, &other)
                   && other.keyval == key->keyval && other.mods == key->mods;
        }
      if (!listed)
        fail ("%s, a key Ethos binds, is not in the shortcuts window", name);
    }

  /* Nothing listed does nothing: a listed action exists and has a key; a listed key is bound. */
  for (guint j = 0; j < shown->len; j++)
    {
      g_autofree char *action = NULL;
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;
      Key key;

      g_object_get (g_ptr_array_index (shown, j), "action-name", &action, "accelerator",
                    &accelerator, "title", &title, NULL);
      if (action != NULL)
        {
          g_auto (GStrv) accels = gtk_application_get_accels_for_action (
            GTK_APPLICATION (application), action);

          if (!action_exists (action))
            fail ("“%s” lists %s, which is no action", title, action);
          else if (accels == NULL || accels[0] == NULL)
            fail ("“%s” lists %s, which has no key", title, action);
        }
      else if (accelerator == NULL || !parse_key (accelerator, &key))
        fail ("“%s” has neither an action nor a key", title);
      else if (!key_in_array (&key, bound))
        fail ("“%s” lists %s, which no widget of Ethos's binds", title, accelerator);
    }
}

/* A window of the program's application, on records of its own. */
static void
set_up (void)
{
  store = ui_open_store (NULL, 0, 0);
  window = ui_open_window (GTK_APPLICATION (application), store, 1100, 720);
}

static void
tear_down (void)
{
  g_clear_object (&store);
}

int
main (int argc, char **argv)
{
  g_autofree char *config_parent = ui_test_init (&argc, &argv, "ethos-ui-shortcuts-XXXXXX");
  int status;

  application = ui_register_application ();
  ui_test_add ("/shortcuts-window/lists-every-shortcut", set_up, test_shortcuts_window, tear_down);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
