/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-notifier"

#include "config.h"

#include <gio/gio.h>
#include <glib-unix.h>
#include <glib/gi18n.h>
#include <libnotify/notify.h>
#include <stdio.h>
#include <string.h>

#include "ethos-diary-key.h"
#include "ethos-notifier.h"
#include "ethos-i18n.h"

/* ethos-notifier [--data-dir DIR] [--once]: desktop notifications for Ethos's reminders, with or
 * without the window. One runs at a time (a D-Bus name); --once shows what is due and exits. */

static gboolean
on_signal_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
on_name_lost_cb (GDBusConnection *connection, const char *name, gpointer loop)
{
  /* Another notifier has it: that one does the work. */
  g_main_loop_quit (loop);
}

int
main (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStore) store = NULL;
  g_autoptr (EthosNotifier) notifier = NULL;
  g_autoptr (GMainLoop) loop = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *key = NULL;
  gboolean once = FALSE;
  gboolean version = FALSE;
  GOptionEntry entries[] = {
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &data_dir,
      N_("Use the database in DIR instead of the usual place"), "DIR" },
    { "once", 0, 0, G_OPTION_ARG_NONE, &once, N_("Show what is due now, then exit"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version"), NULL },
    { NULL },
  };
  guint owner;

  ethos_i18n_init ();

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Desktop notifications for Ethos's reminders."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "ethos-notifier: %s\n", error->message);
      return 2;
    }
  if (version)
    {
      printf ("ethos-notifier %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (argc > 1)
    {
      fprintf (stderr, "ethos-notifier: %s\n", _("it takes no arguments (see --help)"));
      return 2;
    }

  /* An encrypted diary opens with the key in the keyring. One that needs a passphrase cannot be
   * opened here, which cannot ask: --once says so; otherwise the notifier says it once and waits
   * for the key, never writing meanwhile. */
  key = ethos_diary_find_key (data_dir, NULL, NULL, &error);
  /* No key kept at all for a file that is not plain SQLite: the store says what it is. */
  if (error != NULL && ethos_diary_key_source (data_dir) != ETHOS_KEY_SOURCE_PASSPHRASE)
    g_clear_error (&error);
  if (error != NULL && once)
    {
      fprintf (stderr, "ethos-notifier: %s\n", error->message);
      return 1;
    }
  if (error == NULL)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();
      EthosStoreOpenOptions options = { ETHOS_STORE_OPEN_DEFAULT, key };

      store = ethos_store_open_with_options (data_dir, now, &options, &error);
      if (key != NULL)
        explicit_bzero (key, strlen (key));
      if (store == NULL)
        {
          fprintf (stderr, "ethos-notifier: %s\n", error->message);
          return 1;
        }
    }
  if (!notify_init ("Ethos"))
    {
      fprintf (stderr, "ethos-notifier: %s\n", _("no notification service"));
      return 1;
    }
  notifier = store != NULL ? ethos_notifier_new (store) : ethos_notifier_new_waiting (data_dir);
  /* The notifier's alone: it closes it when another file takes its place. */
  g_clear_object (&store);

  if (once)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      ethos_notifier_fire_due (notifier, now, NULL);
      /* The notifications go before libnotify does. */
      g_clear_object (&notifier);
      notify_uninit ();
      return 0;
    }

  loop = g_main_loop_new (NULL, FALSE);
  owner = g_bus_own_name (G_BUS_TYPE_SESSION, "org.ethosapp.Ethos.Notifier",
                          G_BUS_NAME_OWNER_FLAGS_DO_NOT_QUEUE, NULL, NULL, on_name_lost_cb, loop,
                          NULL);
  g_unix_signal_add (SIGTERM, on_signal_cb, loop);
  g_unix_signal_add (SIGINT, on_signal_cb, loop);
  ethos_notifier_run (notifier, loop);
  g_bus_unown_name (owner);
  g_clear_object (&notifier);
  notify_uninit ();
  return 0;
}
