/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cli-runner"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "cli-runner.h"

/* Runs ethos-cli ($ETHOS_CLI) as a script would, for the CLI tests. */



void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}


static void
run_cli_valist (Run                  *run,
                GSpawnChildSetupFunc  setup,
                gpointer              setup_data,
                const char           *dir,
                const char           *first,
                va_list               ap)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  const char *cli = g_getenv ("ETHOS_CLI");
  int wait_status;

  g_assert_nonnull (cli);
  g_ptr_array_add (args, (char *) cli);
  if (dir != NULL)
    {
      g_ptr_array_add (args, "--data-dir");
      g_ptr_array_add (args, (char *) dir);
    }
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  g_ptr_array_add (args, NULL);

  memset (run, 0, sizeof *run);
  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, setup, setup_data, &run->out,
                &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128 + WTERMSIG (wait_status);
}

void
run_cli_in (Run *run, const char *dir, const char *first, ...)
{
  va_list ap;

  va_start (ap, first);
  run_cli_valist (run, NULL, NULL, dir, first, ap);
  va_end (ap);
}

/* The same, with @setup run in the child before ethos-cli starts: a resource limit, another
 * user. */
void
run_cli_with_setup (Run                  *run,
                    GSpawnChildSetupFunc  setup,
                    gpointer              setup_data,
                    const char           *dir,
                    const char           *first,
                    ...)
{
  va_list ap;

  va_start (ap, first);
  run_cli_valist (run, setup, setup_data, dir, first, ap);
  va_end (ap);
}

/* A failure says one line on stderr, prints nothing on stdout. */
void
assert_fails (Run *run, int status, const char *needle)
{
  if (run->status != status)
    g_error ("expected exit %d, got %d; stderr: %s", status, run->status, run->err);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (needle != NULL && strstr (run->err, needle) == NULL)
    g_error ("stderr lacks “%s”: %s", needle, run->err);
}

void
assert_ok (Run *run)
{
  if (run->status != 0)
    g_error ("expected success, got %d; stderr: %s", run->status, run->err);
}

JsonNode *
parse_json (const char *text)
{
  g_autoptr (GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

void
assert_members (JsonObject *object, const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (!json_object_has_member (object, names[i]))
      g_error ("JSON object lacks “%s”", names[i]);
}
