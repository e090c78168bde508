/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

void      run_clear (Run *run);
void      run_cli_in (Run *run, const char *dir, const char *first, ...);
void      run_cli_with_setup (Run                  *run,
                              GSpawnChildSetupFunc  setup,
                              gpointer              setup_data,
                              const char           *dir,
                              const char           *first,
                              ...);
void      assert_fails (Run *run, int status, const char *needle);
void      assert_ok (Run *run);
JsonNode *parse_json (const char *text);
void      assert_members (JsonObject *object, const char *const *names);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* ethos-cli on the data folder of the case at hand (a CaseFixture called fixture), with the
 * arguments given and no NULL after them. */
#define run_cli(run, ...) run_cli_in (run, fixture->dir, __VA_ARGS__, NULL)

G_END_DECLS
