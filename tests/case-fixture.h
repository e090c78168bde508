/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-store.h"

G_BEGIN_DECLS

/* Each test case on its own: a temporary folder made before the case and removed, with all in
 * it, after the case, so that no case sees what another left behind nor needs to run after
 * it. A case that needs records makes them, in its body or in a set-up function of its own
 * that calls case_fixture_setup() (or store_fixture_setup()) first. */

typedef struct
{
  char *tmp;  /* the case's own folder: for files beside the diary (a certificate, an export) */
  char *dir;  /* the data folder in it, not made until something opens it */
  char *path; /* the database in the data folder */
} CaseFixture;

/* The same, with a store open on the data folder, closed before the folder goes. */
typedef struct
{
  CaseFixture base;
  EthosStore *store;
} StoreFixture;

void        case_fixture_setup (CaseFixture *fixture, gconstpointer data);
void        case_fixture_teardown (CaseFixture *fixture, gconstpointer data);
void        store_fixture_setup (StoreFixture *fixture, gconstpointer data);
void        store_fixture_teardown (StoreFixture *fixture, gconstpointer data);

char       *case_path (CaseFixture *fixture, const char *name);
EthosStore *case_open_store (CaseFixture *fixture);
void        make_schema_1 (const char *dir);
int         query_int (const char *path, const char *sql);
char       *query_text (const char *path, const char *sql);
char       *digest (const char *path);
void        remove_tree (const char *path);
gboolean    file_holds (const char *path, const char *text);
char       *case_write_file (CaseFixture *fixture, const char *name, const char *text);
void        use_keyring (gboolean yes);
gint64      add_supervision_with_notes (EthosStore *store, const char *notes);
char       *entry_notes (EthosStore *store, gint64 id);

/* A case with a folder of its own, or with a store open on it; _WITH for a set-up function of
 * the case's own (one that makes the records the case needs). */
#define CASE_TEST(path, func)                                                                     \
  g_test_add (path, CaseFixture, NULL, case_fixture_setup, func, case_fixture_teardown)
#define CASE_TEST_WITH(path, setup, func)                                                         \
  g_test_add (path, CaseFixture, NULL, setup, func, case_fixture_teardown)
#define STORE_TEST(path, func)                                                                    \
  g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)
#define STORE_TEST_WITH(path, setup, func)                                                        \
  g_test_add (path, StoreFixture, NULL, setup, func, store_fixture_teardown)

G_END_DECLS
