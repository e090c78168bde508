/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "case-fixture.h"
#include "ethos-backup-info.h"
#include "ethos-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *dir;     /* the data folder */
  char *path;    /* its ethos.db */
  char *backups; /* its backups folder */
} Fixture;

void        fixture_setup (Fixture *fixture, gconstpointer data);
void        fixture_teardown (Fixture *fixture, gconstpointer data);
GDateTime  *at (int year, int month, int day, int hour, int minute);
EthosStore *open_at (Fixture *fixture, GDateTime *now);
GStrv       folder_names (Fixture *fixture);
guint       count_kind (Fixture *fixture, EthosBackupKind kind);
void        add_session (EthosStore *store, const char *date, const char *supervisor);
char       *sessions (EthosStore *store);
void        assert_restore_refused (Fixture    *fixture,
                                    const char *file,
                                    GDateTime  *now,
                                    const char *says);

#define ADD_BACKUP_TEST(name, func)                                                                \
  g_test_add ("/backup/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

G_END_DECLS
