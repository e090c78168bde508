/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "ethos-store.h"

G_BEGIN_DECLS

/* The exit codes the command line promises scripts. */
typedef enum
{
  ETHOS_EXIT_OK = 0,
  ETHOS_EXIT_FAILURE = 1, /* something went wrong while running */
  ETHOS_EXIT_USAGE = 2,   /* bad usage or bad input: nothing was changed */
} EthosExit;

typedef struct
{
  const char *data_dir; /* NULL for the default */
  const char *prog;     /* "ethos-cli codes search", for messages */
  const char *passphrase_file; /* --passphrase-file: an encrypted diary's passphrase */
} EthosCliContext;

typedef struct
{
  const char *name;
  int (*run) (const EthosCliContext *ctx, int argc, char **argv);
} EthosCliCommand;

int         ethos_cli_dispatch (const EthosCliContext  *parent,
                                const char             *group,
                                const EthosCliCommand  *commands,
                                guint                   n_commands,
                                int                     argc,
                                char                  **argv);
int         ethos_cli_fail (const EthosCliContext *ctx, EthosExit code, const char *format, ...)
  G_GNUC_PRINTF (3, 4);
int         ethos_cli_fail_error (const EthosCliContext *ctx, const GError *error);
EthosExit   ethos_cli_exit_for_error (const GError *error);
gboolean    ethos_cli_parse_options (const EthosCliContext  *ctx,
                                     GOptionEntry           *entries,
                                     const char             *parameters,
                                     const char             *summary,
                                     int                    *argc,
                                     char                 ***argv,
                                     int                    *exit_code);
EthosStore *ethos_cli_open_store (const EthosCliContext *ctx, int *exit_code);
char       *ethos_cli_find_key (const EthosCliContext *ctx, int *exit_code);
void        ethos_cli_print_json (JsonNode *node);
void        ethos_cli_json_string (JsonBuilder *builder, const char *name, const char *value);
void        ethos_cli_json_checks (JsonBuilder *builder, GPtrArray *checks);
void        ethos_cli_json_int (JsonBuilder *builder, const char *name, gint64 value);

gboolean    ethos_cli_check_range (const EthosCliContext *ctx,
                                   const char            *from,
                                   const char            *to,
                                   int                   *exit_code);
void        ethos_cli_default_range (char **from, char **to);
int         ethos_cli_diary_totals (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_diary_break (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_diary_breaks (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_standing (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_codes (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_check (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_profile (const EthosCliContext *ctx, int argc, char **argv);
gboolean    ethos_cli_body_is_known (const char *id);
int         ethos_cli_profile_set (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_reminder_leads (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_supervision (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_cpd (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_cpd_plan (const EthosCliContext *parent, int argc, char **argv);
int         ethos_cli_cpd_evidence (const EthosCliContext *ctx, int argc, char **argv);
gboolean    ethos_cli_parse_id (const char *text, gint64 *id);
int         ethos_cli_diary (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_scan (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_reminders (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_reminders_list (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_practice (const EthosCliContext *parent, int argc, char **argv);
int         ethos_cli_supervisors (const EthosCliContext *parent, int argc, char **argv);
int         ethos_cli_import (const EthosCliContext *parent, int argc, char **argv);
int         ethos_cli_diary_export (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_reminders_standard (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_export (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_events (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_demo (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_backup (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_backup_copy (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_backup_destination (const EthosCliContext *ctx, int argc, char **argv);
/* The whole-diary archive and iCalendar reminders (ethos-cli-archive.c, ethos-cli-ical.c);
 * ethos_cli_import_* take argv as "import FILE [OPTION…]". */
int         ethos_cli_export_all (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_import_archive (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_import_ical (const EthosCliContext *ctx, int argc, char **argv);
int         ethos_cli_encryption (const EthosCliContext *ctx, int argc, char **argv);
void        ethos_cli_secret_free (char *secret);
char       *ethos_cli_read_secret_file (const EthosCliContext *ctx,
                                        const char            *file,
                                        int                   *exit_code);
char       *ethos_cli_ask_secret (const char *prompt);
char       *ethos_cli_passphrase (const EthosCliContext *ctx, gboolean ask, int *exit_code);

G_END_DECLS
