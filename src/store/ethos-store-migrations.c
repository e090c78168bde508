/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-store"

#include "config.h"

#include "ethos-store-private.h"

/* Numbered migrations, applied in order, each in its own transaction. Never edit one that has
 * shipped: add the next. Each ends by setting user_version to its own number. */

static const EthosMigration migrations[] = {
  { 1,
    /* The codes: shipped ones are replaced when their content changes; user data refers to
     * clauses by (code_id, ref), never by row id. */
    "CREATE TABLE codes ("
    "  id           TEXT PRIMARY KEY,"
    "  title        TEXT NOT NULL,"
    "  publisher    TEXT,"
    "  date         TEXT,"
    "  source       TEXT,"
    "  citation     TEXT,"
    "  origin       TEXT NOT NULL CHECK (origin IN ('shipped', 'imported')),"
    "  content_hash TEXT NOT NULL,"
    "  added        TEXT NOT NULL"
    ");"
    "CREATE TABLE clauses ("
    "  id         INTEGER PRIMARY KEY,"
    "  code_id    TEXT NOT NULL REFERENCES codes (id) ON DELETE CASCADE,"
    "  position   INTEGER NOT NULL,"
    "  ref        TEXT NOT NULL,"
    "  parent     TEXT,"
    "  title      TEXT,"
    "  section    TEXT,"
    "  text       TEXT NOT NULL,"
    "  level      INTEGER NOT NULL,"
    "  is_section INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (code_id, ref)"
    ");"
    "CREATE INDEX clauses_in_order ON clauses (code_id, position);"
    /* Its own copy of the searchable text (rowid = clauses.id): headings weigh more in bm25. */
    "CREATE VIRTUAL TABLE clause_search USING fts5 ("
    "  heading, text,"
    "  tokenize = 'porter unicode61 remove_diacritics 2',"
    "  prefix = '2 3'"
    ");"
    "PRAGMA user_version = 1;" },
  { 2,
    /* What the practitioner adds to the codes. */
    "CREATE TABLE bookmarks ("
    "  code_id TEXT NOT NULL,"
    "  ref     TEXT NOT NULL,"
    "  created TEXT NOT NULL,"
    "  PRIMARY KEY (code_id, ref)"
    ");"
    "CREATE TABLE clause_notes ("
    "  code_id TEXT NOT NULL,"
    "  ref     TEXT NOT NULL,"
    "  note    TEXT NOT NULL,"
    "  updated TEXT NOT NULL,"
    "  PRIMARY KEY (code_id, ref)"
    ");"
    "PRAGMA user_version = 2;" },
};

const EthosMigration *
ethos_store_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}
