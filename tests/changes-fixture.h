/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-store.h"

G_BEGIN_DECLS

typedef struct
{
  char       *dir;
  EthosStore *store;
  GArray     *seen; /* EthosStoreChange, one for each "changed" */
} Fixture;

void        record_change (EthosStore *store, EthosStoreChange change, Fixture *fixture);
GDateTime  *day_at_noon (int year, int month, int day);
EthosStore *open_on (const char *dir, int year, int month, int day);
void        fixture_setup (Fixture *fixture, gconstpointer data);
void        fixture_teardown (Fixture *fixture, gconstpointer data);
void        assert_once (Fixture *fixture, EthosStoreChange change);
void        assert_nothing (Fixture *fixture);
void        wait_for (Fixture *fixture, gboolean (*done) (Fixture *fixture));
gboolean    saw_something (Fixture *fixture);

#define ADD_CHANGES_TEST(name, func)                                                               \
  g_test_add ("/store-changes/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

G_END_DECLS
